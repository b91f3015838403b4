// Mock mode: export the data to a file, reset, import it back; a wrong file changes nothing.
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

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
