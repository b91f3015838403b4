// In the browser the page's own module requests share paths with Glue's routes
// (`/src/features/carts/cart-list-page.tsx` looks like `/carts/:cartId`): only requests
// that ask for JSON:API are Glue's; everything else must reach the network untouched.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { asksForJsonApi, createHandlers } from './handlers';

const handlers = createHandlers(createBackend(), { isGlueRequest: asksForJsonApi });

describe('handlers in the browser', () => {
  it('leave module and page requests alone, even when their path looks like a Glue route', async () => {
    for (const path of [
      '/src/features/carts/cart-list-page.tsx',
      '/src/app/cart-page.tsx',
      '/carts',
    ]) {
      const request = new Request(`http://127.0.0.1:5173${path}`, { headers: { Accept: '*/*' } });
      expect(await getResponse(handlers, request)).toBeUndefined();
    }
  });

  it('answer the same paths when they ask for JSON:API', async () => {
    const request = new Request('http://127.0.0.1:5173/carts', {
      headers: { Accept: 'application/vnd.api+json' },
    });
    const response = await getResponse(handlers, request);
    expect(response?.status).toBe(403);
    expect(await response?.json()).toEqual({
      errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
    });
  });
});
