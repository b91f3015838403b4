// Live-mode helpers: talk to the HTTP mock server as Glue, and log people in through
// the live build's login form, each in their own browser context. The live specs run in
// three projects (playwright.config.ts): cross-origin against a permissive and a stock
// Glue, and same-origin through the nginx of deploy/. Each says where its Glue is.
import { type APIRequestContext, type Browser, type Page, expect, test } from '@playwright/test';

/** This project's Glue as the app reaches it (`/glue` on the app's origin when deployed). */
export const glueUrl = (): string => {
  const { glueUrl: url } = test.info().project.metadata as { glueUrl?: string };
  if (!url) throw new Error(`Project ${test.info().project.name} has no metadata.glueUrl`);
  return url;
};

/** The CSP connect-src the project's build must carry. */
export const expectedConnectSrc = (): string =>
  (test.info().project.metadata as { connectSrc: string }).connectSrc;

/** Whether a browser request went to this project's Glue. */
export const isGlueRequest = (url: string): boolean => url.startsWith(`${glueUrl()}/`);
export const JSON_API = {
  'Content-Type': 'application/vnd.api+json',
  Accept: 'application/vnd.api+json',
};

/** A company-user token for a persona, straight from Glue. */
export async function glueToken(request: APIRequestContext, username: string) {
  const login = await request.post(`${glueUrl()}/access-tokens`, {
    headers: JSON_API,
    data: { data: { type: 'access-tokens', attributes: { username, password: 'change123' } } },
  });
  const customer = (await login.json()).data.attributes;
  const switched = await request.post(`${glueUrl()}/company-user-access-tokens`, {
    headers: { ...JSON_API, Authorization: `Bearer ${customer.accessToken}` },
    data: {
      data: {
        type: 'company-user-access-tokens',
        attributes: { idCompanyUser: customer.idCompanyUser },
      },
    },
  });
  return (await switched.json()).data.attributes.accessToken as string;
}

/** Logs a person in through the live build, in a browser context of their own. */
export async function logIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  return page;
}

/**
 * A new cart of `ownerEmail`'s with `items` (SKU, quantity), shared with Ben with full
 * access, made through Glue itself: the server lives across tests, so journeys that order
 * or delete a cart bring one of their own. Returns its id and the owner's request headers.
 */
export async function newCartSharedWithBen(
  request: APIRequestContext,
  ownerEmail: string,
  name: string,
  items: [string, number][],
) {
  const auth = (token: string) => ({ ...JSON_API, Authorization: `Bearer ${token}` });
  const owner = auth(await glueToken(request, ownerEmail));
  const ben = auth(await glueToken(request, 'ben.ortiz@northwind.example'));
  const created = await request.post(`${glueUrl()}/carts`, {
    headers: owner,
    data: {
      data: {
        type: 'carts',
        attributes: { name, priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' },
      },
    },
  });
  expect(created.status()).toBe(201);
  const cartId = (await created.json()).data.id as string;
  for (const [sku, quantity] of items) {
    const added = await request.post(`${glueUrl()}/carts/${cartId}/items`, {
      headers: owner,
      data: { data: { type: 'items', attributes: { sku, quantity } } },
    });
    expect(added.status()).toBe(201);
  }
  const mine = await (
    await request.get(`${glueUrl()}/company-users/mine`, { headers: ben })
  ).json();
  const shared = await request.post(`${glueUrl()}/carts/${cartId}/shared-carts`, {
    headers: owner,
    data: {
      data: {
        type: 'shared-carts',
        attributes: { idCompanyUser: mine.data[0].id as string, idCartPermissionGroup: 2 },
      },
    },
  });
  expect(shared.status()).toBe(201);
  return { cartId, ownerHeaders: owner };
}
