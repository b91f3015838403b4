// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { type PreloadTable, preloadRoute } from './vite-route-preload';

const TABLE: PreloadTable = {
  login: ['assets/login-page-1.js', 'assets/auth-1.css'],
  routes: [
    ['^/(carts/?)?$', ['assets/cart-list-page-1.js']],
    ['^/carts/[^/]+/?$', ['assets/cart-detail-page-1.js', 'assets/detail-1.css']],
  ],
};
const KEY = 'shared-carts.session';
const storage = (value: string | null) => ({ getItem: () => value });
const companyUser = JSON.stringify({ companyUserId: 'cu-1' });
const preloads = () =>
  Array.from(document.head.querySelectorAll('link')).map(
    (link) => `${link.rel}${link.as ? `:${link.as}` : ''} ${link.getAttribute('href') ?? ''}`,
  );

afterEach(() => {
  document.head.replaceChildren();
});

describe('the route preload', () => {
  it('preloads the page at the address for a signed-in company user, styles as styles', () => {
    preloadRoute(TABLE, '/', KEY, '/carts/abc', storage(companyUser));
    expect(preloads()).toEqual([
      'modulepreload /assets/cart-detail-page-1.js',
      'preload:style /assets/detail-1.css',
    ]);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('preloads the login page for anyone else: no session, a customer still choosing, a broken one', () => {
    for (const session of [null, JSON.stringify({ companyUserId: null }), '{not json']) {
      preloadRoute(TABLE, '/', KEY, '/carts', storage(session));
      expect(preloads()).toEqual([
        'modulepreload /assets/login-page-1.js',
        'preload:style /assets/auth-1.css',
      ]);
      document.head.replaceChildren();
    }
  });

  it('preloads nothing for an address without a page of its own, and reads it below the base', () => {
    preloadRoute(TABLE, '/', KEY, '/somewhere/else', storage(companyUser));
    expect(preloads()).toEqual([]);
    preloadRoute(TABLE, '/shop/', KEY, '/shop/carts', storage(companyUser));
    expect(preloads()).toEqual(['modulepreload /shop/assets/cart-list-page-1.js']);
  });
});
