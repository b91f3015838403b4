// What the benchmarks share: building the app for a mode, and reading their samples.
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Builds the app into `outDir`: mock mode without a Glue URL, live mode with one. */
export function buildApp(outDir: string, glueUrl = '', logLevel: 'error' | 'warn' = 'error') {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', logLevel], {
    stdio: 'inherit',
    env: { ...process.env, VITE_GLUE_URL: glueUrl },
  });
}

/** The sample at quantile `q` (0.5 the median, 1 the maximum), nearest-rank. */
export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ??
  NaN;

export const median = (values: number[]) => quantile(values, 0.5);

/** Waits until `url` answers at all (a server just started), for up to 30 s. */
export async function waitForUrl(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${url} did not come up`);
}
