// `npm run bench:buyer`: a buyer's day in figures — the live build against the HTTP mock
// server (large scenario), in Chromium. Prints the product field's scripting time per
// keystroke and its requests per typed word; the time from a colleague's write to the
// change on screen; and the long tasks of the periodic check on a 50-item cart.
// Figures, not asserts.
import { setTimeout as sleep } from 'node:timers/promises';
import { type CDPSession, type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { buildApp } from '../build/build-app';
import { median, quantile, waitForUrl } from './measure';
import { startServer } from '../scripts/process-group';
import { serveDist } from '../scripts/serve-dist';
import { report } from './record';

const GLUE_PORT = 3121;
const APP_PORT = 4183;
const GLUE = `http://127.0.0.1:${String(GLUE_PORT)}`;
const APP = `http://127.0.0.1:${String(APP_PORT)}`;
const JSON_API = { 'Content-Type': 'application/vnd.api+json', Accept: 'application/vnd.api+json' };
const WORDS = ['stapler', 'gloves', 'drill bit', 'torque', 'copy paper', 'hand truck'];
/** A brisk typist: 80 ms between keys (the debounce is 250 ms). */
const KEY_GAP_MS = 80;
const WRITE_RUNS = 5;
const CHECKS = 3;

interface Resource {
  id: string;
  attributes: Record<string, string | number | null>;
}

/** One resource answered (a token, a created cart) or several (a cart list). */
interface Answer {
  one: Resource;
  many: Resource[];
}

async function glue(
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${GLUE}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...JSON_API,
      ...(init.token && { Authorization: `Bearer ${init.token}` }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as { data?: Resource | Resource[] }).data : undefined;
  return {
    one: (Array.isArray(data) ? data[0] : data) ?? { id: '', attributes: {} },
    many: Array.isArray(data) ? data : [],
  } satisfies Answer;
}

async function token(username: string): Promise<string> {
  const login = await glue('/access-tokens', {
    method: 'POST',
    body: { data: { type: 'access-tokens', attributes: { username, password: 'change123' } } },
  });
  const { accessToken, idCompanyUser } = login.one.attributes;
  const company = await glue('/company-user-access-tokens', {
    method: 'POST',
    token: String(accessToken),
    body: { data: { type: 'company-user-access-tokens', attributes: { idCompanyUser } } },
  });
  return String(company.one.attributes.accessToken);
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

async function logIn(page: Page, email: string) {
  await page.goto(`${APP}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your carts' }).waitFor({ timeout: 30_000 });
}

/** 1. The product field: scripting per keystroke, searches per word. */
async function productField(page: Page, cdp: CDPSession) {
  await page.getByRole('link', { name: 'Summit restock' }).click();
  const input = page.getByRole('combobox', { name: 'Product' });
  await input.waitFor({ timeout: 30_000 });
  let searches = 0;
  page.on('request', (request) => {
    if (request.url().includes('/catalog-search-suggestions')) searches++;
  });
  const keyTimes: number[] = [];
  const perWord: number[] = [];
  for (const word of WORDS) {
    const before = searches;
    await input.fill('');
    await input.focus();
    for (const char of word) {
      const start = await scriptSeconds(cdp);
      await page.keyboard.type(char);
      await sleep(KEY_GAP_MS);
      keyTimes.push((await scriptSeconds(cdp)) - start);
    }
    // The pause after the word: its search goes out, its matches come back.
    await page
      .getByRole('listbox', { name: 'Matching products' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: 10_000 });
    await sleep(400);
    perWord.push(searches - before);
  }
  const ms = (s: number) => (s * 1000).toFixed(1);
  report(
    `Product field: scripting per keystroke, ${String(KEY_GAP_MS)} ms apart (\`bench:buyer\`)`,
    `median ${ms(median(keyTimes))} ms, p95 ${ms(quantile(keyTimes, 0.95))} ms, max ${ms(Math.max(...keyTimes))} ms (${String(keyTimes.length)} keystrokes)`,
  );
  report(
    'Product field: searches per typed word',
    `median ${String(median(perWord))} (${perWord.join(', ')}; words ${WORDS.join(', ')})`,
  );
}

/** 2. A colleague's write → on screen, with the page's periodic check (10 s). */
async function colleagueWrite(page: Page, gina: string, cartId: string) {
  await page.goto(`${APP}/carts/${cartId}`);
  const quantity = page.getByRole('spinbutton', { name: /^Quantity of Pallet of cable ties/ });
  await quantity.waitFor({ timeout: 30_000 });
  const delays: number[] = [];
  for (let run = 0; run < WRITE_RUNS; run++) {
    const next = 6 + run;
    // A random moment within the check's period, as a colleague's write would fall.
    await sleep(Math.random() * 10_000);
    await page.evaluate((wanted) => {
      const target = window as unknown as { shownAt?: number };
      target.shownAt = undefined;
      const timer = setInterval(() => {
        const input = document.querySelector<HTMLInputElement>('input[id^="quantity-NW-4001"]');
        if (input?.value === String(wanted)) {
          target.shownAt = Date.now();
          clearInterval(timer);
        }
      }, 20);
    }, next);
    const wroteAt = Date.now();
    await glue(`/carts/${cartId}/items/NW-4001`, {
      method: 'PATCH',
      token: gina,
      body: { data: { type: 'items', attributes: { quantity: next } } },
    });
    await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt, null, {
      timeout: 30_000,
      polling: 100,
    });
    const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
    delays.push(shownAt - wroteAt);
  }
  const s = (ms: number) => (ms / 1000).toFixed(1);
  report(
    'A colleague’s write → on screen (live, check every 10 s)',
    `median ${s(median(delays))} s (${s(Math.min(...delays))}–${s(Math.max(...delays))} s, ${String(delays.length)} runs)`,
  );
}

/** 3. The periodic check on a 50-item cart: long tasks and requests per check. */
async function periodicCheck(page: Page, anna: string, benId: string) {
  const created = await glue('/carts', {
    method: 'POST',
    token: anna,
    body: {
      data: {
        type: 'carts',
        attributes: {
          name: 'Bench 50 items',
          priceMode: 'GROSS_MODE',
          currency: 'EUR',
          store: 'DE',
        },
      },
    },
  });
  const cartId = created.one.id;
  for (let i = 1; i <= 50; i++) {
    await glue(`/carts/${cartId}/items`, {
      method: 'POST',
      token: anna,
      body: {
        data: {
          type: 'items',
          attributes: { sku: `LG-${String(i).padStart(4, '0')}`, quantity: i },
        },
      },
    });
  }
  await glue(`/carts/${cartId}/shared-carts`, {
    method: 'POST',
    token: anna,
    body: {
      data: {
        type: 'shared-carts',
        attributes: { idCompanyUser: benId, idCartPermissionGroup: 2 },
      },
    },
  });
  await page.goto(`${APP}/carts/${cartId}`);
  await page.getByRole('heading', { name: /Bench 50 items/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('row').nth(50).waitFor();
  await page.evaluate(() => {
    const target = window as unknown as { longTasks: number[] };
    target.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) target.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  let gets = 0;
  page.on('request', (request) => {
    if (request.method() === 'GET' && request.url().includes(`/carts/${cartId}`)) gets++;
  });
  // A phone's CPU, as Lighthouse's mobile runs slow it down.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await sleep(CHECKS * 10_000 + 1_000);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  report(
    'Periodic check on a 50-item cart, CPU slowed 4×',
    `${String(CHECKS)} checks, ${String(gets)} Glue requests, long tasks over 50 ms: ${longTasks.length === 0 ? 'none' : longTasks.map((d) => `${d.toFixed(0)} ms`).join(', ')}`,
  );
}

async function main() {
  buildApp('dist-bench-buyer', GLUE);
  const glueServer = startServer('npx', ['tsx', 'mocks/server.ts'], {
    env: { ...process.env, PORT: String(GLUE_PORT), MOCK_SCENARIO: 'large' },
  });
  const app = serveDist('dist-bench-buyer', APP_PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForUrl(`${GLUE}/concrete-products/NW-1001`);
    await waitForUrl(APP);
    const [anna, gina] = await Promise.all([
      token('anna.keller@northwind.example'),
      token('gina.rossi@summit.example'),
    ]);
    const summit = (await glue('/carts', { token: gina })).many.find(
      (cart) => cart.attributes.name === 'Summit restock',
    );
    if (!summit) throw new Error('Gina has no Summit restock');

    const frank = await browser.newPage();
    const cdp = await frank.context().newCDPSession(frank);
    await cdp.send('Performance.enable');
    await logIn(frank, 'frank.meyer@summit.example');
    await productField(frank, cdp);
    await colleagueWrite(frank, gina, summit.id);

    const ben = await browser.newPage();
    await logIn(ben, 'ben.ortiz@northwind.example');
    const benLogin = await glue('/access-tokens', {
      method: 'POST',
      body: {
        data: {
          type: 'access-tokens',
          attributes: { username: 'ben.ortiz@northwind.example', password: 'change123' },
        },
      },
    });
    await periodicCheck(ben, anna, String(benLogin.one.attributes.idCompanyUser));
  } finally {
    await browser.close();
    await glueServer.stop();
    app.close();
  }
}

await main();
