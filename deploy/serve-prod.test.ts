// `npm run serve:prod` (deploy/serve-prod.sh) as a process: what it refuses and why, the
// 502 page of its proxy while Glue is down, a run as an ordinary user, a stop of its
// process group that leaves no nginx and no temporary folder behind, HTTPS with HTTP/2,
// and what Glue is told and what its answers carry (an echoing Glue). The pages' headers
// and the journeys through it are the Playwright `deploy` project's (e2e/deploy/).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, connect as tcpConnect } from 'node:net';
import { createServer } from 'node:http';
import { connect as http2Connect } from 'node:http2';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testCertificate } from '../scripts/tls-cert';

const SCRIPT = path.resolve(import.meta.dirname, 'serve-prod.sh');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A small live build: index.html with the build's CSP meta tag, one hashed asset. */
function fakeBuild(withCsp = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'serve-prod-dist-'));
  const meta = withCsp
    ? `<meta http-equiv="Content-Security-Policy" content="${CSP.replaceAll("'", '&#39;')}">`
    : '';
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head>${meta}</head></html>`);
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1);\n');
  // nginx's workers may run as nobody: the folder must be theirs to read.
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

/** A Glue answer big enough to be compressed (gzip_min_length). */
const FAKE_CARTS = JSON.stringify({
  data: Array.from({ length: 40 }, (_, i) => ({
    type: 'carts',
    id: `c${String(i)}`,
    attributes: { name: `Cart ${String(i)}` },
  })),
  links: { self: '/carts' },
});

/**
 * A Glue that answers a cart list (`/carts…`, a single cart with an entity tag) and
 * echoes the request headers it was sent (any other path; `…own-cache` with a
 * Cache-Control of its own).
 */
async function fakeGlue() {
  const server = createServer((request, response) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/vnd.api+json' };
    if (request.url?.startsWith('/carts')) {
      if (request.url.startsWith('/carts/')) headers.ETag = '"tag-c1"';
      response.writeHead(200, headers).end(FAKE_CARTS);
      return;
    }
    if (request.url?.includes('own-cache')) headers['Cache-Control'] = 'private, max-age=60';
    response.writeHead(200, headers).end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function refusal(env: Record<string, string>) {
  const result = spawnSync('bash', [SCRIPT], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr.trim() };
}

const isRoot = process.getuid?.() === 0;

/**
 * The deploy folder where `nobody` can read it: the checkout may sit in a folder only
 * root can enter (mode 700, e.g. under /root), and then the script is out of their reach.
 */
function deployCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'serve-prod-deploy-'));
  dirs.push(dir);
  cpSync(path.dirname(SCRIPT), dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

/** Starts serve-prod in a group of its own (as `nobody` when we are root), until ready. */
async function start(env: Record<string, string>, asNobody = false) {
  const deploy = asNobody && isRoot ? deployCopy() : null;
  const [command, args] = deploy
    ? [
        'runuser',
        [
          '-u',
          'nobody',
          '--',
          'env',
          ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
          'bash',
          path.join(deploy, path.basename(SCRIPT)),
        ],
      ]
    : ['bash', [SCRIPT]];
  const child = spawn(command, args, {
    // nobody's working folder must be one they can enter.
    cwd: deploy ?? undefined,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = Number(env.PORT ?? '8080');
  const url = `${env.TLS_CERT ? 'https' : 'http'}://127.0.0.1:${String(port)}`;
  // Up to 30 s: on a busy 2-core machine (the other test projects running) nginx can be
  // slow to listen. Never on without it: a later refused connection would hide why.
  let ready = false;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`serve:prod exited: ${output}`);
    ready = await new Promise<boolean>((resolve) => {
      const socket = tcpConnect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => {
        resolve(false);
      });
    });
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!ready)
    throw new Error(`serve:prod did not listen on ${String(port)} within 30 s: ${output}`);
  const group = child.pid ?? 0;
  /** SIGTERM to the group; resolves with the exit code once the group is gone. */
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
    });
    process.kill(-group, 'SIGTERM');
    const code = await exited;
    for (let i = 0; i < 50 && processesOf(group).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return code;
  };
  return { child, url, group, stop, output: () => output };
}

