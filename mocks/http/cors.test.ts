// The two CORS policies of the HTTP mock server, as plain functions (docs/glue-api.md §10).
import { describe, expect, it } from 'vitest';
import { decideCors, resourceTypeOf } from './cors';

const preflight = (path: string, method: string, requestHeaders?: string) => ({
  method: 'OPTIONS',
  path,
  headers: {
    origin: 'http://127.0.0.1:4175',
    'access-control-request-method': method,
    'access-control-request-headers': requestHeaders,
  },
});

const STOCK_HEADERS =
  'accept, content-type, content-language, accept-language, authorization, X-Anonymous-Customer-Unique-Id, access-control-allow-origin';

describe('stock CORS (a stock Glue, §10)', () => {
  it('answers a preflight with 200, allow-origin *, the route’s methods and the stock headers', () => {
    expect(
      decideCors('stock', preflight('/carts/abc', 'PATCH', 'authorization,content-type')),
    ).toEqual({
      kind: 'answer',
      status: 200,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': STOCK_HEADERS,
      },
      body: '',
    });
  });

  it('refuses a preflight that asks for if-match with a plain-text 403 and no CORS headers', () => {
    expect(
      decideCors('stock', preflight('/carts/abc', 'PATCH', 'authorization,content-type,if-match')),
    ).toEqual({
      kind: 'answer',
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
      body: 'Not allowed.',
    });
  });

  it('refuses a method the route does not have', () => {
    const decision = decideCors(
      'stock',
      preflight('/cart-permission-groups', 'DELETE', 'authorization'),
    );
    expect(decision).toMatchObject({ status: 403, body: 'Not allowed.' });
  });

  it('answers an incomplete preflight with 501', () => {
    const decision = decideCors('stock', {
      method: 'OPTIONS',
      path: '/carts',
      headers: { origin: 'http://127.0.0.1:4175', 'access-control-request-method': 'GET' },
    });
    expect(decision).toMatchObject({ kind: 'answer', status: 501 });
  });

  it('adds allow-origin * to every answer, never echoes the origin, exposes nothing', () => {
    expect(
      decideCors('stock', { method: 'GET', path: '/carts', headers: { origin: 'http://x.test' } }),
    ).toEqual({ kind: 'continue', headers: { 'Access-Control-Allow-Origin': '*' } });
  });

  it('finds the resource of a nested path', () => {
    expect(resourceTypeOf('/carts/1/items/NW-1001?include=items')).toBe('items');
    expect(resourceTypeOf('/carts/1/shared-carts')).toBe('shared-carts');
    expect(resourceTypeOf('/nothing/here')).toBeUndefined();
  });
});

describe('permissive CORS (the default)', () => {
  it('echoes a localhost origin, allows If-Match and exposes ETag', () => {
    const decision = decideCors('permissive', preflight('/carts/abc', 'PATCH', 'if-match'));
    expect(decision).toMatchObject({ kind: 'answer', status: 204 });
    expect(decision.headers['Access-Control-Allow-Origin']).toBe('http://127.0.0.1:4175');
    expect(decision.headers['Access-Control-Allow-Headers']).toContain('If-Match');
    expect(decision.headers['Access-Control-Expose-Headers']).toContain('ETag');
  });

  it('sends nothing to another origin', () => {
    expect(
      decideCors('permissive', {
        method: 'GET',
        path: '/carts',
        headers: { origin: 'https://evil.example' },
      }),
    ).toEqual({ kind: 'continue', headers: {} });
  });
});
