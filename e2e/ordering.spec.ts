// Ordering in mock mode (docs/glue-api.md §11): Ben orders Anna's shared cart while she
// has it open; Chloe (read-only) is not offered it; Eva's cart is under the minimum;
// Ben's own Safety gear is over his limit; Anna redeems a voucher and reads her orders.
// axe on each new page and state.
import { expect, test } from '@playwright/test';
import { expectNoViolations, signInAs } from './helpers';

test('Ben orders “Q4 office restock” with Express; Anna, who has it open, is told', async ({
  context,
}) => {
  test.setTimeout(60_000);
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(anna, 'Anna Keller');
  await anna.getByRole('link', { name: 'Q4 office restock' }).click();
  await expect(anna.getByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();

  await signInAs(ben, 'Ben Ortiz');
  await ben.getByRole('link', { name: 'Q4 office restock' }).click();
  await ben.getByRole('link', { name: 'Order this cart' }).click();
  const form = ben.getByRole('form', { name: 'Place the order' });
  await expect(form.getByRole('radio', { name: /Werkstattweg 3/ })).toBeChecked();
  await form.getByRole('radio', { name: 'Express (DHL) — €5.90' }).check();
  await expect(form.getByText('€104.50')).toBeVisible();
  await expectNoViolations(ben);
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(ben.getByRole('heading', { name: 'Order DE--1002 placed', level: 1 })).toBeFocused();
  await expect(ben.getByText('Express (DHL)')).toBeVisible();
  await expectNoViolations(ben);
  await ben.getByRole('link', { name: 'Back to your carts' }).click();
  await expect(ben.getByRole('link', { name: 'Q4 office restock' })).toHaveCount(0);

  // Anna's open page learns it at its next check (every 10 s), and keeps what it showed.
  await expect(anna.getByRole('alert')).toContainText(
    'This cart is no longer available to you — it was ordered, deleted, or is no longer shared with you.',
    { timeout: 20_000 },
  );
  await expect(anna.getByRole('row', { name: /Stapler, 40 sheets/ })).toBeVisible();
  // Her list follows: the cart is gone from it.
  await anna.getByRole('alert').getByRole('link', { name: 'Back to your carts' }).click();
  await expect(anna.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await expect(anna.getByRole('link', { name: 'Q4 office restock' })).toHaveCount(0);
});

test('Chloe (read-only) is not offered the order; she can copy the cart', async ({ page }) => {
  await signInAs(page, 'Chloe Nguyen');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByRole('button', { name: 'Copy to my carts' })).toBeVisible();
  // Ordering and sharing come a moment after the items: absent means absent once they are.
  await expect(page.getByRole('heading', { name: 'Sharing', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Order this cart' })).toHaveCount(0);
});

test('Eva’s cart is under the minimum: the cart says by how much', async ({ page }) => {
  // Eva works for two companies: she chooses Northwind first.
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in as Eva Fischer' }).click();
  await page.getByRole('button', { name: /Northwind Supplies GmbH/ }).click();
  await page.getByRole('link', { name: "Eva's cart" }).click();
  await expect(
    page.getByText('Add €16.10 more to order: the minimum order is €40.00.'),
  ).toBeVisible();
  await expectNoViolations(page);
});

test('Ben’s own Safety gear is over his purchasing limit: Glue’s words, nothing ordered', async ({
  page,
}) => {
  await signInAs(page, 'Ben Ortiz');
  await page.getByRole('link', { name: 'Safety gear' }).click();
  await page.getByRole('link', { name: 'Order this cart' }).click();
  const form = page.getByRole('form', { name: 'Place the order' });
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(form.getByRole('alert')).toContainText(
    "You can't place this order because of your purchasing limit, please send your cart for approval or contact your manager.",
  );
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Back to the cart' }).click();
  await expect(page.getByRole('heading', { name: /Safety gear/, level: 1 })).toBeVisible();
});

test('Anna redeems NW-WELCOME5 and reads her past orders, in German too', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('link', { name: 'Q4 office restock' }).click();
  await page.getByRole('textbox', { name: 'Voucher code' }).fill('NW-WELCOME5');
  await page.getByRole('button', { name: 'Redeem' }).click();
  const totals = page.getByRole('group', { name: 'Totals' });
  await expect(totals.getByText('5 € welcome discount (NW-WELCOME5)')).toBeVisible();
  await expect(totals).toContainText('€93.60');
  await expectNoViolations(page);

  await page.getByRole('link', { name: 'Orders', exact: true }).click();
  await page.getByRole('link', { name: 'DE--1001' }).click();
  await expect(page.getByRole('heading', { name: 'Order DE--1001', level: 1 })).toBeVisible();
  await expect(page.getByText('20 × Copy paper A4, 500 sheets')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('heading', { name: 'Bestellung DE--1001', level: 1 })).toBeVisible();
  await expect(page.getByText('Lieferadresse')).toBeVisible();
});
