// Two people, two browser contexts, one Glue (the HTTP mock server): Anna shares,
// changes and removes; Ben sees each change from his side.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { JSON_API, glueUrl, glueToken, logIn } from './glue-helpers';

/** The server lives across tests: start from "Empty draft shared with nobody", via Glue itself. */
async function unshareEmptyDraft(request: APIRequestContext) {
  const token = await glueToken(request, 'anna.keller@northwind.example');
  const auth = { ...JSON_API, Authorization: `Bearer ${token}` };
  const carts = await (
    await request.get(`${glueUrl()}/carts?include=shared-carts`, { headers: auth })
  ).json();
  const draft = carts.data.find(
    (c: { attributes: { name: string } }) => c.attributes.name === 'Empty draft',
  );
  for (const share of draft?.relationships?.['shared-carts']?.data ?? []) {
    await request.delete(`${glueUrl()}/shared-carts/${share.id as string}`, { headers: auth });
  }
}

test('Anna shares, upgrades, removes and restores Ben’s access to "Empty draft"', async ({
  browser,
  request,
}) => {
  await unshareEmptyDraft(request);
  const anna = await logIn(browser, 'anna.keller@northwind.example');
  const ben = await logIn(browser, 'ben.ortiz@northwind.example');
  const bensDraft = ben.getByRole('row', { name: /Empty draft/ });
  await expect(bensDraft).toHaveCount(0);

  // Share read-only.
  await anna.getByRole('link', { name: 'Empty draft' }).click();
  await anna.getByRole('button', { name: 'Share with colleagues' }).click();
  await anna.getByRole('combobox', { name: 'Colleagues' }).fill('ben');
  await anna.keyboard.press('Enter');
  await expect(anna.getByRole('radio', { name: /Read-only/ })).toBeChecked();
  await anna.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(anna.getByText('Shared with Ben Ortiz.')).toBeVisible();

  await ben.reload();
  await expect(bensDraft).toContainText('Read-only');

  // Full access: Ben can now add an item.
  const bensFullAccess = anna
    .getByRole('group', { name: 'Permission for Ben Ortiz' })
    .getByRole('radio', { name: 'Full access' });
  await bensFullAccess.click();
  await expect(bensFullAccess).toBeChecked();
  await expect(anna.getByText('Ben Ortiz now has full access.')).toBeVisible();
  await ben.reload();
  await ben.getByRole('link', { name: 'Empty draft' }).click();
  await expect(ben.getByText('Shared with you — full access.')).toBeVisible();
  await ben.getByLabel('Product', { exact: true }).fill('NW-1001');
  await ben.getByRole('button', { name: 'Add item' }).click();
  await expect(ben.getByRole('row', { name: /Safety gloves/ })).toBeVisible();

  // Remove: Ben loses the cart; Undo gives it back.
  await anna.getByRole('button', { name: 'Remove Ben Ortiz' }).click();
  const toast = anna.getByText('Ben Ortiz no longer has access to this cart.');
  await expect(toast).toBeVisible();
  await toast.hover(); // a hovered toast stays, so Undo can't time out mid-test
  await ben.goto('/carts');
  await expect(ben.getByRole('link', { name: 'Q4 office restock' })).toBeVisible();
  await expect(bensDraft).toHaveCount(0);

  await anna.getByRole('button', { name: 'Undo' }).click();
  await expect(anna.getByText('Shared with Ben Ortiz again.')).toBeVisible();
  await ben.reload();
  await expect(bensDraft).toContainText('Full access');
});
