// Every request has a time limit, its answer's body included: a Glue that hangs gets a
// clear message instead of a spinner. The caller's own cancel stays a cancel.
import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';
import { testClient } from './fixtures/test-client';
import { TimeoutError } from './glue-error';
import { loadCatalog, translator } from '../i18n/i18n';

/** A fetch that never answers, and stops only when its signal aborts. */
const hangingFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => {
      reject(init.signal?.reason as Error);
    });
  });

const limits = { readMs: 30, writeMs: 60 };

describe('a request Glue does not answer in time', () => {
  it('fails a read after the read limit, saying so in plain words', async () => {
    await loadCatalog('en');
    const { client } = testClient(hangingFetch, 'token', { timeouts: limits });
    const error: unknown = await client.many('/carts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limitMs: 30, write: false, checked: false });
    expect(errorMessage(error, translator('en'))).toBe(
      'The shop did not answer in time. Please try again.',
    );
  });

  it('fails a write after the write limit, saying it may have been saved', async () => {
    const { client } = testClient(hangingFetch, 'token', { timeouts: limits });
    const error: unknown = await client
      .none('DELETE', '/carts/c1/items/NW-1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', limitMs: 60, write: true });
    expect(errorMessage(error, translator('en'), 'cart')).toBe(
      'The shop did not answer in time, so your change may or may not have been saved. Check before trying again.',
    );
    // A login (or anything outside a page where the user changed something) just retries.
    expect(errorMessage(error, translator('en'), 'login')).toBe(
      'The shop did not answer in time. Please try again.',
    );
  });

  it('counts a body that never ends as no answer', async () => {
    const stalled: typeof fetch = (_input, init) =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start(controller) {
              init?.signal?.addEventListener('abort', () => {
                controller.error(init.signal?.reason);
              });
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/vnd.api+json' } },
        ),
      );
    const { client } = testClient(stalled, 'token', { timeouts: limits });
    await expect(client.many('/carts')).rejects.toBeInstanceOf(TimeoutError);
  });

  it('lets the caller’s own cancel through as a cancel', async () => {
    const { client } = testClient(hangingFetch, 'token', {
      timeouts: { readMs: 10_000, writeMs: 10_000 },
    });
    const controller = new AbortController();
    const pending = client.many('/carts', { signal: controller.signal });
    controller.abort();
    const error: unknown = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
