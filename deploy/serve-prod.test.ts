// `npm run serve:prod` (deploy/serve-prod.sh) as a process: what it refuses and why, the
// 502 page of its proxy while Glue is down, a run as an ordinary user, and a stop of its
// process group that leaves no nginx and no temporary folder behind. The headers and the
// journeys through it are the Playwright `deploy` project's (e2e/deploy/).
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
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, 'serve-prod.sh');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

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

/** A Glue that answers every path with FAKE_CARTS; a single cart with an entity tag. */
async function fakeGlue() {
  const server = createServer((request, response) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/vnd.api+json' };
    if (request.url?.startsWith('/carts/')) headers.ETag = '"tag-c1"';
    response.writeHead(200, headers).end(FAKE_CARTS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

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
  const url = `http://127.0.0.1:${env.PORT ?? '8080'}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve:prod exited: ${output}`);
    const up = await fetch(url).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
    dirs.push(dist);
    expect(refusal({ GLUE_UPSTREAM: 'http://127.0.0.1:1', DIST_DIR: dist }).stderr).toBe(
      `serve:prod: ${dist} is not a live build (no Content-Security-Policy in index.html): build it with VITE_GLUE_URL=/glue npm run build`,
    );
  });

  it.each(['BROTLI_MODULE', 'BROTLI_FILTER_MODULE'])(
    'takes only a file path as %s (it goes into nginx’s config)',
    (name) => {
      const dist = fakeBuild();
      dirs.push(dist);
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
    dirs.push(dist);
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
    dirs.push(dist);
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
    dirs.push(dist);
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
    dirs.push(dist);
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
    dirs.push(dist);
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
      dirs.push(dist);
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
