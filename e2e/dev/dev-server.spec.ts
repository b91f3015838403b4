// `npm start` itself: the Vite dev server serves the source modules from paths such as
// /src/features/carts/…, which must never be taken for Glue requests by the mock worker.
import { expect, test } from '@playwright/test';

test('npm start: a designer link opens the cart list and a cart', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/carts?persona=anna');
  await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByRole('group', { name: 'Totals' })).toBeVisible();
  await page.getByRole('link', { name: 'Permission groups' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  expect(errors).toEqual([]);
});
