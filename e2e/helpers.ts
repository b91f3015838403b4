import AxeBuilder from '@axe-core/playwright';
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

/** axe on the page as it is now: no violation at all. */
export async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** From the cart list: opens the cart and shares it read-only (the default) with Ben. */
export async function shareWithBen(page: Page, cartName: string) {
  await page.getByRole('link', { name: cartName }).click();
  await page.getByRole('button', { name: 'Share with colleagues' }).click();
  await page.getByRole('combobox', { name: 'Colleagues' }).fill('ben');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText('Shared with Ben Ortiz.')).toBeVisible();
}
