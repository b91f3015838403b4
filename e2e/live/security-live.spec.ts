// The live build's security: a Content-Security-Policy that allows only its own origin
// and Glue's, and tokens that never show up in URLs or the console.
import { expect, test } from '@playwright/test';
import { expectedConnectSrc } from './glue-helpers';

test('the live build carries a CSP that allows only itself and the Glue origin (if another)', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto('/login');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain(`connect-src ${expectedConnectSrc()};`);
  expect(csp).toContain("script-src 'self'");

  // Another origin is refused by the browser.
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('http://127.0.0.1:4173/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);

  // Glue itself works under the policy.
  await page.getByLabel('Email').fill('ben.ortiz@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Safety gear' })).toBeVisible();
  expect(violations.filter((v) => !v.includes('127.0.0.1:4173'))).toEqual([]);
});

test('tokens never appear in URLs or console messages', async ({ page }) => {
  const urls: string[] = [];
  const consoleLines: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (message) => consoleLines.push(message.text()));

  await page.goto('/carts?view=mine');
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Empty draft' })).toBeVisible();
  await page.getByRole('link', { name: 'Empty draft' }).click();
  await expect(page.getByRole('heading', { name: 'Empty draft', level: 1 })).toBeVisible();
  await page.goto('/carts/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Cart not available' })).toBeVisible();

  const session = await page.evaluate(() => sessionStorage.getItem('shared-carts.session'));
  const { accessToken, refreshToken } = JSON.parse(session ?? '{}') as Record<string, string>;
  expect(accessToken).toMatch(/^[0-9a-f]{64}$/);
  for (const token of [accessToken, refreshToken]) {
    expect(urls.filter((url) => url.includes(token ?? '-'))).toEqual([]);
    expect(consoleLines.filter((line) => line.includes(token ?? '-'))).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain(token);
  }
});
