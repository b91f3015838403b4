// A read-only recipient copies a cart into one of her own; a cart's link, sent to a
// colleague, opens it after logging in (and tells someone else it is not theirs).
import { type Page, expect, test } from '@playwright/test';
import { signInAs } from './helpers';

/** A deep link in a fresh browser: through the login page and back to the link. */
async function openLinkAs(page: Page, link: string, name: string) {
  await page.goto(link);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
}

test('Chloe, read-only on "Workshop tools", copies it into a cart of her own', async ({ page }) => {
  await signInAs(page, 'Chloe Nguyen');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByText('Shared with you — read-only.')).toBeVisible();
  await page.getByRole('button', { name: 'Copy to my carts' }).click();

  await expect(
    page.getByRole('heading', { name: 'Copy of Workshop tools', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'This is your copy' })).toHaveText(
    /This is your copy of “Workshop tools”, with all its items\./,
  );
  await expect(page.getByRole('row', { name: /Cordless drill 18 V/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Drill bit set, 19 pcs/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename' })).toBeVisible();

  await page.getByRole('link', { name: 'All carts' }).click();
  await expect(page.getByRole('row', { name: /Copy of Workshop tools/ })).toContainText('Owner');
});

test('Anna copies a cart’s link; Ben opens it after logging in; Frank is told it is not his', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, 'Anna Keller');
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByRole('link', { name: 'Email Ben Ortiz' })).toHaveAttribute(
    'href',
    /^mailto:ben\.ortiz@northwind\.example\?subject=Cart%20shared%20with%20you%3A%20Workshop%20tools&body=/,
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/carts\/[0-9a-f-]{36}$/);

  const bens = await browser.newContext();
  const ben = await bens.newPage();
  await openLinkAs(ben, link, 'Ben Ortiz');
  await expect(ben.getByRole('heading', { name: 'Workshop tools', level: 1 })).toBeVisible();
  await expect(ben.getByText('Shared with you — read-only.')).toBeVisible();
  expect(ben.url()).toBe(link);
  await bens.close();

  const franks = await browser.newContext();
  const frank = await franks.newPage();
  await openLinkAs(frank, link, 'Frank Meyer');
  await expect(frank.getByRole('heading', { name: 'Cart not available' })).toBeVisible();
  await expect(
    frank.getByText('This cart does not exist or is not shared with you.'),
  ).toBeVisible();
  await expect(frank.getByText(/ask the cart’s owner to share it with you/)).toBeVisible();
  await franks.close();
});
