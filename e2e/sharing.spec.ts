import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

test('Anna shares one cart with two colleagues at once', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('link', { name: 'Empty draft' }).click();
  await page.getByRole('button', { name: 'Share with colleagues' }).click();
  const colleagues = page.getByRole('combobox', { name: 'Colleagues' });
  await colleagues.fill('ben');
  await colleagues.press('Enter');
  await colleagues.fill('chloe');
  await colleagues.press('Enter');
  await page
    .getByRole('group', { name: 'Permission', exact: true })
    .getByRole('radio', { name: /Full access/ })
    .check();
  await page.getByRole('button', { name: 'Share with 2 colleagues' }).click();
  const results = page.getByRole('list', { name: 'Sharing results' });
  await expect(results).toContainText('Shared with Ben Ortiz.');
  await expect(results).toContainText('Shared with Chloe Nguyen.');
  const shared = page.getByRole('list', { name: 'Shared with' });
  await expect(shared.getByRole('listitem')).toHaveCount(2);

  await page.getByRole('link', { name: 'All carts' }).click();
  await expect(page.getByRole('row', { name: /Empty draft/ })).toContainText('2 colleagues');
});

test('the permission groups page explains each level', async ({ page }) => {
  await signInAs(page, 'Ben Ortiz');
  await page.getByRole('link', { name: 'Permission groups' }).click();
  await expect(page.getByRole('article', { name: /Read-only/ })).toContainText('Default');
  await expect(page.getByRole('article', { name: /Full access/ })).toContainText(
    'rename the cart and delete it',
  );
});
