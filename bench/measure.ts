// What the benchmarks share: reading their samples, and waiting for a server.
import { setTimeout as sleep } from 'node:timers/promises';
import { statusOf } from '../scripts/http-status';

/** The sample at quantile `q` (0.5 the median, 1 the maximum), nearest-rank. */
export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ??
  NaN;

export const median = (values: number[]) => quantile(values, 0.5);

/** Waits until `url` answers at all (a server just started), for up to 30 s. */
export async function waitForUrl(url: string) {
  for (let i = 0; i < 150; i++) {
    if ((await statusOf(url)) !== 0) return;
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}
