// Phone (390×844) and tablet (768×1024), touch, English and German: the main journeys,
// and on every page and state the page is no wider than the screen, nothing is drawn
// outside the header, controls are big enough to tap, and axe finds nothing.
// Runs in the `phone` and `tablet` projects (playwright.config.ts).
import { type Locator, type Page, expect, test } from '@playwright/test';
import { expectNoViolations } from '../helpers';

const TEXT = {
  en: {
    locale: 'en-US',
    menu: 'Menu',
    signInAs: (name: string) => `Sign in as ${name}`,
    carts: 'Your carts',
    cartsLink: /^Carts/,
    groups: 'Permission groups',
    newCart: 'New cart',
    cartName: 'Cart name',
    create: 'Create cart',
    share: 'Share with colleagues',
    sharing: 'Sharing',
    colleagues: 'Colleagues',
    shareSubmit: 'Share',
    sharedWithBen: 'Shared with Ben Ortiz.',
    permissionForBen: 'Permission for Ben Ortiz',
    fullAccess: 'Full access',
    nowFull: 'Ben Ortiz now has full access.',
    removeBen: 'Remove Ben Ortiz',
    removed: 'Ben Ortiz no longer has access to this cart.',
    delete: 'Delete',
    cancel: 'Keep cart',
    chooseCompany: 'Choose a company',
    company: 'Company',
    switch: 'Switch',
    product: 'Product',
    matches: 'Matching products',
    variant: 'Which one?',
    several: 'Several items',
    lines: 'Items, one per line',
    read: 'What was read',
    mockToolbar: 'Mock toolbar',
    orderThis: 'Order this cart',
    orderForm: 'Place the order',
    place: 'Place order',
    placed: 'Order DE--1002 placed',
    seeOrder: 'See the order',
    orders: 'Orders',
    anOrder: 'Order DE--1002',
  },
  de: {
    locale: 'de-DE',
    menu: 'Menü',
    signInAs: (name: string) => `Als ${name} anmelden`,
    carts: 'Ihre Warenkörbe',
    cartsLink: /^Warenkörbe/,
    groups: 'Berechtigungsgruppen',
    newCart: 'Neuer Warenkorb',
    cartName: 'Name des Warenkorbs',
    create: 'Warenkorb anlegen',
    share: 'Mit Kolleginnen und Kollegen teilen',
    sharing: 'Teilen',
    colleagues: 'Kolleginnen und Kollegen',
    shareSubmit: 'Teilen',
    sharedWithBen: 'Mit Ben Ortiz geteilt.',
    permissionForBen: 'Berechtigung für Ben Ortiz',
    fullAccess: 'Vollzugriff',
    nowFull: 'Ben Ortiz hat jetzt Vollzugriff.',
    removeBen: 'Entfernen Ben Ortiz',
    removed: 'Ben Ortiz hat keinen Zugriff mehr auf diesen Warenkorb.',
    delete: 'Löschen',
    cancel: 'Behalten',
    chooseCompany: 'Firma wählen',
    company: 'Firma',
    switch: 'Wechseln',
    product: 'Produkt',
    matches: 'Passende Produkte',
    variant: 'Welche Variante?',
    several: 'Mehrere Artikel',
    lines: 'Artikel, einer pro Zeile',
    read: 'Gelesen',
    mockToolbar: 'Mock-Werkzeugleiste',
    orderThis: 'Diesen Warenkorb bestellen',
    orderForm: 'Bestellformular',
    place: 'Bestellung aufgeben',
    placed: 'Bestellung DE--1002 aufgegeben',
    seeOrder: 'Bestellung ansehen',
    orders: 'Bestellungen',
    anOrder: 'Bestellung DE--1002',
  },
} as const;

// Thirty characters with no space to break at: the longest name Glue accepts.
const LONG_NAME = 'Quartalsbestellungswerkstattbe';

/** The elements inside `container` drawn beyond its box (those inside `skipInside` aside). */
async function boxesOutside(container: Locator, skipInside: string) {
  return container.evaluate((root, skip) => {
    const outer = root.getBoundingClientRect();
    const outside: string[] = [];
    for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
      if (skip && element.closest(skip)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (
        box.left < outer.left - 0.5 ||
        box.right > outer.right + 0.5 ||
        box.top < outer.top - 0.5 ||
        box.bottom > outer.bottom + 0.5
      ) {
        outside.push(`${element.tagName.toLowerCase()}.${element.className}`);
      }
    }
    return outside;
  }, skipInside);
}

