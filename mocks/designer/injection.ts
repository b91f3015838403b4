// Designer-only handlers that run before the Glue handlers: a delay on every Glue
// request, and a chosen failure for one endpoint. Both fall through to the real
// handlers (by returning nothing) when they have nothing to do.
import { delay, http } from 'msw';
import { failureResponse } from '../http/glue-response';
import type { FixedGlueErrorCode } from '../../src/contract/glue-errors';
import { GlueFailure, fail } from '../rules/glue-failure';
import { matches } from './endpoints';
import { LATENCY_MS, type MockSettings } from './settings';

/** For Glue at `baseUrl` only: the page's own files are never slowed down or failed. */
export function injectionHandlers(
  getSettings: () => MockSettings,
  onFailureUsed: () => void,
  baseUrl: string,
) {
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const { latency, failure } = getSettings();
      if (LATENCY_MS[latency] > 0) await delay(LATENCY_MS[latency]);
      if (!failure || !matches(failure.endpoint, request)) return undefined;
      if (failure.once) onFailureUsed();
      const injected =
        failure.response === '500'
          ? new GlueFailure([{ status: 500, detail: 'Internal Server Error' }])
          : fail(failure.response as FixedGlueErrorCode);
      return failureResponse(request, injected);
    }),
  ];
}
