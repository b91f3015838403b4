// `npm run bench:ui`: the live build against the HTTP mock server (large scenario), in
// Chromium. Prints first-visit JavaScript, Glue requests per page, and scripting time
// for the cart list and for keystrokes in the colleague filter. Figures, not asserts.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { startServer } from '../scripts/process-group';
import { gzipSync } from 'node:zlib';
import { type CDPSession, type Page, chromium } from '@playwright/test';
import { buildApp } from '../build/build-app';
import { median, quantile, waitForUrl } from './measure';
import { serveDist } from '../scripts/serve-dist';
import { CART } from '../mocks/test/ids';
import { LARGE_SCENARIO_SIZES } from '../mocks/db/large-scenario';
import { type Measured, lighthouse, lighthouseSignedIn } from './lighthouse';
import { report } from './record';
import { deployCertificate } from '../scripts/tls-cert';
/** A build made another way for comparison (see vite.config.ts), named in the figures. */
const BUILD_NOTE = process.env.BUILD_CHUNK_GROUPS === 'off' ? ', no page chunk groups' : '';

const GLUE_PORT = 3120;
const APP_PORT = 4180;
const GLUE = `http://127.0.0.1:${String(GLUE_PORT)}`;
const APP = `http://127.0.0.1:${String(APP_PORT)}`;
const RUNS = 5;
// Lighthouse goes through the production server of deploy/: over HTTPS with HTTP/2, as a
// shop serves it at its edge, unless BENCH_HTTP1=1 (plain HTTP/1.1, TLS ending in front).
const PROD_PORT = 4182;
const OVER_HTTP1 = process.env.BENCH_HTTP1 === '1';
const PROD = `${OVER_HTTP1 ? 'http' : 'https'}://localhost:${String(PROD_PORT)}`;
const PROTOCOL = OVER_HTTP1 ? 'HTTP/1.1' : 'HTTPS, HTTP/2';
const LIGHTHOUSE_RUNS = 3;
// Anna's carts in the large scenario: her four demo carts and the scenario's.
const ANNAS_CARTS =
  4 + LARGE_SCENARIO_SIZES.annasExtraCarts + LARGE_SCENARIO_SIZES.cartsSharedWithAnna;

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );

async function logIn(page: Page) {
  await page.goto(`${APP}/login`);
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your carts' }).waitFor();
  await page.getByRole('link', { name: 'Q4 office restock' }).waitFor({ timeout: 30_000 });
}

