// The production server of deploy/ (Debian's nginx via `npm run serve:prod`, over HTTPS
// with HTTP/2), header by header: app routes and missing files, caching, compression,
// security headers equal to the build's own policy, HSTS, and /glue/ passed through both
// ways, its answers neither stored nor run. (What Glue is told — the forwarded headers —
// is forwarded-deploy.spec.ts, against an echoing Glue.)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEPLOY_DIST } from '../../scripts/deploy-dist';
import { glueUrl, glueToken, JSON_API } from '../live/glue-helpers';

const DIST = DEPLOY_DIST;
const buildCsp = () =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(readFileSync(`${DIST}/index.html`, 'utf8'))?.[1]
    ?.replaceAll('&#39;', "'");
/** The largest asset of a kind (small files are sent as they are: gzip_min_length). */
const anAsset = (extension: string) => {
  const file = readdirSync(`${DIST}/assets`)
    .filter((name) => name.endsWith(extension))
    .sort((a, b) => statSync(`${DIST}/assets/${b}`).size - statSync(`${DIST}/assets/${a}`).size)[0];
  if (!file) throw new Error(`no ${extension} in ${DIST}/assets`);
  return `/assets/${file}`;
};

/** What a browser that accepts brotli gets (Chromium's header, and br alone), and one
 * that accepts only gzip. */
const ENCODINGS = [
  ['gzip, deflate, br, zstd', 'br', '.br'],
  ['br', 'br', '.br'],
  ['gzip', 'gzip', '.gz'],
] as const;

test('app routes answer index.html, precompressed and not cached; a missing asset is 404, never the app', async ({
  request,
}) => {
  const index = readFileSync(`${DIST}/index.html`, 'utf8');
  for (const route of [
    '/',
    '/login',
    '/carts/2d7222bc-cd53-519e-9f98-fa5012d1e5b4',
    '/permission-groups',
  ]) {
    for (const [accepted, encoding, suffix] of ENCODINGS) {
      const response = await request.get(route, { headers: { 'Accept-Encoding': accepted } });
      expect(response.status(), route).toBe(200);
      expect(response.headers()['content-type']).toBe('text/html');
      expect(response.headers()['cache-control']).toBe('no-cache');
      expect(response.headers()['content-encoding'], `${route}, ${accepted}`).toBe(encoding);
      expect(response.headers()['content-length']).toBe(
        String(statSync(`${DIST}/index.html${suffix}`).size),
      );
      expect(await response.text()).toBe(index);
    }
  }
  for (const missing of ['/assets/index-missing.js', '/favicon-missing.svg', '/robots.txt']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
  }
});

test('hashed assets are cached for a year and immutable; text assets come as the build precompressed them, brotli or gzip', async ({
  request,
}) => {
  for (const asset of [anAsset('.js'), anAsset('.css')]) {
    const file = `${DIST}${asset}`;
    for (const [accepted, encoding, suffix] of ENCODINGS) {
      const response = await request.get(asset, { headers: { 'Accept-Encoding': accepted } });
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['content-encoding'], `${asset}, ${accepted}`).toBe(encoding);
      expect(response.headers().vary).toBe('Accept-Encoding');
      // The build's file as it is (best level), not compressed again on the fly.
      expect(response.headers()['content-length']).toBe(String(statSync(`${file}${suffix}`).size));
      expect((await response.body()).equals(readFileSync(file))).toBe(true);
    }
  }
});

test('every page and asset carries the build’s CSP as a header, nosniff, a referrer policy, and refuses framing', async ({
  request,
}) => {
  const csp = buildCsp();
  expect(csp).toContain("connect-src 'self';");
  for (const path of ['/login', '/index.html', anAsset('.js'), '/assets/index-missing.js']) {
    const response = await request.get(path);
    const policies = response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === 'content-security-policy')
      .map((header) => header.value);
    expect(policies, path).toEqual([csp, "frame-ancestors 'none'"]);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('same-origin');
    expect(response.headers()['x-frame-options']).toBe('DENY');
  }
});

test('the app and Glue come over HTTP/2, with HSTS on every answer', async ({ page }) => {
  const response = await page.goto('/login');
  expect(response?.headers()['strict-transport-security']).toBe('max-age=31536000');
  await expect(page.getByLabel('Email')).toBeVisible();
  const protocols = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map((entry) => [entry.name, (entry as PerformanceResourceTiming).nextHopProtocol]),
  );
  expect(protocols.length).toBeGreaterThan(3);
  expect(protocols.filter(([, protocol]) => protocol !== 'h2')).toEqual([]);
});

test('the health probe of docs/deployment.md reaches Glue without a token', async ({ request }) => {
  const probe = await request.get(`${glueUrl()}/catalog-search-suggestions?q=health`);
  expect(probe.status()).toBe(200);
});

