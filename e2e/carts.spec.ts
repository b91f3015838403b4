import { expect, test } from '@playwright/test';
import { signInAs, total } from './helpers';

test('Anna changes a quantity in "Q4 office restock" and the totals follow', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('link', { name: 'Q4 office restock' }).click();
  await expect(total(page, 'Grand total')).toHaveText('€98.60');
  const paper = page.getByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' });
  await paper.fill('20');
  await paper.press('Enter');
  await expect(total(page, 'Grand total')).toHaveText('€153.50');
  await expect(total(page, 'Tax (19 % VAT included)')).toHaveText('€24.51');
  await page.reload();
  await expect(paper).toHaveValue('20');
});

test('Ben sees "Workshop tools" read-only: banner and no edit controls', async ({ page }) => {
  await signInAs(page, 'Ben Ortiz');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByText('Shared with you — read-only.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Cordless drill 18 V/ })).toBeVisible();
  // Ordering and sharing come a moment after the items: absent means absent once they are.
  await expect(page.getByRole('heading', { name: 'Sharing', level: 2 })).toBeVisible();
  await expect(page.getByRole('spinbutton')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('Ben edits "Q4 office restock" with full access', async ({ page }) => {
  await signInAs(page, 'Ben Ortiz');
  await page.getByRole('link', { name: 'Q4 office restock' }).click();
  await expect(page.getByText('Shared with you — full access.')).toBeVisible();
  await page.getByLabel('Product', { exact: true }).fill('NW-1002');
  await page.getByLabel('Quantity', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('row', { name: /Safety goggles, anti-fog/ })).toBeVisible();
  await expect(total(page, 'Grand total')).toHaveText('€142.10');
});

test('Anna creates a cart, adds an item by SKU, renames it and deletes it', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'New cart' }).click();
  await page.getByLabel('Cart name').fill('Trade fair');
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name: 'Trade fair', level: 1 })).toBeVisible();
  await expect(page.getByText('This cart is empty.')).toBeVisible();

  await page.getByLabel('Product', { exact: true }).fill('NW-4003');
  await page.getByLabel('Quantity', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('row', { name: /Hand truck, 200 kg/ })).toBeVisible();
  await expect(total(page, 'Grand total')).toHaveText('€318.00');

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Trade fair 2027');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { name: 'Trade fair 2027', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete cart' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeFocused();
  await expect(page.getByText('“Trade fair 2027” was deleted.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trade fair 2027' })).toHaveCount(0);
});

test('A taken name comes back made unique, and Anna is told so and can rename', async ({
  page,
}) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'New cart' }).click();
  await page.getByLabel('Cart name').fill('Empty draft');
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name: 'Empty draft 1', level: 1 })).toBeVisible();
  await expect(
    page.getByText(
      'A cart named “Empty draft” already exists, so this one is called “Empty draft 1”.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Rename', exact: true }).first().click();
  await page.getByLabel('New name').fill('Empty draft (May)');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { name: 'Empty draft (May)', level: 1 })).toBeVisible();
  // The new cart became Anna's default: the list says so.
  await page.getByRole('link', { name: '← All carts' }).click();
  await expect(page.getByRole('row', { name: /Empty draft \(May\)/ })).toContainText('Default');
  await expect(page.getByRole('row', { name: /Q4 office restock/ })).not.toContainText('Default');
});

test('A 31-character name is refused on the field and kept; 30 are fine', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'New cart' }).click();
  const field = page.getByLabel('Cart name');
  await field.fill('x'.repeat(31));
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByText('Use at most 30 characters.')).toBeVisible();
  await expect(field).toHaveValue('x'.repeat(31));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.press('Backspace');
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name: 'x'.repeat(30), level: 1 })).toBeVisible();
});

test('once the list is there, the cart page’s code comes while the browser is idle: a click on a cart fetches data only', async ({
  page,
}) => {
  // What the list fetches while idle: the cart page, and the new-cart form.
  const warmed = [
    page.waitForRequest(/\/assets\/cart-detail-page-[\w-]+\.js$/),
    page.waitForRequest(/\/assets\/create-cart-form-[\w-]+\.js$/),
  ];
  await signInAs(page, 'Anna Keller');
  await Promise.all(warmed);
  // Everything the idle fetches started has arrived and run.
  await page.waitForLoadState('networkidle');
  const scripts: string[] = [];
  page.on('request', (request) => {
    // (The session's handoff clean-up loads 5 s after start, whatever the page.)
    if (request.resourceType() === 'script' && !request.url().includes('/refresh-handoff-')) {
      scripts.push(request.url());
    }
  });
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(total(page, 'Grand total')).toHaveText('€307.00');
  await expect(page.getByRole('heading', { name: 'Sharing', level: 2 })).toBeVisible();
  expect(scripts).toEqual([]);
});
