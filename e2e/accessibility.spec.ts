// axe on every page and important state: zero violations.
import { expect, test } from '@playwright/test';
import { expectNoViolations, signInAs } from './helpers';

test('login page with the demo personas', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Demo personas' })).toBeVisible();
  await expectNoViolations(page);
});

test('login with a wrong password shown', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('nope');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});

test('cart list, filtered and with the new-cart form open', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await expectNoViolations(page);
  // The filter lives in the address: the radio turns checked once the navigation is done.
  const sharedWithMe = page.getByRole('radio', { name: 'Shared with me' });
  await sharedWithMe.click();
  await expect(sharedWithMe).toBeChecked();
  await page.getByRole('button', { name: 'New cart' }).click();
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByText('Please fill in this field.')).toBeVisible();
  await expectNoViolations(page);
});

test('owner cart with the share panel, combobox open, and the delete dialog', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await page.getByRole('button', { name: 'Share with colleagues' }).click();
  await page.getByRole('combobox', { name: 'Colleagues' }).fill('e');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('read-only cart and the permission groups page', async ({ page }) => {
  await signInAs(page, 'Ben Ortiz');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByText('Shared with you — read-only.')).toBeVisible();
  // The whole page, sharing included (it comes a moment after the items).
  await expect(page.getByRole('heading', { name: 'Sharing', level: 2 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Permission groups' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expectNoViolations(page);
});

test('company chooser, no-company page, missing cart, unknown page, mock toolbar', async ({
  page,
}) => {
  // Five pages, five axe scans: more than the default 30 s on a busy 2-core machine.
  test.slow();
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in as Eva Fischer' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a company' })).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/carts?persona=hugo');
  await expect(page.getByRole('heading', { name: 'A company account is needed' })).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/carts?persona=chloe');
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await page.goto('/carts/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Cart not available' })).toBeVisible();
  await expectNoViolations(page);

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await expect(page.getByRole('group', { name: 'Failure injection' })).toBeVisible();
  await expectNoViolations(page);
});

test('an error state with Retry', async ({ page }) => {
  await page.goto('/carts?persona=anna&fail=carts-list:500');
  // A 500 is retried twice (1 s, then 2 s) before the error state shows.
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 });
  await expectNoViolations(page);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the browser language picks German, and the German pages pass axe too', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Als Anna Keller anmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Ihre Warenkörbe' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Q4 office restock/ })).toContainText('98,60');
    await page.getByRole('link', { name: 'Workshop tools' }).click();
    await page.getByRole('button', { name: 'Mit Kolleginnen und Kollegen teilen' }).click();
    await expect(page.getByRole('combobox', { name: 'Kolleginnen und Kollegen' })).toBeFocused();
    await expectNoViolations(page);
  });
});
