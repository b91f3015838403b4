// Live mode: the cart list and detail against the HTTP mock server (cross-origin, or
// behind nginx on the app's origin), one Glue request per page.
import { expect, test } from '@playwright/test';
import { glueUrl, isGlueRequest } from './glue-helpers';

test('live mode: list and detail are one Glue request each', async ({ page }) => {
  const glue: string[] = [];
  page.on('request', (request) => {
    if (isGlueRequest(request.url()) && request.method() !== 'OPTIONS') {
      const path = new URL(request.url()).pathname.slice(new URL(glueUrl()).pathname.length);
      glue.push(`${request.method()} ${path.startsWith('/') ? path : `/${path}`}`);
    }
  });
  await page.goto('/login');
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();
  const afterList = glue.filter((r) => r.startsWith('GET /carts'));
  expect(afterList).toEqual(['GET /carts']);

  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByRole('row', { name: /Cordless drill 18 V/ })).toBeVisible();
  const detail = glue.filter((r) => r.startsWith('GET /carts/'));
  expect(detail).toHaveLength(1);
});
