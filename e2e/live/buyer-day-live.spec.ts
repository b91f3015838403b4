// A buyer's day against a real Glue (the HTTP mock server, in live mode): Gina finds a
// product by name and adds a pasted list to "Summit restock"; Frank, its owner, has the
// cart open in another browser and sees what changed without reloading; after he left,
// "Since your last visit" tells him the rest.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { JSON_API, glueToken, glueUrl, logIn } from './glue-helpers';

/** The server lives across tests: put Summit restock back to its seed (NW-4001 × 5). */
async function resetSummitRestock(request: APIRequestContext) {
  const token = await glueToken(request, 'frank.meyer@summit.example');
  const auth = { ...JSON_API, Authorization: `Bearer ${token}` };
  const carts = await (
    await request.get(`${glueUrl()}/carts?include=items`, { headers: auth })
  ).json();
  const cart = carts.data.find(
    (c: { attributes: { name: string } }) => c.attributes.name === 'Summit restock',
  );
  for (const item of cart.relationships?.items?.data ?? []) {
    if (item.id !== 'NW-4001') {
      await request.delete(`${glueUrl()}/carts/${cart.id as string}/items/${item.id as string}`, {
        headers: auth,
      });
    }
  }
  await request.patch(`${glueUrl()}/carts/${cart.id as string}/items/NW-4001`, {
    headers: auth,
    data: { data: { type: 'items', attributes: { quantity: 5 } } },
  });
}

test('Gina adds by name and by list; Frank sees it live, then since his last visit', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  await resetSummitRestock(request);
  const frank = await logIn(browser, 'frank.meyer@summit.example');
  const gina = await logIn(browser, 'gina.rossi@summit.example');
  await frank.getByRole('link', { name: 'Summit restock' }).click();
  await gina.getByRole('link', { name: 'Summit restock' }).click();
  await expect(gina.getByText('Shared with you — full access.')).toBeVisible();

  // By name: the gloves come in two sizes, so Gina is asked which one.
  await gina.getByRole('combobox', { name: 'Product' }).fill('gloves');
  await gina.getByRole('option', { name: /Safety gloves \(pair\)/ }).click();
  await gina
    .getByRole('combobox', { name: 'Which one?' })
    .selectOption({ label: 'Safety gloves, size M (pair) (NW-1004)' });
  await gina.getByRole('button', { name: 'Add item' }).click();
  await expect(gina.getByRole('row', { name: /Safety gloves, size M/ })).toBeVisible();

  // Frank's page asks Glue again while it is open: the change arrives on its own.
  const news = frank.getByRole('log', { name: 'Changes by others' });
  await expect(news).toHaveText(
    'Someone else changed this cart: “Safety gloves, size M (pair)” added (1)',
    { timeout: 20_000 },
  );
  await expect(frank.getByRole('row', { name: /Safety gloves, size M/ })).toContainText('Changed');

  // Frank leaves; Gina pastes a list with one SKU Glue does not know.
  await frank.getByRole('link', { name: '← All carts' }).click();
  await expect(frank.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await gina.getByRole('radio', { name: 'Several items' }).click();
  await gina.getByRole('textbox', { name: 'Items, one per line' }).fill('NW-4002;3\nNW-0000;1');
  await gina.getByRole('button', { name: 'Add 2 items' }).click();
  await expect(
    gina.getByText('1 of 2 added. 1 line stays in the box with the reason.'),
  ).toBeVisible();
  await expect(gina.getByRole('textbox', { name: 'Items, one per line' })).toHaveValue('NW-0000;1');
  await expect(gina.getByRole('table', { name: 'What was read' })).toContainText(
    'There is no product with this SKU.',
  );

  // Back on the cart, Frank is told what changed while he was away.
  await frank.getByRole('link', { name: 'Summit restock' }).click();
  const since = frank.getByRole('region', { name: 'Since your last visit' });
  await expect(since.getByRole('listitem')).toHaveText(['“Label printer tape 12 mm” added (3)']);
  await since.getByRole('button', { name: 'Dismiss' }).click();
  await expect(since).toHaveCount(0);
  await resetSummitRestock(request);
});
