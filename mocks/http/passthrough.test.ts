// The mock Glue has an address of its own: handlers answer only under their base URL.
// In the browser, the page's own module requests share paths with Glue's routes
// (`/src/features/carts/cart-list-page.tsx` looks like `/carts/:cartId`): they must match
// nothing here and reach the network untouched.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { createHandlers } from './handlers';

const handlers = createHandlers(createBackend(), 'http://127.0.0.1:5173/glue');

describe('handlers at a base URL', () => {
  it('leave every request outside the base URL alone, whatever its path or Accept header', async () => {
    for (const path of [
      '/src/features/carts/cart-list-page.tsx',
      '/src/app/cart-page.tsx',
      '/carts',
      '/carts/123',
      '/glued/carts',
    ]) {
      for (const accept of ['*/*', 'application/vnd.api+json']) {
        const request = new Request(`http://127.0.0.1:5173${path}`, {
          headers: { Accept: accept },
        });
        expect(await getResponse(handlers, request)).toBeUndefined();
      }
    }
  });

  it('answer Glue requests under it, whatever they accept', async () => {
    const response = await getResponse(handlers, new Request('http://127.0.0.1:5173/glue/carts'));
    expect(response?.status).toBe(403);
    expect(await response?.json()).toEqual({
      errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
    });
  });

  it('answer an unknown path under it as Glue does: 404 "Not Found"', async () => {
    const response = await getResponse(
      handlers,
      new Request('http://127.0.0.1:5173/glue/no-such-resource'),
    );
    expect(response?.status).toBe(404);
    expect(await response?.json()).toEqual({ errors: [{ status: 404, detail: 'Not Found' }] });
  });
});
