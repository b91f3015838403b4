// What the benchmarks share: reading their samples, and waiting for a server.
import { waitForStatus } from '../scripts/http-status';

/** The sample at quantile `q` (0.5 the median, 1 the maximum), nearest-rank. */
export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ??
  NaN;

export const median = (values: number[]) => quantile(values, 0.5);

/** Waits until `url` answers at all (a server just started), for up to 30 s. */
export const waitForUrl = (url: string) => waitForStatus(url, (status) => status !== 0);
