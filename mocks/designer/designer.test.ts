import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { injectionHandlers } from './injection';
import { DEFAULT_SETTINGS, type MockSettings, readSettings } from './settings';

describe('designer settings', () => {
  it('reads URL parameters over stored settings', () => {
    const stored = JSON.stringify({ ...DEFAULT_SETTINGS, latency: 'realistic', toolbarOpen: true });
    expect(
      readSettings(stored, '?scenario=large&latency=slow&fail=share-create:2703&failOnce=1'),
    ).toEqual({
      scenario: 'large',
      latency: 'slow',
      failure: { endpoint: 'share-create', response: '2703', once: true },
      toolbarOpen: true,
    });
  });

  it('ignores values it does not know and unreadable storage', () => {
    expect(readSettings('{broken', '?scenario=huge&latency=warp&fail=nowhere:500')).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(readSettings(null, '?fail=carts-list:9999').failure).toBeNull();
    expect(readSettings(null, '?fail=carts-list:500').failure).toEqual({
      endpoint: 'carts-list',
      response: '500',
      once: false,
    });
  });
});

describe('failure injection', () => {
  const real = http.all('*', () => HttpResponse.json({ data: [] }));
  const run = async (
    settings: MockSettings,
    method: string,
    path: string,
    onUsed = () => undefined,
  ) => {
    const handlers = [...injectionHandlers(() => settings, onUsed, 'http://glue.test'), real];
    const response = await getResponse(
      handlers,
      new Request(`http://glue.test${path}`, { method }),
    );
    return { status: response?.status, body: (await response?.json()) as unknown };
  };

  it('passes requests through when nothing is injected', async () => {
    expect(await run(DEFAULT_SETTINGS, 'GET', '/carts')).toEqual({
      status: 200,
      body: { data: [] },
    });
  });

  it('answers a chosen Glue error for the chosen endpoint only', async () => {
    const settings: MockSettings = {
      ...DEFAULT_SETTINGS,
      failure: { endpoint: 'share-create', response: '2703', once: false },
    };
    expect(await run(settings, 'POST', '/carts/abc/shared-carts')).toEqual({
      status: 403,
      body: {
        errors: [
          {
            status: 403,
            code: '2703',
            detail: 'Cart can be shared only with company users from same company.',
          },
        ],
      },
    });
    expect((await run(settings, 'GET', '/carts')).status).toBe(200);
  });

  it('answers a 500 without a code, and reports a one-shot failure as used', async () => {
    let used = 0;
    const settings: MockSettings = {
      ...DEFAULT_SETTINGS,
      failure: { endpoint: 'carts-list', response: '500', once: true },
    };
    const result = await run(settings, 'GET', '/carts', () => {
      used++;
    });
    expect(result).toEqual({
      status: 500,
      body: { errors: [{ status: 500, detail: 'Internal Server Error' }] },
    });
    expect(used).toBe(1);
  });

  it('fails checkout and vouchers for a designer: 1102 on Place order, 3302 on a code', async () => {
    const checkout: MockSettings = {
      ...DEFAULT_SETTINGS,
      failure: { endpoint: 'checkout', response: '1102', once: false },
    };
    expect(await run(checkout, 'POST', '/checkout?include=orders')).toEqual({
      status: 422,
      body: { errors: [{ status: 422, code: '1102', detail: 'Order could not be placed.' }] },
    });
    // Only the order itself: the form's own request still answers.
    expect((await run(checkout, 'POST', '/checkout-data')).status).toBe(200);
    const voucher: MockSettings = {
      ...DEFAULT_SETTINGS,
      failure: { endpoint: 'voucher-add', response: '3302', once: false },
    };
    expect(await run(voucher, 'POST', '/carts/abc/vouchers')).toEqual({
      status: 422,
      body: { errors: [{ status: 422, code: '3302', detail: "Cart code can't be added." }] },
    });
    expect(readSettings(null, '?fail=checkout:1102').failure?.endpoint).toBe('checkout');
  });
});