/** The processes of a process group, with their command lines. */
const processesOf = (group: number) =>
  execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`${String(group)} `));

describe('npm run serve:prod refuses what cannot work, saying why', () => {
  it('needs GLUE_UPSTREAM', () => {
    expect(refusal({ GLUE_UPSTREAM: '' })).toEqual({
      status: 2,
      stderr:
        "serve:prod: GLUE_UPSTREAM is required: Glue's address as nginx reaches it, e.g. GLUE_UPSTREAM=http://127.0.0.1:3100 npm run serve:prod",
    });
  });

  it('takes only an http(s) URL as GLUE_UPSTREAM', () => {
    expect(refusal({ GLUE_UPSTREAM: 'glue; evil' }).stderr).toBe(
      'serve:prod: GLUE_UPSTREAM must be an http(s) URL such as http://glue.internal:8080; got "glue; evil"',
    );
  });

  it('serves only a live build', () => {
    const dist = fakeBuild(false);
    expect(refusal({ GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: dist }).stderr).toBe(
      `serve:prod: ${dist} is not a live build (no Content-Security-Policy in index.html): build it with VITE_GLUE_URL=/glue npm run build`,
    );
  });

  it.each(['BROTLI_MODULE', 'BROTLI_FILTER_MODULE'])(
    'takes only a file path as %s (it goes into nginx’s config)',
    (name) => {
      const dist = fakeBuild();
      const refused = refusal({
        GLUE_UPSTREAM: 'http://127.0.0.1:1',
        DIST_DIR: dist,
        [name]: '/x.so; evil on',
      });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toBe(`serve:prod: ${name} must be a file path; got "/x.so; evil on"`);
    },
  );

  it('serves no build folder with a symbolic link in it (one could lead outside)', () => {
    const dist = fakeBuild();
    const link = path.join(dist, 'assets', 'secrets.txt');
    symlinkSync('/etc/passwd', link);
    expect(refusal({ GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: dist })).toEqual({
      status: 2,
      stderr: `serve:prod: ${dist} holds a symbolic link (${link}), which could lead outside the build: serve a folder without links`,
    });
  });

  it('says when there is no build', () => {
    expect(refusal({ GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: '/nonexistent' }).stderr).toBe(
      'serve:prod: /nonexistent/index.html is missing: build the app first (VITE_GLUE_URL=/glue npm run build) or set DIST_DIR',
    );
  });
});

