// A cart shared with me is marked New and counted until I open it; the list filters by
// name and sorts by column, and the address keeps the view.
import { expect, test } from '@playwright/test';
import { shareWithBen, signInAs } from './helpers';

test('Anna shares a cart; Ben sees it marked New and counted, until he opens it', async ({
  context,
}) => {
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(ben, 'Ben Ortiz');
  const nav = ben.getByRole('navigation', { name: 'Main' });
  // Nothing opened yet: the two carts the seed shares with Ben are new to him.
  await expect(nav.getByRole('link', { name: 'Carts (2 new)' })).toBeVisible();

  await signInAs(anna, 'Anna Keller');
  await shareWithBen(anna, 'Empty draft');

  const draft = ben.getByRole('row', { name: /Empty draft/ });
  await expect(draft.getByText('New', { exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Carts (3 new)' })).toBeVisible();
  await expect(nav.locator('.nav-count')).toHaveText('3');

  await ben.getByRole('link', { name: 'Empty draft' }).click();
  await expect(ben.getByRole('heading', { name: 'Empty draft', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Carts (2 new)' })).toBeVisible();
  await nav.getByRole('link', { name: 'Carts (2 new)' }).click();
  await expect(draft).toBeVisible();
  await expect(draft.getByText('New', { exact: true })).toHaveCount(0);
  await expect(
    ben.getByRole('row', { name: /Workshop tools/ }).getByText('New', { exact: true }),
  ).toBeVisible();
});

test('the list filters by name and sorts by column, and a reload keeps the view', async ({
  page,
}) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('radio', { name: 'Mine' }).check();
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('o');
  await page.getByRole('button', { name: 'Items' }).click();
  await page.getByRole('button', { name: 'Items' }).click();
  await expect(page.getByRole('columnheader', { name: 'Items' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveText([/Q4 office restock/, /Workshop tools/]);
  await expect(page.getByText('2 of 3 carts match.')).toBeVisible();
  expect(new URL(page.url()).search).toBe('?view=mine&q=o&sort=items&dir=desc');

  await page.reload();
  await expect(names).toHaveText([/Q4 office restock/, /Workshop tools/]);
  await expect(page.getByRole('radio', { name: 'Mine' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter by name' })).toHaveValue('o');
});
