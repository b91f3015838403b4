// A session ends everywhere at once, and its tabs share one refresh token without
// rotating it against each other; a cart deleted under a colleague's open page stays on
// their screen, read-only, with what they typed. Against a real HTTP Glue (the mock
// server), in real tabs.
import { type Page, expect, test } from '@playwright/test';
import { glueUrl, isGlueRequest, logIn, newCartSharedWithBen } from './glue-helpers';

const SESSION_KEY = 'shared-carts.session';

/** window.open from the page: a tab that starts with a copy of its sessionStorage. */
async function duplicate(page: Page): Promise<Page> {
  const [copy] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => {
      window.open(window.location.href);
    }),
  ]);
  await expect(copy.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  return copy;
}

const storedSession = (page: Page) =>
  page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);

// Chloe: a logout revokes all of a person's refresh tokens at Glue, and the other live
// specs, running meanwhile against the same Glue, refresh Anna's.
test('a logout in one tab ends its duplicate too', async ({ browser }) => {
  const first = await logIn(browser, 'chloe.nguyen@northwind.example');
  const copy = await duplicate(first);
  expect(await storedSession(copy)).toBe(await storedSession(first));

  await first.getByRole('button', { name: 'Log out' }).click();
  await expect(first.getByRole('heading', { name: 'Log in' })).toBeVisible();
  // The duplicate hears of it at once (a BroadcastChannel message): its session is gone
  // within 2 s, and it shows the login page.
  await expect.poll(() => storedSession(copy), { timeout: 2_000 }).toBeNull();
  await expect(copy.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(copy.getByText('You have logged out.')).toBeVisible();
  await first.context().close();
});

test('two tabs of one session whose token expires refresh it once, and both stay', async ({
  browser,
}) => {
  const first = await logIn(browser, 'anna.keller@northwind.example');
  const copy = await duplicate(first);
  const context = first.context();
  const stored = JSON.parse((await storedSession(first)) ?? '{}') as { accessToken: string };
  // The token both tabs hold expires: Glue answers 401 001 to it from now on.
  await context.route(
    (url) => isGlueRequest(url.toString()),
    async (route) => {
      const request = route.request();
      if (request.headers().authorization === `Bearer ${stored.accessToken}`) {
        await route.fulfill({
          status: 401,
          contentType: 'application/vnd.api+json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: JSON.stringify({
            errors: [{ status: 401, code: '001', detail: 'Invalid access token.' }],
          }),
        });
        return;
      }
      await route.fallback();
    },
  );
  const refreshes: number[] = [];
  context.on('response', (response) => {
    if (response.url().endsWith('/refresh-tokens') && response.request().method() === 'POST') {
      refreshes.push(response.status());
    }
  });

  // Both tabs ask Glue at the same moment, with the expired token.
  await Promise.all([first.reload(), copy.reload()]);
  for (const page of [first, copy]) {
    await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Log in' })).toHaveCount(0);
  }
  // One refresh, taken by both tabs: Glue's rotation never refused the other (004).
  expect(refreshes).toEqual([201]);
  expect(await storedSession(copy)).toBe(await storedSession(first));
  await context.close();
});

test('a cart its owner deletes while a colleague has it open stays on their screen, read-only', async ({
  browser,
  request,
}) => {
  const name = `Gone soon ${String(Date.now() % 100_000)}`;
  // Eva's: a new cart becomes its owner's default, and the other live specs count on Anna's.
  const { cartId, ownerHeaders } = await newCartSharedWithBen(
    request,
    'eva.fischer@northwind.example',
    name,
    [['NW-3001', 5]],
  );
  const ben = await logIn(browser, 'ben.ortiz@northwind.example');
  await ben.goto(`/carts/${cartId}`);
  const quantity = ben.getByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' });
  await quantity.fill('77');

  const deleted = await request.delete(`${glueUrl()}/carts/${cartId}`, { headers: ownerHeaders });
  expect(deleted.status()).toBe(204);
  // The next live check (every 10 s) hears 404 101.
  await expect(ben.getByRole('alert')).toContainText(
    'This cart is no longer available to you — it was ordered, deleted, or is no longer shared with you.',
    { timeout: 30_000 },
  );
  await expect(ben.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(quantity).toHaveValue('77');
  await expect(quantity).toHaveAttribute('readonly', '');
  await expect(
    ben.getByRole('button', { name: 'Update quantity of Copy paper A4, 500 sheets' }),
  ).toBeDisabled();
  await ben.getByRole('alert').getByRole('link', { name: 'Back to your carts' }).click();
  await expect(ben.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await expect(ben.getByRole('link', { name })).toHaveCount(0);
  await ben.context().close();
});
