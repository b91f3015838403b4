// Issue 13: copy a shared cart, tell a colleague, see what is new, find a cart, take
// the mock data along.
import { type Page, expect, test } from '@playwright/test';
import { shareWithBen, signInAs } from './helpers';

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

test('Anna shares a cart; Ben sees it marked New and counted, until he opens it', async ({
  context,
}) => {
  const anna = await context.newPage();
  const ben = await context.newPage();
  await signInAs(ben, 'Ben Ortiz');
  const nav = ben.getByRole('navigation', { name: 'Main' });
  // Nothing opened yet: the two carts the seed shares with Ben are new to him.
  await expect(nav.getByRole('link', { name: 'Carts (2 new)' })).toBeVisible();

  await signInAs(anna, 'Anna Keller');
  await shareWithBen(anna, 'Empty draft');

  const draft = ben.getByRole('row', { name: /Empty draft/ });
  await expect(draft.getByText('New', { exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Carts (3 new)' })).toBeVisible();
  await expect(nav.locator('.nav-count')).toHaveText('3');

  await ben.getByRole('link', { name: 'Empty draft' }).click();
  await expect(ben.getByRole('heading', { name: 'Empty draft', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Carts (2 new)' })).toBeVisible();
  await nav.getByRole('link', { name: 'Carts (2 new)' }).click();
  await expect(draft).toBeVisible();
  await expect(draft.getByText('New', { exact: true })).toHaveCount(0);
  await expect(
    ben.getByRole('row', { name: /Workshop tools/ }).getByText('New', { exact: true }),
  ).toBeVisible();
});

test('the list filters by name and sorts by column, and a reload keeps the view', async ({
  page,
}) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('radio', { name: 'Mine' }).check();
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('o');
  await page.getByRole('button', { name: 'Items' }).click();
  await page.getByRole('button', { name: 'Items' }).click();
  await expect(page.getByRole('columnheader', { name: 'Items' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveText([/Q4 office restock/, /Workshop tools/]);
  await expect(page.getByText('2 of 3 carts match.')).toBeVisible();
  expect(new URL(page.url()).search).toBe('?view=mine&q=o&sort=items&dir=desc');

  await page.reload();
  await expect(names).toHaveText([/Q4 office restock/, /Workshop tools/]);
  await expect(page.getByRole('radio', { name: 'Mine' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter by name' })).toHaveValue('o');
});

test('export, reset, import: the mock data comes back exactly', async ({ page }, testInfo) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'New cart' }).click();
  await page.getByRole('textbox', { name: 'Cart name' }).fill('Handover state');
  await page.getByRole('button', { name: 'Create cart' }).click();
  await expect(page.getByRole('heading', { name: 'Handover state', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^shared-carts-demo-.+\.json$/);
  const file = testInfo.outputPath('mock-data.json');
  await download.saveAs(file);

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const anna = page
    .getByRole('group', { name: 'Persona' })
    .getByRole('button', { name: 'Anna Keller' });
  await anna.click();
  await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Handover state' })).toHaveCount(0);

  await page.getByLabel('Import data from a file').setInputFiles(file);
  // The file carries no sessions: the app starts over, signed out.
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await anna.click();
  await expect(page.getByRole('link', { name: 'Handover state' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Handover state/ })).toContainText('Default');
});

test('a wrong import file is refused and changes nothing', async ({ page }) => {
  await signInAs(page, 'Anna Keller');
  await page.getByRole('button', { name: 'Mock toolbar' }).click();
  await page.getByLabel('Import data from a file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"carts": []}'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file cannot be imported; nothing was changed.',
  );
  await expect(page.getByRole('alert')).toContainText(
    'The file is not a mock data export of shared-carts.',
  );
  await expect(page.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
  // Still signed in as Anna: a refused file ends no session.
  await expect(page.getByRole('banner')).toContainText('Anna Keller');
});
