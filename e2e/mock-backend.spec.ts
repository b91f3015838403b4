// The built app in mock mode: the shell renders, and its service worker is a Glue
// backend that answers the page's own requests and keeps data across reloads.
import { expect, test } from '@playwright/test';

const JSON_API = 'application/vnd.api+json';

test('shows the shell with the Mock data badge', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Shared carts');
  await expect(page.getByText('Mock data')).toBeVisible();
  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toBeVisible();
});

test('the worker answers Glue at /glue: a request without a token gets the literal 002 error', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Mock data')).toBeVisible();
  const result = await page.evaluate(async (accept) => {
    const response = await fetch('/glue/carts', { headers: { Accept: accept } });
    return {
      status: response.status,
      contentType: response.headers.get('Content-Type'),
      body: (await response.json()) as unknown,
    };
  }, JSON_API);
  expect(result).toEqual({
    status: 403,
    contentType: JSON_API,
    body: { errors: [{ status: 403, code: '002', detail: 'Missing access token.' }] },
  });
});

test('keeps mock data across a reload and resets it to the seed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Mock data')).toBeVisible();
  const createCart = (name: string) =>
    page.evaluate(
      async ({ accept, cartName }) => {
        const headers = { Accept: accept, 'Content-Type': accept };
        const post = async (path: string, type: string, attributes: object, token?: string) => {
          const response = await fetch(path, {
            method: 'POST',
            headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers,
            body: JSON.stringify({ data: { type, attributes } }),
          });
          return (await response.json()) as { data: { attributes: Record<string, string> } };
        };
        const login = await post('/glue/access-tokens', 'access-tokens', {
          username: 'anna.keller@northwind.example',
          password: 'change123',
        });
        const token = login.data.attributes.accessToken ?? '';
        await post(
          '/glue/carts',
          'carts',
          { name: cartName, priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' },
          token,
        );
        sessionStorage.setItem('e2e-token', token);
      },
      { accept: JSON_API, cartName: name },
    );
  const cartNames = () =>
    page.evaluate(async (accept) => {
      const token = sessionStorage.getItem('e2e-token') ?? '';
      const response = await fetch('/glue/carts', {
        headers: { Accept: accept, Authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { data: { attributes: { name: string } }[] };
      return body.data.map((cart) => cart.attributes.name);
    }, JSON_API);

  await createCart('Kept across reloads');
  await page.reload();
  await expect(page.getByText('Mock data')).toBeVisible();
  expect(await cartNames()).toContain('Kept across reloads');

  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByText('Mock data')).toBeVisible();
  // The reset also forgot the token: log in again (a customer token acts as Anna's
  // company user, so Ben's cart shared with her is listed too).
  await createCart('After reset');
  const names = await cartNames();
  expect(names).not.toContain('Kept across reloads');
  expect(names).toEqual([
    'Q4 office restock',
    'Workshop tools',
    'Empty draft',
    'Safety gear',
    'After reset',
  ]);
});
