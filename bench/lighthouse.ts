// Lighthouse with its mobile defaults (a mid-range phone, throttled CPU and network),
// fetched by npx — not a project dependency. `lighthouse` runs the CLI on a page anyone
// can open. Pages that need someone signed in go through `lighthouseSignedIn`: a session
// lives in one tab's sessionStorage and the CLI measures in a tab of its own, so it
// drives Lighthouse's user-flow API in one tab — log in (not measured), then measure
// each page as a navigation in that same tab with its storage kept. Lighthouse and its
// puppeteer-core are imported from npx's cache.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const LIGHTHOUSE = 'lighthouse@12.8.2';
// Reports go here, whether or not the rest of the bench built into it.
mkdirSync('dist-bench', { recursive: true });

/** The part of a Lighthouse result the summary line reads. */
interface Result {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { displayValue?: string; numericValue?: number } | undefined>;
}

/** One page's figures from one Lighthouse run. */
export interface Measured {
  name: string;
  /** The summary line, or why Lighthouse could not run. */
  line: string;
  performance: number | null;
  accessibility: number | null;
  /** Largest Contentful Paint and Total Blocking Time, in ms. */
  lcpMs: number | null;
  tbtMs: number | null;
}

function measured(name: string, { categories, audits }: Result): Measured {
  const score = (category: string) => String(categories[category]?.score ?? '?');
  const audit = (id: string) => audits[id]?.displayValue ?? '?';
  return {
    name,
    line: `Lighthouse (${name}, mobile): performance ${score('performance')}, accessibility ${score('accessibility')} (LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')})`,
    performance: categories.performance?.score ?? null,
    accessibility: categories.accessibility?.score ?? null,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: audits['total-blocking-time']?.numericValue ?? null,
  };
}

const notRun = (name: string, error: unknown): Measured => ({
  name,
  line: `Lighthouse (${name}) could not run here: ${String(error)}`,
  performance: null,
  accessibility: null,
  lcpMs: null,
  tbtMs: null,
});

/** The CLI on one page; its figures, or why it could not run. */
export async function lighthouse(url: string, name: string): Promise<Measured> {
  const report = `dist-bench/lighthouse-${name.replace(/\W+/g, '-')}.json`;
  try {
    // Asynchronous: a static server in the calling process must keep answering.
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${report}`,
        // The bench's server has a self-signed certificate.
        `--chrome-flags=--headless=new --ignore-certificate-errors ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    );
    return measured(name, JSON.parse(readFileSync(report, 'utf8')) as Result);
  } catch (error) {
    return notRun(name, error);
  }
}

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
  createFlowResult(): Promise<{ steps: { name: string; lhr: Result }[] }>;
}

export interface SignedInPage {
  name: string;
  url: string;
}

export async function lighthouseSignedIn(
  app: string,
  credentials: { email: string; password: string },
  pages: SignedInPage[],
): Promise<Measured[]> {
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
    acceptInsecureCerts: true,
    args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
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
    return result.steps.map(({ name, lhr }) => measured(name, lhr));
  } catch (error) {
    return pages.map(({ name }) => notRun(`${name}, signed in`, error));
  } finally {
    await browser.close();
  }
}
