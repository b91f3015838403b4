// The page's own code starts downloading with the app's (build/vite-route-preload.ts):
// while the app's entry is held back, the script from index.html has already asked for
// the chunks of the page at the address — the cart list for a signed-in company user,
// the login page for anyone else — and for the cart list, its Glue request, which the
// app then takes instead of asking again (src/lib/json-api/first-request.ts).
import { type Page, type Request, expect, test } from '@playwright/test';

/**
 * Loads `path` with the entry held until a request `wanted` picks was sent (or 5 s
 * passed). Whether one was sent by then, and the list of all `wanted` picked, which
 * keeps growing while the page runs.
 */
async function requestedBeforeEntry(
  page: Page,
  path: string,
  wanted: (request: Request) => boolean,
) {
  const picked: string[] = [];
  let seen: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => {
    seen = resolve;
  });
  page.on('request', (request) => {
    if (!wanted(request)) return;
    picked.push(request.url());
    seen();
  });
  // Whether it was asked for by the time the entry was let through.
  let beforeEntry = false;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    beforeEntry = picked.length > 0;
    await route.continue();
  });
  await page.goto(path);
  await page.unrouteAll({ behavior: 'wait' });
  return { beforeEntry, picked };
}

const chunk = (name: RegExp) => (request: Request) => name.test(new URL(request.url()).pathname);
/** A script's GET to Glue for `path` (below Glue's address, which differs per project). */
const glueGet = (path: RegExp) => (request: Request) =>
  request.resourceType() === 'fetch' &&
  request.method() === 'GET' &&
  path.test(new URL(request.url()).pathname);

test('a first load asks for its page’s code before the app’s entry has arrived', async ({
  page,
}) => {
  const login = await requestedBeforeEntry(
    page,
    '/carts',
    chunk(/\/assets\/login-page-[^/]+\.js$/),
  );
  expect(login.beforeEntry).toBe(true);
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();

  // Signed in (the session is the tab's): a reload preloads the list, a cart's address the cart page.
  const list = await requestedBeforeEntry(
    page,
    '/carts',
    chunk(/\/assets\/cart-list-page-[^/]+\.js$/),
  );
  expect(list.beforeEntry).toBe(true);
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();
  const href =
    (await page.getByRole('link', { name: 'Workshop tools' }).getAttribute('href')) ?? '';
  const cart = await requestedBeforeEntry(
    page,
    href,
    chunk(/\/assets\/cart-detail-page-[^/]+\.js$/),
  );
  expect(cart.beforeEntry).toBe(true);
  await expect(page.getByRole('heading', { name: /Workshop tools/, level: 1 })).toBeVisible();
});

test('a signed-in first load asks Glue for the list before the app has arrived, and only once', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();

  const list = await requestedBeforeEntry(page, '/carts', glueGet(/\/carts$/));
  expect(list.beforeEntry).toBe(true);
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();
  expect(list.picked).toHaveLength(1);
  expect(list.picked[0]).toContain('/carts?include=items,shared-carts,cart-permission-groups');
});