async function main() {
  buildApp('dist-bench', GLUE);
  const glueServer = startServer('npx', ['tsx', 'mocks/server.ts'], {
    env: { ...process.env, PORT: String(GLUE_PORT), MOCK_SCENARIO: 'large' },
  });
  const app = serveDist('dist-bench', APP_PORT);
  try {
    await waitForUrl(`${GLUE}/concrete-products/NW-1001`);
    await waitForUrl(APP);
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });

    // 1. First visit: every script the login page loads, gzip-compressed.
    const visit = await browser.newPage();
    const scripts: Buffer[] = [];
    visit.on('response', (response) => {
      if (response.url().endsWith('.js')) void response.body().then((body) => scripts.push(body));
    });
    await visit.goto(`${APP}/login`);
    await visit.getByLabel('Email').waitFor();
    await visit.waitForLoadState('networkidle');
    const firstVisit = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
    report(
      'First-visit JavaScript in the browser (`/login`, live build)',
      `${(firstVisit / 1024).toFixed(1)} KB gzip in ${String(scripts.length)} files`,
    );
    await visit.close();

    // 2. Glue requests per page.
    const page = await browser.newPage();
    const glue: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.port === String(GLUE_PORT) && request.method() !== 'OPTIONS') {
        glue.push(`${request.method()} ${url.pathname}`);
      }
    });
    await logIn(page);
    const count = async (action: () => Promise<void>) => {
      glue.length = 0;
      await action();
      await page.waitForLoadState('networkidle');
      return [...glue];
    };
    const list = await count(async () => {
      await page.reload();
      await page.getByRole('link', { name: 'Q4 office restock' }).waitFor({ timeout: 30_000 });
    });
    const byLink = await count(async () => {
      await page.goto(`${APP}/carts/${CART.q4}`);
      await page.getByRole('button', { name: 'Share with colleagues' }).waitFor();
    });
    await page.goto(`${APP}/carts`);
    await page.getByRole('link', { name: 'Q4 office restock' }).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const detail = await count(async () => {
      await page.getByRole('link', { name: 'Empty draft' }).click();
      await page.getByRole('button', { name: 'Share with colleagues' }).waitFor();
    });
    const panel = await count(async () => {
      await page.getByRole('button', { name: 'Share with colleagues' }).click();
      await page.getByRole('combobox', { name: 'Colleagues' }).waitFor({ timeout: 30_000 });
    });
    const describe = (requests: string[]) =>
      `${String(requests.length)} (${[...new Set(requests)].map((r) => `${r} ×${String(requests.filter((x) => x === r).length)}`).join(', ')})`;
    report('Glue requests: cart list page load (incl. header)', describe(list));
    report('Glue requests: cart page opened by a link', describe(byLink));
    report('Glue requests: cart page opened from the list', describe(detail));
    report('Glue requests: opening the share panel (10,005 colleagues)', describe(panel));

    // 3. Scripting time: rendering the cart list (all of Anna's carts), client-side
    // navigation: until its first rows are painted, until every row is there, and the
    // longest task on the way (what blocks a tap meanwhile).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const firstRows: number[] = [];
    const allRows: number[] = [];
    const longest: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${APP}/permission-groups`);
      await page.getByRole('heading', { name: 'Permission groups' }).waitFor();
      await settle(page);
      await page.evaluate(() => {
        const tasks: number[] = [];
        Object.assign(window, { benchLongTasks: tasks });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const before = await scriptSeconds(cdp);
      // "Carts" carries the New count in its name ("Carts (200 new)").
      await page.getByRole('link', { name: /^Carts/ }).click();
      // Checked in animation frames: true in the frame that paints the first rows.
      await page.waitForFunction(() => document.querySelector('tbody tr') !== null, undefined, {
        polling: 'raf',
        timeout: 30_000,
      });
      firstRows.push((await scriptSeconds(cdp)) - before);
      await page.waitForFunction(
        (all) => document.querySelectorAll('tbody tr').length === all,
        ANNAS_CARTS,
        { timeout: 30_000 },
      );
      await settle(page);
      allRows.push((await scriptSeconds(cdp)) - before);
      longest.push(
        await page.evaluate(() =>
          Math.max(0, ...(window as unknown as { benchLongTasks: number[] }).benchLongTasks),
        ),
      );
    }
    const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
    report(
      `Scripting to render the cart list (${String(ANNAS_CARTS)} carts)`,
      `first rows painted ${String(summary(firstRows, ms))}; all rows ${String(summary(allRows, ms))}; longest task ${String(summary(longest, (taskMs) => `${taskMs.toFixed(0)} ms`))}`,
    );

    // 4. Scripting time per keystroke in the colleague filter.
    await page.getByRole('link', { name: 'Empty draft' }).click();
    await page.getByRole('button', { name: 'Share with colleagues' }).click();
    const input = page.getByRole('combobox', { name: 'Colleagues' });
    await input.waitFor({ timeout: 30_000 });
    await input.focus();
    const keyTimes: number[] = [];
    for (const word of ['sophie', 'müller', 'lena.schmidt', 'jonas web']) {
      for (const char of word) {
        await settle(page);
        const before = await scriptSeconds(cdp);
        await page.keyboard.type(char);
        await settle(page);
        keyTimes.push((await scriptSeconds(cdp)) - before);
      }
      await input.fill('');
    }
    report(
      'Colleague filter (10,005 colleagues): scripting per keystroke',
      `median ${(median(keyTimes) * 1000).toFixed(1)} ms, p95 ${(quantile(keyTimes, 0.95) * 1000).toFixed(1)} ms (${String(keyTimes.length)} keystrokes)`,
    );
    await browser.close();
  } finally {
    await glueServer.stop();
    app.close();
  }
}

/** Median and spread of one figure over the runs, or null when no run produced it. */
function summary(values: (number | null | undefined)[], format: (value: number) => string) {
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return null;
  return `median ${format(median(numbers))} (${format(Math.min(...numbers))}–${format(Math.max(...numbers))} over ${String(numbers.length)} runs)`;
}

/**
 * Lighthouse, measured as a shop would serve the app: a `/glue` build behind
 * `npm run serve:prod` (nginx, deploy/), three runs, the median and the spread. With the
 * demo data (a company user with a handful of carts, as most have): the login page, and
 * — signed in, the session being per tab — the cart list and a cart. With the large
 * scenario: Anna's list of all her carts.
 */
async function lighthouseRuns(scenario: 'demo' | 'large') {
  buildApp('dist-bench-prod', '/glue');
  const tls = OVER_HTTP1 ? null : deployCertificate();
  const glueServer = startServer('npx', ['tsx', 'mocks/server.ts'], {
    env: { ...process.env, PORT: String(GLUE_PORT), MOCK_SCENARIO: scenario, MOCK_CORS: 'stock' },
  });
  const app = startServer('bash', ['deploy/serve-prod.sh'], {
    env: {
      ...process.env,
      PORT: String(PROD_PORT),
      DIST_DIR: 'dist-bench-prod',
      GLUE_UPSTREAM: GLUE,
      ...(tls && { TLS_CERT: tls.cert, TLS_KEY: tls.key }),
    },
  });
  const anna = { email: 'anna.keller@northwind.example', password: 'change123' };
  try {
    await waitForUrl(`${GLUE}/concrete-products/NW-1001`);
    await waitForUrl(`${PROD}/login`);
    const runs: Measured[][] = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const round =
        scenario === 'demo'
          ? [
              await lighthouse(`${PROD}/login`, '/login'),
              ...(await lighthouseSignedIn(PROD, anna, [
                { name: 'cart list', url: `${PROD}/carts` },
                { name: 'cart detail', url: `${PROD}/carts/${CART.q4}` },
              ])),
            ]
          : await lighthouseSignedIn(PROD, anna, [
              { name: `cart list, ${String(ANNAS_CARTS)} carts`, url: `${PROD}/carts` },
            ]);
      for (const page of round) console.log(`run ${String(run)}: ${page.line}`);
      runs.push(round);
    }
    for (const [index, { name }] of (runs[0] ?? []).entries()) {
      const of = (pick: (page: Measured) => number | null) =>
        runs.map((round) => (round[index] ? pick(round[index]) : null));
      const performance = summary(
        of((page) => page.performance),
        (score) => score.toFixed(2),
      );
      if (!performance) continue;
      const lcp = summary(
        of((page) => page.lcpMs),
        (ms) => `${(ms / 1000).toFixed(2)} s`,
      );
      const tbt = summary(
        of((page) => page.tbtMs),
        (ms) => `${ms.toFixed(0)} ms`,
      );
      report(
        `Lighthouse mobile, ${name} (\`npm run serve:prod\`, ${PROTOCOL}${BUILD_NOTE})`,
        `performance ${performance}; LCP ${String(lcp)}; TBT ${String(tbt)}`,
      );
    }
  } finally {
    await glueServer.stop();
    await app.stop();
  }
}

// `BENCH_UI=pages` runs only the part before Lighthouse, `BENCH_UI=lighthouse` only
// Lighthouse with the demo data (its three runs take minutes), `BENCH_UI=lighthouse-large`
// only Lighthouse with the large scenario.
const only = process.env.BENCH_UI;
if (!only || only === 'pages') await main();
if (!only || only === 'lighthouse') await lighthouseRuns('demo');
if (!only || only === 'lighthouse-large') await lighthouseRuns('large');