describe('npm run serve:prod running', () => {
  it('answers nginx’s HTML 502 at /glue/ while Glue is down, and stops with its process group', async () => {
    const dist = fakeBuild();
    // nginx's temporary folder goes here, to see it removed.
    const tmp = mkdtempSync(path.join(tmpdir(), 'serve-prod-tmp-'));
    chmodSync(tmp, 0o755);
    dirs.push(tmp);
    // Nothing listens on port 1: Glue is down.
    const server = await start({
      GLUE_UPSTREAM: 'http://127.0.0.1:1',
      DIST_DIR: dist,
      PORT: '8093',
      TMPDIR: tmp,
    });
    try {
      const response = await fetch(`${server.url}/glue/carts`);
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toBe(
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
      );
      expect(processesOf(server.group).some((line) => line.includes('nginx: master'))).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(processesOf(server.group)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(server.output()).not.toMatch(/\[(emerg|alert)\]/);
  });

  it('without nginx’s brotli module, sends the build’s .gz files and says so', async () => {
    const dist = fakeBuild();
    const asset = path.join(dist, 'assets', 'index-AbC123.js');
    writeFileSync(`${asset}.gz`, gzipSync('console.log(1);\n'));
    writeFileSync(`${asset}.br`, brotliCompressSync('console.log(1);\n'));
    const server = await start({
      GLUE_UPSTREAM: 'http://127.0.0.1:1',
      DIST_DIR: dist,
      PORT: '8095',
      BROTLI_MODULE: '/nowhere/ngx_http_brotli_static_module.so',
    });
    try {
      const response = await fetch(`${server.url}/assets/index-AbC123.js`, {
        headers: { 'Accept-Encoding': 'br, gzip' },
      });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toBe('console.log(1);\n');
    } finally {
      await server.stop();
    }
    expect(server.output()).toContain(
      "serve:prod: no brotli for the build's .br files (apt-get install libnginx-mod-http-brotli-static); gzip only",
    );
  });

  it('compresses Glue’s untagged answers, brotli where the browser takes it, and leaves tagged ones as Glue sent them', async () => {
    const dist = fakeBuild();
    const glue = await fakeGlue();
    const server = await start({ GLUE_UPSTREAM: glue.url, DIST_DIR: dist, PORT: '8096' });
    try {
      for (const [accepted, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const headers = { 'Accept-Encoding': accepted };
        const list = await fetch(`${server.url}/glue/carts`, { headers });
        expect(list.headers.get('content-encoding'), accepted).toBe(encoding);
        expect(await list.text()).toBe(FAKE_CARTS);
        const cart = await fetch(`${server.url}/glue/carts/c1`, { headers });
        expect(cart.headers.get('content-encoding'), accepted).toBeNull();
        expect(cart.headers.get('etag')).toBe('"tag-c1"');
        expect(await cart.text()).toBe(FAKE_CARTS);
      }
    } finally {
      await server.stop();
      await glue.close();
    }
    expect(server.output()).not.toContain('no brotli');
  });

  it('without nginx’s brotli filter module, sends Glue’s answers in gzip and says so', async () => {
    const dist = fakeBuild();
    const glue = await fakeGlue();
    const server = await start({
      GLUE_UPSTREAM: glue.url,
      DIST_DIR: dist,
      PORT: '8097',
      BROTLI_FILTER_MODULE: '/nowhere/ngx_http_brotli_filter_module.so',
    });
    try {
      const list = await fetch(`${server.url}/glue/carts`, {
        headers: { 'Accept-Encoding': 'br, gzip' },
      });
      expect(list.headers.get('content-encoding')).toBe('gzip');
      expect(await list.text()).toBe(FAKE_CARTS);
    } finally {
      await server.stop();
      await glue.close();
    }
    expect(server.output()).toContain(
      "serve:prod: no brotli for Glue's answers (apt-get install libnginx-mod-http-brotli-filter); gzip only",
    );
  });

  it.runIf(isRoot)(
    'runs as an ordinary user (nobody), with temporary files of its own',
    async () => {
      const dist = fakeBuild();
      const server = await start(
        { GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: dist, PORT: '8094', TMPDIR: '/tmp' },
        true,
      );
      try {
        const page = await fetch(`${server.url}/carts/some-cart`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Content-Security-Policy');
        const asset = await fetch(`${server.url}/assets/index-AbC123.js`);
        expect(asset.status).toBe(200);
      } finally {
        // runuser itself ends by the signal; what matters is that nothing is left.
        await server.stop();
      }
      expect(processesOf(server.group)).toEqual([]);
      expect(server.output()).not.toMatch(/\[(emerg|alert)\]/);
      expect(existsSync(dist)).toBe(true);
    },
  );
});

describe('npm run serve:prod refuses a wrong setting of TLS, hosts or proxies, saying why', () => {
  const base = () => {
    const dist = fakeBuild();
    return { GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: dist };
  };
  const notPem = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serve-prod-pem-'));
    dirs.push(dir);
    const file = path.join(dir, 'cert.txt');
    writeFileSync(file, 'not a certificate\n');
    return file;
  };

  it.each([
    [
      { TLS_CERT: '/tmp/cert.pem' },
      'serve:prod: TLS_CERT and TLS_KEY go together: the certificate and its private key, both PEM files',
    ],
    [
      { HTTP_PORT: '8081' },
      'serve:prod: HTTP_PORT redirects to HTTPS: it needs TLS_CERT and TLS_KEY',
    ],
    [
      { SERVER_NAME: 'shop.example.com; evil' },
      'serve:prod: SERVER_NAME must be one host name such as shop.example.com; got "shop.example.com; evil"',
    ],
    [
      { TRUSTED_PROXY: '10.0.0.0/8,everyone' },
      'serve:prod: TRUSTED_PROXY must be addresses or CIDR ranges, comma-separated, such as 10.0.0.0/8; got "everyone"',
    ],
    [{ ACCESS_LOG: 'loud' }, 'serve:prod: ACCESS_LOG must be off or stdout; got "loud"'],
  ])('%o', (env, message) => {
    expect(refusal({ ...base(), ...env })).toEqual({ status: 2, stderr: message });
  });

  it('takes only PEM files as TLS_CERT and TLS_KEY', () => {
    const file = notPem();
    expect(refusal({ ...base(), TLS_CERT: file, TLS_KEY: file })).toEqual({
      status: 2,
      stderr: `serve:prod: TLS_CERT (${file}) is not a PEM certificate (no BEGIN CERTIFICATE line)`,
    });
  });

  it('refuses HTTP_PORT equal to PORT', () => {
    const { cert, key } = certificate();
    expect(
      refusal({ ...base(), TLS_CERT: cert, TLS_KEY: key, PORT: '8443', HTTP_PORT: '8443' }),
    ).toEqual({ status: 2, stderr: 'serve:prod: HTTP_PORT and PORT must differ; both are 8443' });
  });
});

/** One certificate for every test here, where nginx's workers can read it. */
const certificate = () => testCertificate(path.join(tmpdir(), 'serve-prod-test-cert'));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request over HTTP/2 with TLS (the test certificate is self-signed). */
function overHttp2(origin: string, path_: string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const session = http2Connect(origin, { rejectUnauthorized: false });
    session.on('error', reject);
    const stream = session.request({ ':path': path_, ...headers });
    let body = '';
    let answer: Omit<Answer, 'body'> = { status: 0, headers: {} };
    stream.on('response', (head) => {
      answer = { status: Number(head[':status']), headers: head };
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (body += chunk));
    stream.on('end', () => {
      session.close();
      resolve({ ...answer, body });
    });
    stream.on('error', reject);
  });
}

/** Plain HTTP/1.1, for the redirect port and a server behind a balancer. */
async function overHttp(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

describe('npm run serve:prod over HTTPS, at the edge', () => {
  it('speaks HTTP/2 over TLS 1.2+, sends HSTS, redirects HTTP_PORT and refuses other hosts', async () => {
    const dist = fakeBuild();
    const { cert, key } = certificate();
    const server = await start({
      GLUE_UPSTREAM: 'http://127.0.0.1:1',
      DIST_DIR: dist,
      PORT: '8443',
      HTTP_PORT: '8098',
      SERVER_NAME: 'localhost',
      TLS_CERT: cert,
      TLS_KEY: key,
    });
    try {
      const page = await overHttp2('https://localhost:8443', '/carts/some-cart');
      expect(page.status).toBe(200);
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(page.body).toContain('Content-Security-Policy');
      const asset = await overHttp2('https://localhost:8443', '/assets/index-AbC123.js');
      expect(asset.headers['strict-transport-security']).toBe('max-age=31536000');

      const redirect = await overHttp('http://127.0.0.1:8098/carts?view=mine');
      expect(redirect.status).toBe(301);
      expect(redirect.headers.location).toBe('https://localhost:8443/carts?view=mine');

      const elsewhere = await overHttp2('https://localhost:8443', '/login', {
        ':authority': 'evil.example',
      });
      expect(elsewhere.status).toBe(421);

      const oldTls = await new Promise<string>((resolve) => {
        const socket = tlsConnect({
          host: '127.0.0.1',
          port: 8443,
          servername: 'localhost',
          rejectUnauthorized: false,
          minVersion: 'TLSv1',
          maxVersion: 'TLSv1.1',
        });
        socket.on('secureConnect', () => {
          socket.end();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => {
          resolve(error.code ?? 'error');
        });
      });
      expect(oldTls).not.toBe('connected');
    } finally {
      await server.stop();
    }
    expect(server.output()).not.toMatch(/\[(emerg|alert)\]/);
  });

  it('tells Glue the client’s address and the scheme, drops the client’s forwarded headers, and marks Glue’s answers', async () => {
    const dist = fakeBuild();
    const glue = await fakeGlue();
    const { cert, key } = certificate();
    const server = await start({
      GLUE_UPSTREAM: glue.url,
      DIST_DIR: dist,
      PORT: '8444',
      SERVER_NAME: 'localhost',
      TLS_CERT: cert,
      TLS_KEY: key,
    });
    try {
      const echoed = await overHttp2('https://localhost:8444', '/glue/echo', {
        'x-forwarded-for': '203.0.113.66',
        'x-forwarded-proto': 'http',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-port': '1',
        'x-forwarded-prefix': '/evil',
        forwarded: 'for=203.0.113.66;host=evil.example',
      });
      const told = JSON.parse(echoed.body) as Record<string, string | undefined>;
      expect(told['x-forwarded-for']).toBe('127.0.0.1');
      expect(told['x-forwarded-proto']).toBe('https');
      expect(told['x-forwarded-host']).toBe('localhost');
      expect(told['x-forwarded-port']).toBeUndefined();
      expect(told['x-forwarded-prefix']).toBeUndefined();
      expect(told.forwarded).toBeUndefined();

      expect(echoed.headers['cache-control']).toBe('no-store');
      expect(echoed.headers['content-security-policy']).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      );
      expect(echoed.headers['x-content-type-options']).toBe('nosniff');
      expect(echoed.headers['strict-transport-security']).toBe('max-age=31536000');

      const ownCache = await overHttp2('https://localhost:8444', '/glue/echo/own-cache');
      expect(ownCache.headers['cache-control']).toBe('private, max-age=60');

      // §10's rules hold over HTTP/2: the list compressed, a tagged cart as Glue sent it.
      const accept = { 'accept-encoding': 'gzip, deflate, br, zstd' };
      const list = await overHttp2('https://localhost:8444', '/glue/carts', accept);
      expect(list.headers['content-encoding']).toBe('br');
      const cart = await overHttp2('https://localhost:8444', '/glue/carts/c1', accept);
      expect(cart.headers['content-encoding']).toBeUndefined();
      expect(cart.headers.etag).toBe('"tag-c1"');
      expect(cart.body).toBe(FAKE_CARTS);
    } finally {
      await server.stop();
      await glue.close();
    }
  });
});

describe('npm run serve:prod behind a load balancer (TRUSTED_PROXY)', () => {
  it('keeps what the balancer says, and only from the balancer', async () => {
    const dist = fakeBuild();
    const glue = await fakeGlue();
    const sent = {
      'X-Forwarded-For': '203.0.113.9',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'shop.example.com',
      'X-Forwarded-Port': '443',
      'X-Forwarded-Prefix': '/b2b',
      Forwarded: 'for=203.0.113.9;proto=https;host=shop.example.com',
    };
    const behind = await start({
      GLUE_UPSTREAM: glue.url,
      DIST_DIR: dist,
      PORT: '8099',
      TRUSTED_PROXY: '127.0.0.1/32',
      ACCESS_LOG: 'stdout',
    });
    const elsewhere = await start({
      GLUE_UPSTREAM: glue.url,
      DIST_DIR: dist,
      PORT: '8100',
      TRUSTED_PROXY: '10.0.0.0/8',
    });
    try {
      const viaBalancer = JSON.parse((await overHttp(`${behind.url}/glue/echo`, sent)).body);
      expect(viaBalancer).toMatchObject({
        'x-forwarded-for': '203.0.113.9, 127.0.0.1',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'shop.example.com',
        'x-forwarded-port': '443',
        'x-forwarded-prefix': '/b2b',
        forwarded: 'for=203.0.113.9;proto=https;host=shop.example.com',
      });
      const notViaIt = JSON.parse((await overHttp(`${elsewhere.url}/glue/echo`, sent)).body);
      expect(notViaIt['x-forwarded-for']).toBe('127.0.0.1');
      expect(notViaIt['x-forwarded-proto']).toBe('http');
      expect(notViaIt['x-forwarded-host']).toBeUndefined();
      expect(notViaIt.forwarded).toBeUndefined();
    } finally {
      await behind.stop();
      await elsewhere.stop();
      await glue.close();
    }
    // ACCESS_LOG=stdout: each request, with the client's address the balancer gave.
    expect(behind.output()).toMatch(
      /^203\.0\.113\.9 - - \[.+\] "GET \/glue\/echo HTTP\/1\.1" 200 /m,
    );
  });
});

describe('PRINT_CONFIG=1 npm run serve:prod', () => {
  it('prints the configuration filled in, with the files it includes, and stops', () => {
    const dist = fakeBuild();
    const { cert, key } = certificate();
    const printed = spawnSync('bash', [SCRIPT], {
      env: {
        ...process.env,
        GLUE_UPSTREAM: 'http://glue.internal:8080',
        DIST_DIR: dist,
        PORT: '443',
        TLS_CERT: cert,
        TLS_KEY: key,
        PRINT_CONFIG: '1',
      },
      encoding: 'utf8',
    });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('listen 443 ssl http2;');
    expect(printed.stdout).toContain('proxy_pass http://glue.internal:8080/;');
    expect(printed.stdout).toContain('gzip on;');
    expect(printed.stdout).toMatch(/^# ---- glue-proxy\.conf/m);
    expect(printed.stdout).toMatch(/^# ---- security-headers\.conf/m);
    expect(printed.stdout).not.toMatch(/@[A-Z_]+@/);
  });
});

describe('npm run serve:prod in front of an https:// Glue', () => {
  it('sends Glue’s name for SNI and verifies its certificate against GLUE_CA_FILE', async () => {
    const dist = fakeBuild();
    const { cert, key } = certificate();
    const { createServer: createTlsServer } = await import('node:https');
    const { readFileSync } = await import('node:fs');
    let servername: string | undefined;
    const glue = createTlsServer(
      { cert: readFileSync(cert), key: readFileSync(key) },
      (request, response) => {
        const { servername: name } = request.socket as { servername?: string | false };
        servername = name === false ? undefined : name;
        response
          .writeHead(200, { 'Content-Type': 'application/vnd.api+json' })
          .end(JSON.stringify({ host: request.headers.host }));
      },
    );
    await new Promise<void>((resolve) => glue.listen(0, '127.0.0.1', resolve));
    const { port } = glue.address() as AddressInfo;
    const upstream = `https://localhost:${String(port)}`;
    const trusting = await start({
      GLUE_UPSTREAM: upstream,
      GLUE_CA_FILE: cert,
      DIST_DIR: dist,
      PORT: '8101',
    });
    // Debian's CA bundle does not know the self-signed certificate.
    const verifying = await start({ GLUE_UPSTREAM: upstream, DIST_DIR: dist, PORT: '8102' });
    try {
      const answer = await overHttp(`${trusting.url}/glue/echo`);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ host: `localhost:${String(port)}` });
      expect(servername).toBe('localhost');
      expect((await overHttp(`${verifying.url}/glue/echo`)).status).toBe(502);
    } finally {
      await trusting.stop();
      await verifying.stop();
      await new Promise<void>((resolve) => glue.close(() => resolve()));
    }
    expect(verifying.output()).toMatch(/upstream SSL certificate verify error/);
  });
});
