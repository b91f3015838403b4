// On a phone (and a tablet) the designer's mock toolbar never covers the page: closed or
// open, it is drawn after the main content, and every control in it can be reached.
// English and German (the German button labels are longer). Runs in `phone` and `tablet`.
import { type Page, expect, test } from '@playwright/test';

const SIGN_IN = { en: 'Sign in as Anna Keller', de: 'Als Anna Keller anmelden' } as const;
const TOOLBAR = { en: 'Mock toolbar', de: 'Mock-Werkzeugleiste' } as const;

/** The parts of `main` that the toolbar's box overlaps (none, when it fits). */
async function contentUnderToolbar(page: Page) {
  return page.evaluate(() => {
    const toolbar = document.querySelector('.mock-toolbar')?.getBoundingClientRect();
    if (!toolbar) return ['no toolbar'];
    const overlaps: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const apart =
        box.right <= toolbar.left ||
        box.left >= toolbar.right ||
        box.bottom <= toolbar.top ||
        box.top >= toolbar.bottom;
      if (!apart)
        overlaps.push(`${element.tagName.toLowerCase()} "${element.innerText.slice(0, 30)}"`);
    }
    return overlaps;
  });
}

for (const language of ['en', 'de'] as const) {
  test(`the mock toolbar covers none of the cart list and stays usable (${language})`, async ({
    page,
  }) => {
    await page.addInitScript((lang) => {
      window.localStorage.setItem('shared-carts.language', lang);
    }, language);
    await page.goto('/login');
    await page.getByRole('button', { name: SIGN_IN[language] }).tap();
    await expect(page.getByRole('table')).toBeVisible();

    const toolbar = page.getByRole('complementary', { name: TOOLBAR[language] });
    const toggle = toolbar.getByRole('button', { name: TOOLBAR[language] });
    // At the top of the page and at its end: the toolbar overlaps nothing in main.
    expect(await contentUnderToolbar(page)).toEqual([]);
    await toggle.scrollIntoViewIfNeeded();
    expect(await contentUnderToolbar(page)).toEqual([]);

    // Open, every control of it is on the screen's width and still covers nothing.
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await contentUnderToolbar(page)).toEqual([]);
    const width = page.viewportSize()?.width ?? 0;
    for (const control of await toolbar.locator('button, select, input').all()) {
      if (!(await control.isVisible())) continue;
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, await control.innerText()).toBe(true);
    }
    // A persona switch from it still works.
    await toolbar.getByRole('button', { name: /^Ben/ }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
