// Entity tags in live mode (docs/glue-api.md §6a): two people with full access rename one
// cart at nearly the same time, each in their own browser, against the cross-origin
// HTTP mock server. The later one is told, sees the current name, and saves again
// without retyping.
import { expect, test } from '@playwright/test';
import { JSON_API, glueUrl, glueToken, logIn } from './glue-helpers';

test('the later of two renames is told, sees the current name and saves again', async ({
  browser,
  request,
}) => {
  // A cart of its own (the server lives across tests), shared with Ben with full access.
  const anna = {
    ...JSON_API,
    Authorization: `Bearer ${await glueToken(request, 'anna.keller@northwind.example')}`,
  };
  const name = `Race ${String(Date.now() % 100_000)}`;
  const created = await request.post(`${glueUrl()}/carts`, {
    headers: anna,
    data: {
      data: {
        type: 'carts',
        attributes: { name, priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' },
      },
    },
  });
  expect(created.status()).toBe(201);
  const cartId = (await created.json()).data.id as string;
  const bens = await request.get(`${glueUrl()}/company-users/mine`, {
    headers: {
      ...JSON_API,
      Authorization: `Bearer ${await glueToken(request, 'ben.ortiz@northwind.example')}`,
    },
  });
  const bensCompanyUser = (await bens.json()).data[0].id as string;
  await request.post(`${glueUrl()}/carts/${cartId}/shared-carts`, {
    headers: anna,
    data: {
      data: {
        type: 'shared-carts',
        attributes: { idCompanyUser: bensCompanyUser, idCartPermissionGroup: 2 },
      },
    },
  });

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
