// Entity tags in live mode (docs/glue-api.md §6a): two people with full access rename one
// cart at nearly the same time, each in their own browser, against the cross-origin
// HTTP mock server. The later one is told, sees the current name, and saves again
// without retyping.
import { expect, test } from '@playwright/test';
import { glueUrl, logIn, newCartSharedWithBen } from './glue-helpers';

test('the later of two renames is told, sees the current name and saves again', async ({
  browser,
  request,
}) => {
  // A cart of its own (the server lives across tests), shared with Ben with full access.
  const name = `Race ${String(Date.now() % 100_000)}`;
  const { cartId, ownerHeaders: anna } = await newCartSharedWithBen(
    request,
    'anna.keller@northwind.example',
    name,
    [],
  );

  try {
    const annaPage = await logIn(browser, 'anna.keller@northwind.example');
    const benPage = await logIn(browser, 'ben.ortiz@northwind.example');
    for (const page of [annaPage, benPage]) {
      await page.goto(`/carts/${cartId}`);
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Rename', exact: true }).click();
    }

    // Ben saves first.
    await benPage.getByLabel('New name').fill('Race – Ben');
    await benPage.getByRole('button', { name: 'Save name' }).click();
    await expect(benPage.getByRole('heading', { name: 'Race – Ben', level: 1 })).toBeVisible();

    // Anna's page still has the tag from before Ben's rename: Glue answers 412.
    await annaPage.getByLabel('New name').fill('Race – Anna');
    await annaPage.getByRole('button', { name: 'Save name' }).click();
    await expect(annaPage.getByRole('alert')).toContainText(
      'Someone else changed this cart since you opened it. It is now called “Race – Ben”.',
    );
    await expect(annaPage.getByRole('heading', { level: 1 })).toContainText('Race – Ben');
    await expect(annaPage.getByLabel('New name')).toHaveValue('Race – Anna');

    // One click, no retyping: saved with the fresh tag.
    await annaPage.getByRole('button', { name: 'Save name' }).click();
    await expect(annaPage.getByRole('heading', { name: 'Race – Anna', level: 1 })).toBeVisible();

    // Ben sees Anna's name.
    await benPage.reload();
    await expect(benPage.getByRole('heading', { name: 'Race – Anna', level: 1 })).toBeVisible();
  } finally {
    await request.delete(`${glueUrl()}/carts/${cartId}`, { headers: anna });
  }
});
