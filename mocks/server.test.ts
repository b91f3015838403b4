// `npm run mock:server` as a real process: startup line, CORS (permissive and stock),
// contract over HTTP, MOCK_SCENARIO, MOCK_TOKEN_TTL, and a clean exit on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as mswServer } from './node';

// This file talks to a real server: the in-process MSW interception must be off.
beforeAll(() => {
  mswServer.close();
});
afterAll(() => {
  mswServer.listen({ onUnhandledRequest: 'error' });
});

interface Running {
  child: ChildProcess;
  url: string;
  firstLine: string;
}

function start(env: Record<string, string>): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], firstLine: out.split('\n')[0] ?? '' });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${String(code)}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

const login = (url: string, email: string) =>
  fetch(`${url}/access-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.api+json' },
    body: JSON.stringify({
      data: { type: 'access-tokens', attributes: { username: email, password: 'change123' } },
    }),
  });

describe('the HTTP mock server', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start({ PORT: '3197' });
  });
  afterAll(async () => {
    expect(await stop(running.child)).toBe(0);
  });

  it('prints one line with its URL when ready', () => {
    expect(running.url).toBe('http://127.0.0.1:3197');
    expect(running.firstLine).toContain('http://127.0.0.1:3197');
  });

  it('serves Glue at the root path with the literal 002 error', async () => {
    const response = await fetch(`${running.url}/carts`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/vnd.api+json');
    expect(await response.json()).toEqual({
      errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
    });
  });

  it('answers a CORS preflight from a localhost origin, with Authorization and Accept-Language', async () => {
    const response = await fetch(`${running.url}/carts`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4173',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,accept-language,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('accept-language');
    // Renaming a cart sends its entity tag back (docs/glue-api.md §6a).
    expect(allowed).toContain('if-match');
  });

  it('adds CORS headers for 127.0.0.1 origins and none for other origins', async () => {
    const local = await fetch(`${running.url}/concrete-products/NW-1001`, {
      headers: { Origin: 'http://127.0.0.1:5173' },
    });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(local.headers.get('access-control-expose-headers')).toContain('Content-Language');
    // Without this a cross-origin app cannot read a cart's tag and every rename is a 428.
    expect(local.headers.get('access-control-expose-headers')).toContain('ETag');
    const foreign = await fetch(`${running.url}/concrete-products/NW-1001`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs in and lists carts over real HTTP', async () => {
    const response = await login(running.url, 'ben.ortiz@northwind.example');
    expect(response.status).toBe(201);
    const { accessToken } = (
      (await response.json()) as { data: { attributes: { accessToken: string } } }
    ).data.attributes;
    const carts = await fetch(`${running.url}/carts`, {
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(carts.status).toBe(200);
    expect(((await carts.json()) as { links: { self: string } }).links.self).toBe(
      `${running.url}/carts`,
    );
  });
});

describe('MOCK_CORS=stock: a stock Glue’s CORS over real HTTP (docs/glue-api.md §10)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start({ PORT: '3196', MOCK_CORS: 'stock' });
  });
  afterAll(async () => {
    expect(await stop(running.child)).toBe(0);
  });

  const preflight = (requestHeaders: string) =>
    fetch(`${running.url}/carts/some-cart`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4175',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': requestHeaders,
      },
    });

  it('says so in its startup line', () => {
    expect(running.firstLine).toContain('stock CORS');
  });

  it('allows the stock headers with allow-origin * and nothing else', async () => {
    const response = await preflight('authorization,content-type,accept-language');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'accept, content-type, content-language, accept-language, authorization, X-Anonymous-Customer-Unique-Id, access-control-allow-origin',
    );
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
    expect(response.headers.get('access-control-max-age')).toBeNull();
    expect(response.headers.get('vary')).toBeNull();
  });

  it('refuses a rename’s preflight (if-match) with a plain-text 403 Not allowed.', async () => {
    const response = await preflight('authorization,content-type,if-match');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await response.text()).toBe('Not allowed.');
  });

  it('answers an incomplete preflight with 501', async () => {
    const response = await fetch(`${running.url}/carts`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4175', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(501);
  });

  it('sends allow-origin * and exposes no ETag on an answer', async () => {
    const response = await fetch(`${running.url}/concrete-products/NW-1001`, {
      headers: { Origin: 'http://127.0.0.1:4175' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });
});

describe('server options', () => {
  it('builds the large scenario with MOCK_SCENARIO=large and expires tokens after MOCK_TOKEN_TTL', async () => {
    const running = await start({ PORT: '3198', MOCK_SCENARIO: 'large', MOCK_TOKEN_TTL: '1' });
    try {
      expect(running.firstLine).toContain('large');
      const response = await login(running.url, 'anna.keller@northwind.example');
      const attributes = (
        (await response.json()) as {
          data: { attributes: { accessToken: string; expiresIn: number } };
        }
      ).data.attributes;
      expect(attributes.expiresIn).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const carts = await fetch(`${running.url}/carts`, {
        headers: { Authorization: `Bearer ${attributes.accessToken}` },
      });
      expect(carts.status).toBe(401);
      expect(carts.headers.get('www-authenticate')).toBe('Bearer realm="Access to shop API"');
    } finally {
      expect(await stop(running.child)).toBe(0);
    }
  });
});
