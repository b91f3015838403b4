// Lighthouse (mobile defaults: a mid-range phone, throttled CPU and network) on pages
// that need someone signed in. A session lives in one tab's sessionStorage, and the
// Lighthouse CLI measures in a tab of its own — so this drives Lighthouse's user-flow
// API in one tab: log in (not measured), then measure each page as a navigation in that
// same tab with its storage kept. Lighthouse and its puppeteer-core are fetched by npx
// like the CLI (not project dependencies) and imported from npx's cache.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const LIGHTHOUSE = 'lighthouse@12.8.2';

/** The node_modules folder npx installed Lighthouse into. */
function npxModules(): string {
  const path = execFileSync(
    'npm',
    ['exec', '--yes', `--package=${LIGHTHOUSE}`, '-c', 'echo $PATH'],
    {
      encoding: 'utf8',
    },
  );
  const bin = path
    .trim()
    .split(':')
    .find((entry) => entry.includes('_npx') && entry.endsWith('node_modules/.bin'));
  if (!bin) throw new Error(`npx did not install ${LIGHTHOUSE}`);
  return dirname(bin);
}

// Just what is used here of the two packages' APIs.
interface Page {
  goto(url: string): Promise<unknown>;
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  waitForSelector(selector: string, options?: { timeout: number }): Promise<unknown>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Flow {
  navigate(
    url: string,
    options: { name: string; flags: { disableStorageReset: boolean } },
  ): Promise<void>;
  createFlowResult(): Promise<{
    steps: {
      name: string;
      lhr: {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { displayValue?: string }>;
      };
    }[];
  }>;
}

export interface SignedInPage {
  name: string;
  url: string;
}

export async function lighthouseSignedIn(
  app: string,
  credentials: { email: string; password: string },
  pages: SignedInPage[],
): Promise<string[]> {
  const modules = npxModules();
  const puppeteer = (await import(
    pathToFileURL(`${modules}/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js`).href
  )) as { default: { launch(options: object): Promise<Browser> } };
  const { startFlow } = (await import(
    pathToFileURL(`${modules}/lighthouse/core/index.js`).href
  )) as {
    startFlow: (page: Page, options: object) => Promise<Flow>;
  };
  const browser = await puppeteer.default.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      flags: { onlyCategories: ['performance', 'accessibility'] },
    });
    await page.goto(`${app}/login`);
    await page.waitForSelector('input[type=email]');
    await page.type('input[type=email]', credentials.email);
    await page.type('input[type=password]', credentials.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('table', { timeout: 60_000 });
    for (const { name, url } of pages) {
      await flow.navigate(url, { name, flags: { disableStorageReset: true } });
    }
    const result = await flow.createFlowResult();
    // The whole flow for a closer look (bootup time, long tasks, requests per step).
    writeFileSync('dist-bench/lighthouse-signed-in.json', JSON.stringify(result));
    const { steps } = result;
    return steps.map(({ name, lhr }) => {
      const score = (category: string) => String(lhr.categories[category]?.score ?? '?');
      const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
      return `Lighthouse (${name}, mobile): performance ${score('performance')}, accessibility ${score('accessibility')} (LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')})`;
    });
  } finally {
    await browser.close();
  }
}
