// `npm run bench:order`: from a click on "Order this cart" to a form that can place the
// order (Place order enabled), with Glue ~300 ms away (the designer's "realistic"
// latency), in a mock-mode production build. The form's request starts when the pointer
// reaches the link, and the route's loader starts it too: the form should be ready one
// Glue round trip after the user asks, or sooner. Every run starts cold (new browser
// context). Figures, not asserts: median of seven runs, and the spread.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { buildApp } from '../build/build-app';
import { median, quantile } from './measure';
import { serveDist } from '../scripts/serve-dist';
import { report } from './record';

const PORT = 4182;
const APP = `http://127.0.0.1:${String(PORT)}`;
const RUNS = 7;

async function main() {
  buildApp('dist-order-form');
  const app = serveDist('dist-order-form', PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const times: number[] = [];
  const requests: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${APP}/carts?persona=anna&latency=realistic`);
      await page.getByRole('link', { name: 'Q4 office restock', exact: true }).click();
      const link = page.getByRole('link', { name: 'Order this cart' });
      await link.waitFor({ timeout: 30_000 });
      let checkoutData = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('/checkout-data')) checkoutData++;
      });
      // The pointer comes to the link, as a person's does, a moment before the click.
      await link.hover();
      await page.waitForTimeout(150);
      const clickedAt = await page.evaluate(() => performance.now());
      await link.click();
      await page.getByRole('button', { name: 'Place order' }).waitFor();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('button')).some(
          (b) => b.textContent === 'Place order' && !b.disabled,
        ),
      );
      const readyAt = await page.evaluate(() => performance.now());
      times.push(readyAt - clickedAt);
      requests.push(checkoutData);
      await context.close();
    }
  } finally {
    await browser.close();
    app.close();
  }
  const ms = (value: number) => value.toFixed(0);
  report(
    '“Order this cart” → the form ready (Glue ~300 ms away, cold)',
    `median ${ms(median(times))} ms (${ms(quantile(times, 0))}–${ms(quantile(times, 1))}, ${String(times.length)} runs); checkout-data requests per visit: ${String(median(requests))}`,
  );
}

await main();
