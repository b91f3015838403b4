// What Glue is told, as the browser reaches it: the production server (serve:prod over
// HTTPS with HTTP/2) in front of a small Glue that echoes the request headers it gets.
// As the edge it names the client's address, the scheme and its own name, and drops what
// the client claims; behind a trusted load balancer (TRUSTED_PROXY) it keeps what the
// balancer says, and only from the balancer. A server trio of its own (8092, 8093 and the
// echo on a free port), so the project's shared servers are untouched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEPLOY_DIST } from '../../scripts/deploy-dist';
import { waitForStatus } from '../../scripts/http-status';
import { type ServerProcess, startServer } from '../../scripts/process-group';
import { deployCertificate } from '../../scripts/tls-cert';

const EDGE = 'https://localhost:8092';
const BEHIND = 'https://127.0.0.1:8093';
const certificate = deployCertificate();

/** What a client (or a script on a page) may claim about where a request came from. */
const CLAIMED = {
  'X-Forwarded-For': '203.0.113.66',
  'X-Forwarded-Proto': 'http',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Port': '1',
  'X-Forwarded-Prefix': '/evil',
  Forwarded: 'for=203.0.113.66;host=evil.example',
};

test.describe.configure({ mode: 'serial' });

let echo: Server;
let glueHost = '';
const servers: ServerProcess[] = [];

async function serveProd(url: string, env: Record<string, string>) {
  servers.push(
    startServer('bash', ['deploy/serve-prod.sh'], {
      env: {
        ...process.env,
        PORT: new URL(url).port,
        DIST_DIR: DEPLOY_DIST,
        GLUE_UPSTREAM: `http://${glueHost}`,
        TLS_CERT: certificate.cert,
        TLS_KEY: certificate.key,
        ...env,
      },
    }),
  );
  await waitForStatus(`${url}/login`);
}

test.beforeAll(async () => {
  echo = createServer((request, response) => {
    response
      .writeHead(200, { 'Content-Type': 'application/vnd.api+json' })
      .end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  glueHost = `127.0.0.1:${String((echo.address() as AddressInfo).port)}`;
  await serveProd(EDGE, { SERVER_NAME: 'localhost' });
  await serveProd(BEHIND, { TRUSTED_PROXY: '127.0.0.1/32' });
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await new Promise((resolve) => echo.close(resolve));
});

test('as the edge, Glue hears the browser’s address, https and the server’s name — never what the page claims', async ({
  page,
}) => {
  await page.goto(`${EDGE}/login`);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  const told = await page.evaluate(async (claimed) => {
    const response = await fetch('/glue/carts', {
      headers: { ...claimed, Authorization: 'Bearer a-token' },
    });
    return (await response.json()) as Record<string, string | undefined>;
  }, CLAIMED);
  const protocol = await page.evaluate(
    () =>
      (
        performance.getEntriesByType('resource').find((entry) => entry.name.includes('/glue/')) as
          PerformanceResourceTiming | undefined
      )?.nextHopProtocol,
  );
  expect(protocol).toBe('h2');

  expect(told['x-forwarded-for']).toBe('127.0.0.1');
  expect(told['x-forwarded-proto']).toBe('https');
  expect(told['x-forwarded-host']).toBe('localhost');
  expect(told['x-forwarded-port']).toBeUndefined();
  expect(told['x-forwarded-prefix']).toBeUndefined();
  expect(told.forwarded).toBeUndefined();
  // The Host Glue gets is its own address (proxy_pass), and the session passes as it is.
  expect(told.host).toBe(glueHost);
  expect(told.authorization).toBe('Bearer a-token');

  // Another name for this server is refused before anything reaches Glue.
  const misdirected = await page.request.get(`https://127.0.0.1:8092/glue/carts`);
  expect(misdirected.status()).toBe(421);
});

test('behind a trusted balancer, Glue hears what the balancer says', async ({ request }) => {
  // The balancer here is 127.0.0.1 — this test's own requests.
  const response = await request.get(`${BEHIND}/glue/carts`, {
    headers: {
      'X-Forwarded-For': '203.0.113.9',
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': 'shop.example.com',
      'X-Forwarded-Port': '443',
      'X-Forwarded-Prefix': '/b2b',
      Forwarded: 'for=203.0.113.9;proto=https;host=shop.example.com',
    },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    'x-forwarded-for': '203.0.113.9, 127.0.0.1',
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'shop.example.com',
    'x-forwarded-port': '443',
    'x-forwarded-prefix': '/b2b',
    forwarded: 'for=203.0.113.9;proto=https;host=shop.example.com',
    host: glueHost,
  });
});
