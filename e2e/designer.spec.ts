// Designer mock mode: the toolbar, URL parameters, and two tabs as two people.
import { expect, test } from '@playwright/test';
import { shareWithBen, signInAs } from './helpers';

test('a link sets persona and latency; slow latency shows the loading states', async ({ page }) => {
  await page.goto('/carts?persona=ben&latency=slow');
  // Signing in takes three requests of ~2 s each; then the list loads, slowly.
  await expect(page.getByRole('status').filter({ hasText: 'Loading your carts…' })).toBeAttached({
    timeout: 20_000,
  });
  await expect(page.getByRole('link', { name: 'Safety gear' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('banner')).toContainText('Ben Ortiz');
  // The parameters were applied and left the address; the latency setting stays.
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await expect(page.getByRole('radio', { name: /Slow/ })).toBeChecked();
});

test('an injected 500 shows the error state; Retry recovers once it is switched off', async ({
  page,
}) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  const failures = page.getByRole('group', { name: 'Failure injection' });
  await failures.getByLabel('Endpoint').selectOption({ label: 'GET /carts' });
  await failures.getByLabel('Response').selectOption({ label: '500 Internal Server Error' });
  await failures.getByRole('button', { name: 'Inject failure' }).click();
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'The shop could not complete this request. Please try again.',
    { timeout: 15_000 },
  );
  await page.getByRole('button', { name: 'Mock toolbar' }).waitFor();
  await failures.getByRole('button', { name: 'Stop failing' }).click();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
});

test('an injected 2703 appears as its human message', async ({ page }) => {
  await page.goto('/carts?persona=anna&fail=share-create:2703');
  await page.getByRole('link', { name: 'Empty draft' }).click();
  await page.getByRole('button', { name: 'Share with colleagues' }).click();
  await page.getByRole('combobox', { name: 'Colleagues' }).fill('ben');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Sharing results' })).toContainText(
    'Not shared with Ben Ortiz: You can only share with people in your company.',
  );
});

test('two pages of one browser as Anna and Ben stay in sync', async ({ context }) => {
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(anna, 'Anna Keller');
  await signInAs(ben, 'Ben Ortiz');
  await expect(ben.getByRole('link', { name: 'Empty draft' })).toHaveCount(0);

  await shareWithBen(anna, 'Empty draft');

  // No reload on Ben's side: the share arrives by itself.
  await expect(ben.getByRole('row', { name: /Empty draft/ })).toContainText('Read-only');
});

test('the persona switch and the reset to the seed', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'New cart' }).click();
  await page.getByLabel('Cart name').fill('Designer test cart');
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name: 'Designer test cart' })).toBeVisible();

  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await page
    .getByRole('group', { name: 'Persona' })
    .getByRole('button', { name: 'Ben Ortiz' })
    .click();
  await expect(page.getByRole('banner')).toContainText('Ben Ortiz');
  await expect(page.getByRole('link', { name: 'Safety gear' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page
    .getByRole('group', { name: 'Persona' })
    .getByRole('button', { name: 'Anna Keller' })
    .click();
  await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Designer test cart' })).toHaveCount(0);
});

test('two pages writing at the same moment lose nothing', async ({ context }) => {
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(anna, 'Anna Keller');
  await signInAs(ben, 'Ben Ortiz');
  // Each page creates eight carts at once through its own session, both pages together.
  const burst = (page: typeof anna, prefix: string) =>
    page.evaluate(async (name) => {
      const session = JSON.parse(sessionStorage.getItem('shared-carts.session') ?? '{}') as {
        accessToken?: string;
      };
      const type = 'application/vnd.api+json';
      const statuses = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const response = await fetch('/glue/carts', {
            method: 'POST',
            headers: {
              Accept: type,
              'Content-Type': type,
              Authorization: `Bearer ${session.accessToken ?? ''}`,
            },
            body: JSON.stringify({
              data: {
                type: 'carts',
                attributes: {
                  name: `${name} ${String(i)}`,
                  priceMode: 'GROSS_MODE',
                  currency: 'EUR',
                  store: 'DE',
                },
              },
            }),
          });
          return response.status;
        }),
      );
      return statuses;
    }, prefix);
  const [fromAnna, fromBen] = await Promise.all([
    burst(anna, 'Anna burst'),
    burst(ben, 'Ben burst'),
  ]);
  expect([...fromAnna, ...fromBen].every((status) => status === 201)).toBe(true);

  for (const [page, prefix] of [
    [anna, 'Anna burst'],
    [ben, 'Ben burst'],
  ] as const) {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`^${prefix} \\d$`) })).toHaveCount(8);
  }
});

test('at 1280 px the page scrolls past the toolbar button: a share row’s Remove is never under it', async ({
  page,
}) => {
  await signInAs(page, 'Anna Keller');
  await shareWithBen(page, 'Empty draft');
  const remove = page.getByRole('button', { name: 'Remove Ben Ortiz' });
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  // What a tap on the button's corners would hit: the button, not the toolbar.
  const hits = await remove.evaluate((button) => {
    const box = button.getBoundingClientRect();
    return [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ].map(([x = 0, y = 0]) => button.contains(document.elementFromPoint(x, y)));
  });
  expect(hits).toEqual([true, true, true, true]);
});