/** The checks every page and state must pass. */
async function expectToFit(page: Page, state: string) {
  const width = page.viewportSize()?.width ?? 0;
  await test.step(`fits: ${state}`, async () => {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${state}: page width`).toBeLessThanOrEqual(width);
    // Nothing drawn beyond the header's background (the open menu has its own).
    expect(
      await boxesOutside(page.getByRole('banner'), '.header-menu.is-open'),
      `${state}: outside the header`,
    ).toEqual([]);
    // Controls a finger can hit: WCAG 2.5.8's 24 × 24 CSS px.
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button, select, input, textarea, a'))
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          // Radio buttons and checkboxes are tapped through their whole label.
          if (element.matches('input[type=radio], input[type=checkbox]')) return false;
          // Links inside running text are exempt (2.5.8 "inline").
          if (element.matches('p a, li > p a')) return false;
          return box.height < 24 || box.width < 24;
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || '').slice(0, 40)}"`),
    );
    expect(small, `${state}: targets under 24 × 24 px`).toEqual([]);
    await expectNoViolations(page);
  });
}

async function openMenu(page: Page, label: string) {
  const toggle = page.getByRole('button', { name: label });
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return toggle;
}

for (const language of ['en', 'de'] as const) {
  const text = TEXT[language];

  test.describe(`in ${language === 'en' ? 'English' : 'German'}`, () => {
    test.use({ locale: text.locale });

    test('log in, the cart list, a cart, sharing, permission groups', async ({ page }) => {
      // Fourteen states, each measured and run through axe.
      test.setTimeout(120_000);
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectToFit(page, 'login');

      // The header's menu: a disclosure that Escape closes, focus back on its button.
      const toggle = await openMenu(page, text.menu);
      await expectToFit(page, 'login, menu open');
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();

      await page.getByRole('button', { name: text.signInAs('Anna Keller') }).tap();
      await expect(page.getByRole('heading', { name: text.carts })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Workshop tools' })).toBeVisible();
      await expectToFit(page, 'cart list');

      await openMenu(page, text.menu);
      await expectToFit(page, 'cart list, menu open');
      await page.getByRole('link', { name: text.groups }).tap();
      await expect(page.getByRole('heading', { name: text.groups, level: 1 })).toBeVisible();
      // A link in the menu leads away: the menu closes by itself.
      await expect(page.getByRole('button', { name: text.menu })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      await expectToFit(page, 'permission groups');
      await openMenu(page, text.menu);
      await page.getByRole('link', { name: text.cartsLink }).tap();

      // A new cart with the longest name Glue takes, no space to break at.
      await page.getByRole('button', { name: text.newCart }).tap();
      await expectToFit(page, 'new cart form');
      await page.getByRole('textbox', { name: text.cartName }).fill(LONG_NAME);
      await page.getByRole('button', { name: text.create }).tap();
      await expect(page.getByRole('heading', { name: LONG_NAME, level: 1 })).toBeVisible();
      // The whole page, sharing included (it comes a moment after the items).
      await expect(page.getByRole('button', { name: text.share })).toBeVisible();
      await expectToFit(page, 'cart with a long name');

      await page.getByRole('button', { name: text.delete }).tap();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectToFit(page, 'delete dialog');
      await page.getByRole('button', { name: text.cancel }).tap();

      // Sharing: the colleague combobox, its list inside the screen, levels, removal.
      await page.getByRole('button', { name: text.share }).tap();
      const colleagues = page.getByRole('combobox', { name: text.colleagues });
      await colleagues.fill('ben');
      const listbox = page.getByRole('listbox');
      await expect(listbox.getByRole('option').first()).toBeVisible();
      const box = await listbox.boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await expectToFit(page, 'colleague list open');
      await colleagues.press('Enter');
      await page.getByRole('button', { name: text.shareSubmit, exact: true }).tap();
      await expect(page.getByText(text.sharedWithBen)).toBeVisible();
      await expectToFit(page, 'shared with Ben');

      await page
        .getByRole('group', { name: text.permissionForBen })
        .getByRole('radio', { name: text.fullAccess })
        .check();
      await expect(page.getByText(text.nowFull)).toBeVisible();
      await expectToFit(page, 'permission changed, toast shown');

      await page.getByRole('button', { name: text.removeBen }).tap();
      await expect(page.getByText(text.removed)).toBeVisible();
      await expectToFit(page, 'share removed');

      await page.getByRole('button', { name: text.mockToolbar }).tap();
      await expectToFit(page, 'mock toolbar open');
    });

    test('adding by name, a variant, and several items', async ({ page }) => {
      await page.goto('/login');
      await page.getByRole('button', { name: text.signInAs('Anna Keller') }).tap();
      await page.getByRole('link', { name: 'Q4 office restock' }).tap();
      const product = page.getByRole('combobox', { name: text.product });
      await product.fill('gloves');
      const matches = page.getByRole('listbox', { name: text.matches });
      await expect(matches.getByRole('option').first()).toBeVisible();
      const box = await matches.boundingBox();
      const width = page.viewportSize()?.width ?? 0;
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await expectToFit(page, 'product matches open');
      await matches.getByRole('option').first().tap();
      await expect(page.getByRole('combobox', { name: text.variant })).toBeVisible();
      await expectToFit(page, 'which variant');
      await page.getByRole('radio', { name: text.several }).check();
      await page.getByRole('textbox', { name: text.lines }).fill('NW-3001 2\nNW-3002;x\nNW-4003');
      await expect(page.getByRole('table', { name: text.read })).toBeVisible();
      await expectToFit(page, 'several items read');
    });

    test('ordering: the cart’s order part, the form, the confirmation, the orders', async ({
      page,
    }) => {
      await page.goto('/login');
      await page.getByRole('button', { name: text.signInAs('Ben Ortiz') }).tap();
      await page.getByRole('link', { name: 'Q4 office restock' }).tap();
      const orderThis = page.getByRole('link', { name: text.orderThis });
      await orderThis.scrollIntoViewIfNeeded();
      await expectToFit(page, 'a cart with its order part');
      // The main actions are a finger's size: 44 px high.
      expect((await orderThis.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await orderThis.tap();
      const form = page.getByRole('form', { name: text.orderForm });
      const place = form.getByRole('button', { name: text.place });
      await expect(place).toBeEnabled();
      await expectToFit(page, 'the order form');
      expect((await place.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await place.tap();
      await expect(page.getByRole('heading', { name: text.placed, level: 1 })).toBeVisible();
      await expectToFit(page, 'the confirmation');
      await page.getByRole('link', { name: text.seeOrder }).tap();
      await expect(page.getByRole('heading', { name: text.anOrder, level: 1 })).toBeVisible();
      await expectToFit(page, 'an order');
      await openMenu(page, text.menu);
      await page.getByRole('link', { name: text.orders, exact: true }).tap();
      await expect(page.getByRole('row', { name: /DE--1002/ })).toBeVisible();
      await expectToFit(page, 'the orders');
    });

    test('a cart with items, read-only, and the company switch', async ({ page }) => {
      await page.goto('/login');
      await page.getByRole('button', { name: text.signInAs('Ben Ortiz') }).tap();
      await page.getByRole('link', { name: 'Workshop tools' }).tap();
      await expect(page.getByRole('heading', { name: 'Workshop tools', level: 1 })).toBeVisible();
      // The whole page, sharing included (it comes a moment after the items).
      await expect(page.getByRole('heading', { name: text.sharing, level: 2 })).toBeVisible();
      await expectToFit(page, 'read-only cart with items');

      await openMenu(page, text.menu);
      await page.getByRole('button', { name: /Log out|Abmelden/ }).tap();
      await page.getByRole('button', { name: text.signInAs('Eva Fischer') }).tap();
      await expect(page.getByRole('heading', { name: text.chooseCompany })).toBeVisible();
      await expectToFit(page, 'company chooser');
      await page.getByRole('button', { name: /Northwind Supplies GmbH/ }).tap();
      await expect(page.getByText("Eva's cart")).toBeVisible();

      await openMenu(page, text.menu);
      await expectToFit(page, 'menu with the company switch');
      await page.getByRole('combobox', { name: text.company }).selectOption({
        label: 'Summit Tools AG',
      });
      await page.getByRole('button', { name: text.switch, exact: true }).tap();
      await expect(page.getByRole('banner')).toContainText('Summit Tools AG');
      await expectToFit(page, 'after the company switch');
    });
  });
}
