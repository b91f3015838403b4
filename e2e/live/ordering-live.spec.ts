// Ordering against a real HTTP Glue (the mock server), cross-origin and through the
// production nginx. The Glue lives across tests: the order journey uses a cart of its
// own (Eva's: a new cart becomes its owner's default, and the other specs count on
// Anna's), and the voucher is taken off again.
import { type Browser, type Page, expect, test } from '@playwright/test';
import { logIn, newCartSharedWithBen } from './glue-helpers';

/** Eva works for two companies: she logs in and chooses Northwind. */
async function logInAsEva(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill('eva.fischer@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /Northwind Supplies GmbH/ }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  return page;
}

test('Ben orders a shared cart with Express; its owner, who has it open, is told', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const name = `To order ${String(Date.now() % 100_000)}`;
  const { cartId } = await newCartSharedWithBen(request, 'eva.fischer@northwind.example', name, [
    ['NW-3001', 10],
  ]);
  const eva = await logInAsEva(browser);
  await eva.goto(`/carts/${cartId}`);
  await expect(eva.getByRole('heading', { name, level: 1 })).toBeVisible();

  const ben = await logIn(browser, 'ben.ortiz@northwind.example');
  await ben.getByRole('link', { name }).click();
  await ben.getByRole('link', { name: 'Order this cart' }).click();
  const form = ben.getByRole('form', { name: 'Place the order' });
  await form.getByRole('radio', { name: 'Express (DHL) — €5.90' }).check();
  // 10 × €5.49 + €5.90
  await expect(form.getByText('€60.80')).toBeVisible();
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(
    ben.getByRole('heading', { name: /^Order DE--\d+ placed$/, level: 1 }),
  ).toBeVisible();
  await ben.getByRole('link', { name: 'See the order' }).click();
  await expect(ben.getByText('10 × Copy paper A4, 500 sheets')).toBeVisible();

  await expect(eva.getByRole('alert')).toContainText(
    'This cart is no longer available to you — it was ordered, deleted, or is no longer shared with you.',
    { timeout: 30_000 },
  );
  await expect(eva.getByRole('row', { name: /Copy paper A4/ })).toBeVisible();
});

test('who may not order: Chloe is not offered it, Eva’s cart is under the minimum, Ben’s Safety gear over his limit', async ({
  browser,
}) => {
  const chloe = await logIn(browser, 'chloe.nguyen@northwind.example');
  await chloe.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(chloe.getByRole('button', { name: 'Copy to my carts' })).toBeVisible();
  // Ordering and sharing come a moment after the items: absent means absent once they are.
  await expect(chloe.getByRole('heading', { name: 'Sharing', level: 2 })).toBeVisible();
  await expect(chloe.getByRole('link', { name: 'Order this cart' })).toHaveCount(0);

  const eva = await logInAsEva(browser);
  await eva.getByRole('link', { name: "Eva's cart" }).click();
  await expect(
    eva.getByText('Add €16.10 more to order: the minimum order is €40.00.'),
  ).toBeVisible();

  const ben = await logIn(browser, 'ben.ortiz@northwind.example');
  await ben.getByRole('link', { name: 'Safety gear' }).click();
  await ben.getByRole('link', { name: 'Order this cart' }).click();
  const form = ben.getByRole('form', { name: 'Place the order' });
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(form.getByRole('alert')).toContainText(
    "You can't place this order because of your purchasing limit, please send your cart for approval or contact your manager.",
  );
});

test('Anna redeems NW-WELCOME5 (and takes it off again), and reads her past orders', async ({
  browser,
}) => {
  const anna = await logIn(browser, 'anna.keller@northwind.example');
  await anna.getByRole('link', { name: 'Q4 office restock' }).click();
  await anna.getByRole('textbox', { name: 'Voucher code' }).fill('NW-WELCOME5');
  await anna.getByRole('button', { name: 'Redeem' }).click();
  const totals = anna.getByRole('group', { name: 'Totals' });
  await expect(totals.getByText('5 € welcome discount (NW-WELCOME5)')).toBeVisible();
  await anna.getByRole('button', { name: 'Remove NW-WELCOME5' }).click();
  await expect(totals.getByText(/welcome discount/)).toHaveCount(0);

  await anna.getByRole('link', { name: 'Orders', exact: true }).click();
  await anna.getByRole('link', { name: 'DE--1001' }).click();
  await expect(anna.getByText('20 × Copy paper A4, 500 sheets')).toBeVisible();
});
