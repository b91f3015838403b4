// A buyer's day in mock mode: two tabs of one browser share the mock Glue, so Ben's
// changes reach Anna's open cart; by name, by list, since the last visit; in English and
// German; axe on each new state.
import { expect, test } from '@playwright/test';
import { expectNoViolations, signInAs } from './helpers';

test('Ben adds by name; Anna sees it live, and what changed since her last visit', async ({
  context,
}) => {
  // Two pages and four axe runs on two shared cores.
  test.setTimeout(60_000);
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(anna, 'Anna Keller');
  await signInAs(ben, 'Ben Ortiz');
  await anna.getByRole('link', { name: 'Q4 office restock' }).click();
  await ben.getByRole('link', { name: 'Q4 office restock' }).click();

  const product = ben.getByRole('combobox', { name: 'Product' });
  await product.fill('torque');
  await expect(ben.getByRole('option', { name: /Torque wrench/ })).toContainText(
    'NW-2003 · €89.90',
  );
  await expectNoViolations(ben);
  await product.press('ArrowDown');
  await product.press('Enter');
  await expect(product).toHaveValue('NW-2003');
  await ben.getByRole('button', { name: 'Add item' }).click();
  await expect(ben.getByRole('row', { name: /Torque wrench/ })).toBeVisible();

  await expect(anna.getByRole('log', { name: 'Changes by others' })).toHaveText(
    'Someone else changed this cart: “Torque wrench 1/2"” added (1)',
  );
  await expect(anna.getByRole('row', { name: /Torque wrench/ })).toContainText('Changed');
  await expectNoViolations(anna);

  await anna.getByRole('link', { name: '← All carts' }).click();
  await expect(anna.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  const paper = ben.getByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' });
  await paper.fill('12');
  await paper.press('Enter');
  await expect(ben.getByRole('group', { name: 'Totals' })).toContainText('€199.48');
  await anna.getByRole('link', { name: 'Q4 office restock' }).click();
  const since = anna.getByRole('region', { name: 'Since your last visit' });
  await expect(since.getByRole('listitem')).toHaveText(['Copy paper A4, 500 sheets: 10 → 12']);
  await expectNoViolations(anna);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('mehrere Artikel auf einmal, und kein passendes Produkt', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Als Anna Keller anmelden' }).click();
    await page.getByRole('link', { name: 'Empty draft' }).click();
    const product = page.getByRole('combobox', { name: 'Produkt' });
    await product.fill('zebra');
    await expect(page.getByText('Kein Produkt passt zu „zebra“.')).toBeVisible();

    await page.getByRole('radio', { name: 'Mehrere Artikel' }).click();
    const box = page.getByRole('textbox', { name: 'Artikel, einer pro Zeile' });
    await box.fill('NW-3001\t4\nNW-3003 zwei\nNW-4003');
    const read = page.getByRole('table', { name: 'Gelesen' });
    await expect(read).toContainText('Zeile 2: Die Menge muss eine ganze Zahl über 0 sein.');
    await expectNoViolations(page);
    await page.getByRole('button', { name: '2 Artikel hinzufügen' }).click();
    await expect(
      page.getByText('2 von 2 hinzugefügt. 1 Zeile bleibt mit dem Grund im Feld.'),
    ).toBeVisible();
    await expect(box).toHaveValue('NW-3003 zwei');
    await expect(page.getByRole('row', { name: /Hand truck, 200 kg/ })).toBeVisible();
  });
});
