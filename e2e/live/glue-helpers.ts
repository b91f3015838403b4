// Live-mode helpers: talk to the HTTP mock server as Glue, and log people in through
// the live build's login form, each in their own browser context.
import { type APIRequestContext, type Browser, type Page, expect } from '@playwright/test';

export const GLUE = 'http://127.0.0.1:3110';
export const JSON_API = {
  'Content-Type': 'application/vnd.api+json',
  Accept: 'application/vnd.api+json',
};

/** A company-user token for a persona, straight from Glue. */
export async function glueToken(request: APIRequestContext, username: string) {
  const login = await request.post(`${GLUE}/access-tokens`, {
    headers: JSON_API,
    data: { data: { type: 'access-tokens', attributes: { username, password: 'change123' } } },
  });
  const customer = (await login.json()).data.attributes;
  const switched = await request.post(`${GLUE}/company-user-access-tokens`, {
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
