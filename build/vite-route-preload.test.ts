// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../src/lib/i18n/language';
import { FIRST_REQUEST_KEY, type FirstRequestHolder } from '../src/lib/json-api/first-request';
import { type PreloadSettings, type PreloadTable, preloadRoute } from './vite-route-preload';

const TABLE: PreloadTable = {
  login: ['assets/login-page-1.js', 'assets/auth-1.css'],
  routes: [
    ['^/(carts/?)?$', ['assets/cart-list-page-1.js'], '/carts?include=items'],
    ['^/carts/[^/]+/?$', ['assets/cart-detail-page-1.js', 'assets/detail-1.css'], null],
  ],
};
const FIRST_REQUEST = {
  glue: '/glue',
  accept: 'application/vnd.api+json',
  languageKey: 'shared-carts.language',
  locales: { en: 'en-US', de: 'de-DE' },
  holderKey: FIRST_REQUEST_KEY,
};
const LIVE: PreloadSettings = {
  base: '/',
  sessionKey: 'shared-carts.session',
  firstRequest: FIRST_REQUEST,
};
const MOCK: PreloadSettings = { ...LIVE, firstRequest: null };
const storage = (value: string | null) => ({ getItem: () => value });
const companyUser = JSON.stringify({ companyUserId: 'cu-1', accessToken: 'token-1' });
const preloads = () =>
  Array.from(document.head.querySelectorAll('link')).map(
    (link) => `${link.rel}${link.as ? `:${link.as}` : ''} ${link.getAttribute('href') ?? ''}`,
  );
const holder = window as FirstRequestHolder;
const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset().mockResolvedValue(new Response('{}'));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  document.head.replaceChildren();
  holder[FIRST_REQUEST_KEY] = undefined;
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('the route preload', () => {
  it('preloads the page at the address for a signed-in company user, styles as styles', () => {
    preloadRoute(TABLE, MOCK, detectLanguage, '/carts/abc', storage(companyUser));
    expect(preloads()).toEqual([
      'modulepreload /assets/cart-detail-page-1.js',
      'preload:style /assets/detail-1.css',
    ]);
    expect(document.head.querySelector('link')?.getAttribute('crossorigin')).toBe('');
  });

  it('preloads the login page for anyone else: no session, a customer still choosing, a broken one', () => {
    for (const session of [null, JSON.stringify({ companyUserId: null }), '{not json']) {
      preloadRoute(TABLE, LIVE, detectLanguage, '/carts', storage(session));
      expect(preloads()).toEqual([
        'modulepreload /assets/login-page-1.js',
        'preload:style /assets/auth-1.css',
      ]);
      document.head.replaceChildren();
    }
    expect(fetchMock).not.toHaveBeenCalled();
    expect(holder[FIRST_REQUEST_KEY]).toBeUndefined();
  });

  it('preloads nothing for an address without a page of its own, and reads it below the base', () => {
    preloadRoute(TABLE, MOCK, detectLanguage, '/somewhere/else', storage(companyUser));
    expect(preloads()).toEqual([]);
    preloadRoute(
      TABLE,
      { ...MOCK, base: '/shop/' },
      detectLanguage,
      '/shop/carts',
      storage(companyUser),
    );
    expect(preloads()).toEqual(['modulepreload /shop/assets/cart-list-page-1.js']);
  });
});

describe('the first Glue request', () => {
  it('is sent for the page at the address as the app sends it, and left for the app', () => {
    preloadRoute(TABLE, LIVE, detectLanguage, '/carts', storage(companyUser));
    const headers = {
      Accept: 'application/vnd.api+json',
      'Accept-Language': 'en-US',
      Authorization: 'Bearer token-1',
    };
    const url = `${location.origin}/glue/carts?include=items`;
    expect(fetchMock).toHaveBeenCalledExactlyOnceWith(url, { headers });
    expect(holder[FIRST_REQUEST_KEY]).toEqual({ url, headers, response: expect.any(Promise) });
  });

  it('goes to a Glue on another origin as it is, and speaks the chosen language', () => {
    localStorage.setItem('shared-carts.language', 'de');
    const crossOrigin = {
      ...LIVE,
      firstRequest: { ...FIRST_REQUEST, glue: 'https://glue.example.com' },
    };
    preloadRoute(TABLE, crossOrigin, detectLanguage, '/carts/', storage(companyUser));
    expect(holder[FIRST_REQUEST_KEY]?.url).toBe('https://glue.example.com/carts?include=items');
    expect(holder[FIRST_REQUEST_KEY]?.headers['Accept-Language']).toBe('de-DE');
  });

  it('is not sent in mock mode, for a page without one, or without a token', () => {
    preloadRoute(TABLE, MOCK, detectLanguage, '/carts', storage(companyUser));
    preloadRoute(TABLE, LIVE, detectLanguage, '/carts/c-1', storage(companyUser));
    preloadRoute(
      TABLE,
      LIVE,
      detectLanguage,
      '/carts',
      storage(JSON.stringify({ companyUserId: 'cu-1' })),
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(holder[FIRST_REQUEST_KEY]).toBeUndefined();
  });
});
