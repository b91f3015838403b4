import { expect, test } from '@playwright/test';

test('Anna logs in from the persona list and lands on her carts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in as Anna Keller' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();
  await expect(page.getByText('Q4 office restock')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Anna Keller');
  await expect(page.getByRole('banner')).toContainText('Northwind Supplies GmbH');

  // The session survives a reload of the tab.
  await page.reload();
  await expect(page.getByText('Q4 office restock')).toBeVisible();
});

test('Eva logs in, chooses Northwind, then switches to Summit Tools', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('eva.fischer@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a company' })).toBeVisible();
  await page.getByRole('button', { name: /Northwind Supplies GmbH/ }).click();
  await expect(page.getByText("Eva's cart")).toBeVisible();

  const company = page.getByRole('combobox', { name: 'Company' });
  await expect(company).toHaveValue(/.+/);
  await company.selectOption({ label: 'Summit Tools AG' });
  // Nothing happens until the explicit Switch (WCAG 3.2.2).
  await expect(page.getByRole('banner')).toContainText('Northwind Supplies GmbH');
  await page.getByRole('button', { name: 'Switch', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('Summit Tools AG');
  await expect(page.getByText("Eva's cart")).toBeVisible();
});

test('a wrong password is said inline and the email stays', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('ben.ortiz@northwind.example');
  await page.getByLabel('Password').fill('nope');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
  await expect(page.getByLabel('Email')).toHaveValue('ben.ortiz@northwind.example');
});
