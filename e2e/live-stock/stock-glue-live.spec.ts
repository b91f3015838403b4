// The live build on another origin than a stock Glue (docs/glue-api.md §10: allow-origin *,
// no If-Match allowed, no ETag exposed). Reading, creating carts and writing items work;
// a rename is refused by Glue (428), and the page says the shop's setup is the cause
// instead of a generic network error. The rest of this project runs the live specs.
import { expect, test } from '@playwright/test';
import { glueUrl, logIn } from '../live/glue-helpers';

test('against a stock Glue cross-origin: items work, a rename says the shop must share Glue’s origin', async ({
  browser,
}) => {
  const page = await logIn(browser, 'anna.keller@northwind.example');
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}`));

  // A cart of her own, so the server's other tests are not disturbed.
  await page.getByRole('button', { name: 'New cart' }).click();
  const name = `Stock ${String(Date.now() % 100_000)}`;
  await page.getByLabel('Cart name').fill(name);
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  await page.getByLabel('Product', { exact: true }).fill('NW-3003');
  await page.getByLabel('Quantity', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('row', { name: /Stapler, 40 sheets/ })).toBeVisible();
  const quantity = page.getByRole('spinbutton', { name: 'Quantity of Stapler, 40 sheets' });
  await quantity.fill('3');
  await quantity.press('Enter');
  await expect(quantity).toHaveValue('3');

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill(`${name} renamed`);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Cart names cannot be saved here: this app runs on another address than the shop’s Glue API',
  );
  await expect(page.getByRole('alert')).toContainText(
    'How to set it up: docs/deployment.md, “Deploying against a real Spryker Glue”.',
  );
  await expect(page.getByLabel('New name')).toHaveValue(`${name} renamed`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  // Refused by Glue with an answer, not a blocked preflight: nothing failed on the wire.
  expect(failed.filter((line) => line.includes(glueUrl()))).toEqual([]);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete cart' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
});
