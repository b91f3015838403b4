// `npm run bench:navigation`: from a click on a cart in the list to the cart's heading
// and items on screen, with Glue ~300 ms away (the designer's "realistic" latency), in
// a mock-mode production build served gzip-compressed. Every run starts cold (new
// browser context: no cached page code, no cached data). Figures, not asserts.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { buildApp } from '../build/build-app';
import { median } from './measure';
import { serveDist } from '../scripts/serve-dist';
import { report } from './record';

const PORT = 4181;
const APP = `http://127.0.0.1:${String(PORT)}`;
const RUNS = 7;
const CARTS = ['Workshop tools', 'Empty draft', 'Q4 office restock', 'Safety gear'];

async function main() {
  buildApp('dist-navigation');
  const app = serveDist('dist-navigation', PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const times: number[] = [];
  const glueAfterClick: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${APP}/carts?persona=anna&latency=realistic`);
      const name = CARTS[run % CARTS.length] ?? 'Workshop tools';
      const link = page.getByRole('link', { name, exact: true });
      await link.waitFor({ timeout: 30_000 });
      let glue = 0;
      page.on('request', (request) => {
        if (/^\/(glue\/)?carts\//.test(new URL(request.url()).pathname)) glue++;
      });
      // Timed in the page, on the DOM change itself: Playwright's own polling would add
      // up to hundreds of milliseconds.
      await page.evaluate((cartName) => {
        const target = window as unknown as { shownAt?: number; clickedAt?: number };
        new MutationObserver((_, observer) => {
          const heading = document.querySelector('h1')?.textContent ?? '';
          const totals = document.querySelector('[role="group"][aria-label="Totals"]');
          if (heading.startsWith(cartName) && totals) {
            target.shownAt = performance.now();
            observer.disconnect();
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
        document.addEventListener(
          'click',
          () => {
            target.clickedAt = performance.now();
          },
          { capture: true, once: true },
        );
      }, name);
      await link.click();
      await page.getByRole('group', { name: 'Totals' }).waitFor();
      const { started, ended } = await page.evaluate(() => {
        const target = window as unknown as { shownAt?: number; clickedAt?: number };
        return { started: target.clickedAt ?? NaN, ended: target.shownAt ?? NaN };
      });
      times.push(ended - started);
      glueAfterClick.push(glue);
      await context.close();
    }
  } finally {
    await browser.close();
    app.close();
  }
  report(
    'Click on a cart → its heading and items (Glue ~300 ms away, cold)',
    `median ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}, ${String(times.length)} runs); Glue requests after the click: ${String(median(glueAfterClick))}`,
  );
}

await main();
