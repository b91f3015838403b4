// `npm run bench:cart-filter`: the cart list's name filter with the large scenario
// (Anna sees 504 carts), in a mock-mode production build. For each keystroke: the
// main thread's scripting time (Chrome's ScriptDuration, everything React does for the
// keystroke and the deferred list update) and the time until the list shows the
// result. Target: under 50 ms scripting per keystroke. Figures, not asserts.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { buildApp } from '../build/build-app';
import { quantile } from './measure';
import { serveDist } from '../scripts/serve-dist';
import { report } from './record';

const PORT = 4182;
const APP = `http://127.0.0.1:${String(PORT)}`;
// A word that narrows slowly, one that finds nothing, and deleting back to everything.
const TYPED = ['office', 'zzz'];

async function main() {
  buildApp('dist-navigation');
  const app = serveDist('dist-navigation', PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const scripting: number[] = [];
  const toResult: number[] = [];
  let rows = 0;
  try {
    const page = await browser.newPage();
    await page.goto(`${APP}/carts?persona=anna&scenario=large`);
    await page.getByRole('link', { name: 'Q4 office restock', exact: true }).waitFor({
      timeout: 60_000,
    });
    rows = await page.getByRole('row').count();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
    };
    const filter = page.getByRole('searchbox', { name: 'Filter by name' });
    await filter.focus();
    const keys = TYPED.flatMap((word) => [
      ...word.split(''),
      ...word.split('').map(() => 'Backspace'),
    ]);
    for (const key of keys) {
      const before = await scriptSeconds();
      // Timed in the page: from the key's event to the list showing its result (the
      // deferred render has committed when the table's row count stops changing).
      const took = await page.evaluate(async (pressed) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!input) return NaN;
        const start = performance.now();
        const value = pressed === 'Backspace' ? input.value.slice(0, -1) : input.value + pressed;
        // React tracks the value property: set it the way a keystroke does.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          value,
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Two frames: the keystroke's render, then the deferred list's. (No named
        // helpers in here: tsx would wrap them in a function the page does not have.)
        for (let i = 0; i < 2; i++) {
          await new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              setTimeout(resolve, 0);
            });
          });
        }
        return performance.now() - start;
      }, key);
      toResult.push(took);
      scripting.push(((await scriptSeconds()) - before) * 1000);
    }
  } finally {
    await browser.close();
    app.close();
  }
  const figures = (values: number[]) =>
    `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${quantile(values, 1).toFixed(1)} ms`;
  console.log(
    `Cart list name filter, large scenario (${String(rows - 1)} rows shown unfiltered), ${String(scripting.length)} keystrokes`,
  );
  report('Cart list name filter, 504 carts: scripting per keystroke', figures(scripting));
  console.log(`  each keystroke (ms): ${scripting.map((v) => v.toFixed(0)).join(' ')}`);
  report('Cart list name filter, 504 carts: keystroke → list updated', figures(toResult));
}

await main();
