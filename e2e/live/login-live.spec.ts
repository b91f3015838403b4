// The live build (VITE_GLUE_URL set) against the HTTP mock server: on another origin
// (real cross-origin requests, CORS preflights included) or behind nginx on the same one.
import { expect, test } from '@playwright/test';
import { isGlueRequest } from './glue-helpers';

test('live mode: Ben logs in against Glue and sees his carts', async ({ page }) => {
  const glueRequests: string[] = [];
  page.on('request', (request) => {
    if (isGlueRequest(request.url())) glueRequests.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  // Live mode has no mock badge and no demo personas.
  await expect(page.getByText('Mock data')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Demo personas' })).toHaveCount(0);

  await page.getByLabel('Email').fill('ben.ortiz@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await expect(page.getByText('Safety gear')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Ben Ortiz');
  expect(glueRequests.some((url) => url.endsWith('/access-tokens'))).toBe(true);
  expect(glueRequests.some((url) => url.includes('/carts'))).toBe(true);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('status')).toHaveText('You have logged out.');
});