test('no path leaves the build folder', async ({ baseURL }) => {
  // Raw request lines: a client would normalise these before sending.
  const { request: raw } = await import('node:https');
  const url = new URL(baseURL ?? '');
  const status = (path: string) =>
    new Promise<number>((resolve, reject) => {
      raw({ host: url.hostname, port: url.port, path, rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
  for (const path of [
    '/../package.json',
    '/assets/../../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/glue/../package.json',
  ]) {
    expect([400, 404], path).toContain(await status(path));
  }
});

test('/glue/ reaches Glue: Authorization, If-Match and Accept-Language go in, ETag and Content-Language come out; only untagged answers are compressed, brotli or gzip', async ({
  request,
}) => {
  const token = await glueToken(request, 'eva.fischer@northwind.example');
  // As Chromium asks: brotli is welcome, so nothing below is left uncompressed by chance.
  const auth = {
    ...JSON_API,
    Authorization: `Bearer ${token}`,
    'Accept-Encoding': 'gzip, deflate, br, zstd',
  };
  const list = await request.get(`${glueUrl()}/carts`, {
    headers: { ...auth, 'Accept-Language': 'de-DE' },
  });
  expect(list.status()).toBe(200);
  expect(list.headers()['content-language']).toBe('de_DE');
  // Personal data: not kept on disk; nothing in it runs on the app's origin.
  expect(list.headers()['cache-control']).toBe('no-store');
  expect(list.headers()['content-security-policy']).toBe(
    "default-src 'none'; frame-ancestors 'none'; sandbox",
  );
  expect(list.headers()['x-content-type-options']).toBe('nosniff');
  expect(list.headers()['strict-transport-security']).toBe('max-age=31536000');
  // The list carries no entity tag: it comes compressed, brotli where the browser takes it.
  expect(list.headers()['content-encoding']).toBe('br');
  const gzipOnly = await request.get(`${glueUrl()}/carts`, {
    headers: { ...auth, 'Accept-Encoding': 'gzip' },
  });
  expect(gzipOnly.headers()['content-encoding']).toBe('gzip');
  expect(await gzipOnly.json()).toEqual(await list.json());
  const cartId = (await list.json()).data[0].id as string;
  const read = await request.get(`${glueUrl()}/carts/${cartId}`, { headers: auth });
  const etag = read.headers().etag ?? '';
  // A strong tag, as Glue sent it: the proxy does not compress (and so weaken) it.
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(read.headers()['content-encoding']).toBeUndefined();
  const stale = await request.patch(`${glueUrl()}/carts/${cartId}`, {
    headers: { ...auth, 'If-Match': '"stale"' },
    data: { data: { type: 'carts', attributes: { name: 'Eva renamed' } } },
  });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).errors).toEqual([
    { status: 412, code: '006', detail: 'If-Match header value is invalid.' },
  ]);
  const renamed = await request.patch(`${glueUrl()}/carts/${cartId}`, {
    headers: { ...auth, 'If-Match': etag },
    data: { data: { type: 'carts', attributes: { name: "Eva's cart" } } },
  });
  expect(renamed.status()).toBe(200);
  expect(renamed.headers().etag).toMatch(/^"[^"]+"$/);
  // A new cart (POST on the list's path) comes with its tag, strong and uncompressed, and
  // a rename with that tag goes through.
  const firstCart = (await list.json()).data[0].attributes as Record<string, string>;
  const created = await request.post(`${glueUrl()}/carts`, {
    headers: auth,
    data: {
      data: {
        type: 'carts',
        attributes: {
          name: 'Eva deploy check',
          priceMode: firstCart.priceMode,
          currency: firstCart.currency,
          store: firstCart.store,
        },
      },
    },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()['content-encoding']).toBeUndefined();
  const createdTag = created.headers().etag ?? '';
  expect(createdTag).toMatch(/^"[^"]+"$/);
  const createdId = (await created.json()).data.id as string;
  const renamedNew = await request.patch(`${glueUrl()}/carts/${createdId}`, {
    headers: { ...auth, 'If-Match': createdTag },
    data: { data: { type: 'carts', attributes: { name: 'Eva deploy check 2' } } },
  });
  expect(renamedNew.status()).toBe(200);
  const removed = await request.delete(`${glueUrl()}/carts/${createdId}`, { headers: auth });
  expect(removed.status()).toBe(204);
  // Without a token Glue's own 403 comes back unchanged.
  const anonymous = await request.get(`${glueUrl()}/carts`);
  expect(anonymous.status()).toBe(403);
  expect(await anonymous.json()).toEqual({
    errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
  });
});
