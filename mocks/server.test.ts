// `npm run mock:server` as a real process: startup line, CORS (permissive and stock),
// contract over HTTP, MOCK_SCENARIO, MOCK_TOKEN_TTL, the hosts and body sizes it takes,
// and a clean exit on SIGTERM.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
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

/** A request with a Host header of our choosing (fetch may not set one). */
function withHost(url: string, host: string, method = 'GET', body?: Buffer) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        headers: {
          Host: host,
          'Content-Type': 'application/vnd.api+json',
          ...(body && { 'Content-Length': String(body.length) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body: text });
        });
      },
    );
    // The server may end the connection before all of a refused body is sent.
    req.on('error', reject);
    req.end(body);
  });
}

describe('what the mock server takes from a web page', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start({ PORT: '3196', MOCK_HOSTS: 'glue.test' });
  });
  afterAll(async () => {
    expect(await stop(running.child)).toBe(0);
  });

  it('answers its own names: 127.0.0.1, localhost, and those of MOCK_HOSTS', async () => {
    for (const host of ['127.0.0.1:3196', 'localhost:3196', 'glue.test:3196', 'localhost']) {
      expect((await withHost(`${running.url}/concrete-products/NW-1001`, host)).status).toBe(200);
    }
  });

  it('refuses any other Host (DNS rebinding) with 421 and says which it answers', async () => {
    const refused = await withHost(`${running.url}/carts`, 'rebound.evil.example:3196');
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body)).toEqual({
      errors: [
        {
          status: 421,
          detail:
            'This mock Glue answers only 127.0.0.1, localhost, glue.test (port 3196), not "rebound.evil.example:3196": set MOCK_HOSTS to add a name.',
        },
      ],
    });
    expect((await withHost(`${running.url}/carts`, 'localhost:9999')).status).toBe(421);
  });

  it('refuses a body over 1 MB with 413, and takes one of 1 MB', async () => {
    const tooBig = await withHost(
      `${running.url}/access-tokens`,
      '127.0.0.1:3196',
      'POST',
      Buffer.alloc(1024 * 1024 + 1, 0x20),
    );
    expect(tooBig).toEqual({
      status: 413,
      body: JSON.stringify({
        errors: [
          {
            status: 413,
            detail: 'Request body too large: this mock Glue takes at most 1 MB (1048576 bytes).',
          },
        ],
      }),
    });
    // 1 MB of spaces is no JSON:API document: Glue's own refusal, not the size's.
    const justFits = await withHost(
      `${running.url}/access-tokens`,
      '127.0.0.1:3196',
      'POST',
      Buffer.alloc(1024 * 1024, 0x20),
    );
    expect(justFits.status).not.toBe(413);
    expect(justFits.status).toBeLessThan(500);
  });

  it('refuses a body sent in chunks once it passes 1 MB', async () => {
    const response = await fetch(`${running.url}/access-tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/vnd.api+json' },
      // A stream: no Content-Length, so the size shows only as it arrives.
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(300 * 1024).fill(0x20));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses a MOCK_HOSTS that is no list of host names, at start', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
      env: { ...process.env, PORT: '3195', MOCK_HOSTS: 'glue.test,evil/path' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'MOCK_HOSTS must be host names, comma-separated, such as glue.test,designer.local; got "evil/path"',
    );
  });
});
