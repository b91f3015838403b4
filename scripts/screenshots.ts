// `npm run screenshots`: the main states of the app in mock mode, as PNGs for the
// README (docs/screenshots). Builds the mock-mode app, serves it, drives Chromium.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { buildApp } from '../build/build-app';
import { startServer } from './process-group';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Page, chromium } from '@playwright/test';

const PORT = 4179;
const BASE = `http://127.0.0.1:${String(PORT)}`;
const OUT = 'docs/screenshots';

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

/** The whole page, or only the screen (a phone's first view). */
async function shot(page: Page, name: string, { fullPage = true } = {}) {
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  console.log(`  ${OUT}/${name}.png`);
}

async function main() {
  buildApp('dist-screenshots', '', 'warn');
  const server = startServer('npx', [
    'vite',
    'preview',
    '--outDir',
    'dist-screenshots',
    '--port',
    String(PORT),
    '--strictPort',
  ]);
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });

    await page.goto(`${BASE}/login`);
    await page.getByRole('heading', { name: 'Demo personas' }).waitFor();
    await shot(page, 'login-personas');

    await page.getByRole('button', { name: 'Sign in as Anna Keller' }).click();
    await page.getByRole('link', { name: 'Q4 office restock' }).waitFor();
    await shot(page, 'cart-list');

    await page.getByRole('link', { name: 'Workshop tools' }).click();
    await page.getByRole('button', { name: 'Share with colleagues' }).click();
    await page.getByRole('combobox', { name: 'Colleagues' }).fill('e');
    await shot(page, 'cart-owner-share-panel');

    await page.goto(`${BASE}/carts?persona=ben`);
    await page
      .getByRole('banner')
      .getByText(/Ben Ortiz/)
      .waitFor();
    await page.getByRole('link', { name: 'Workshop tools' }).click();
    await page.getByText('Shared with you — read-only.').waitFor();
    await shot(page, 'cart-read-only');

    await page.getByRole('button', { name: 'Mock toolbar' }).click();
    await page.getByRole('group', { name: 'Failure injection' }).waitFor();
    await shot(page, 'mock-toolbar');

    // A phone (390 × 844, touch): Ben's list as cards, and the open header menu.
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await phone.goto(`${BASE}/carts?persona=ben`);
    await phone.getByRole('link', { name: 'Workshop tools' }).waitFor();
    await shot(phone, 'phone-cart-list', { fullPage: false });
    await phone.getByRole('button', { name: 'Menu' }).tap();
    await phone.getByRole('navigation', { name: 'Main' }).waitFor();
    await shot(phone, 'phone-menu', { fullPage: false });
    await browser.close();
  } finally {
    await server.stop();
  }
}

await main();
