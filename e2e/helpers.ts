import { type Page, expect } from '@playwright/test';

/** Mock mode: one click on a demo persona, then wait for the cart list. */
export async function signInAs(page: Page, name: string) {
  await page.goto('/login');
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
}

/** The amount next to a label in the cart's Totals group. */
export const total = (page: Page, label: string) =>
  page
    .getByRole('group', { name: 'Totals' })
    .getByText(label)
    .locator('xpath=following-sibling::dd');
