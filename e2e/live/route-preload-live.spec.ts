// The page's own code starts downloading with the app's (scripts/vite-route-preload.ts):
// while the app's entry is held back, the script from index.html has already asked for
// the chunks of the page at the address — the cart list for a signed-in company user,
// the login page for anyone else.
import { type Page, expect, test } from '@playwright/test';

/** Loads `path` with the entry held until `chunk` was asked for (or 5 s passed). */
async function requestedBeforeEntry(page: Page, path: string, chunk: RegExp) {
  let asked = false;
  let seen: () => void = () => undefined;
  const chunkAsked = new Promise<void>((resolve) => {
    seen = resolve;
  });
  const onRequest = (request: { url(): string }) => {
    if (chunk.test(new URL(request.url()).pathname)) {
      asked = true;
      seen();
    }
  };
  page.on('request', onRequest);
  // Whether the chunk was asked for by the time the entry was let through.
  let beforeEntry = false;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await Promise.race([chunkAsked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    beforeEntry = asked;
    await route.continue();
  });
  await page.goto(path);
  const result = beforeEntry;
  await page.unrouteAll({ behavior: 'wait' });
  page.off('request', onRequest);
  return result;
}

test('a first load asks for its page’s code before the app’s entry has arrived', async ({
  page,
}) => {
  expect(await requestedBeforeEntry(page, '/carts', /\/assets\/login-page-[^/]+\.js$/)).toBe(true);
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();

  // Signed in (the session is the tab's): a reload preloads the list, a cart's address the cart page.
  expect(await requestedBeforeEntry(page, '/carts', /\/assets\/cart-list-page-[^/]+\.js$/)).toBe(
    true,
  );
  await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();
  const cart = page.getByRole('link', { name: 'Workshop tools' });
  const href = (await cart.getAttribute('href')) ?? '';
  expect(await requestedBeforeEntry(page, href, /\/assets\/cart-detail-page-[^/]+\.js$/)).toBe(
    true,
  );
  await expect(page.getByRole('heading', { name: /Workshop tools/, level: 1 })).toBeVisible();
});
