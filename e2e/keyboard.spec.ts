// The whole flow with the keyboard only: log in, open a cart, share it, change the
// permission, remove the share.
import { type Locator, type Page, expect, test } from '@playwright/test';

/** Presses Tab until `target` has focus (and fails if it never does). */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('log in, open a cart, share it, change the permission, remove the share', async ({ page }) => {
  await page.goto('/login');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type('anna.keller@northwind.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('change123');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Empty draft' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Empty draft', level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Share with colleagues' }));
  await page.keyboard.press('Enter');
  const colleagues = page.getByRole('combobox', { name: 'Colleagues' });
  await expect(colleagues).toBeFocused();
  await page.keyboard.type('ben');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen colleagues' })).toContainText('Ben Ortiz');
  await tabTo(page, page.getByRole('button', { name: 'Share', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Sharing results' })).toContainText(
    'Shared with Ben Ortiz.',
  );

  const bens = page.getByRole('group', { name: 'Permission for Ben Ortiz' });
  await tabTo(page, bens.getByRole('radio', { name: 'Read-only' }));
  await page.keyboard.press('ArrowRight');
  await expect(bens.getByRole('radio', { name: 'Full access' })).toBeChecked();
  await expect(page.getByText('Ben Ortiz now has full access.')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Remove Ben Ortiz' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ben Ortiz no longer has access to this cart.')).toBeVisible();
  // The row is gone; focus landed on the Sharing heading, not on the page's body.
  await expect(page.getByRole('heading', { name: 'Sharing' })).toBeFocused();
});

test('the delete dialog keeps focus off the page behind it and gives it back', async ({ page }) => {
  await page.goto('/carts?persona=anna');
  await page.getByRole('link', { name: 'Empty draft' }).click();
  const deleteButton = page.getByRole('button', { name: 'Delete', exact: true });
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete cart' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Keep cart' })).toBeFocused();
  // A modal <dialog> makes the page behind it inert: Tab never lands there (past the
  // last button the browser's own controls may take focus, then the dialog again).
  const focusOutsideDialog = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && active.closest('dialog') === null;
    });
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await focusOutsideDialog()).toBe(false);
  }
  await page.getByRole('button', { name: 'Delete cart' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(deleteButton).toBeFocused();
});
