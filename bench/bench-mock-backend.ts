// `npm run bench`: figures for the mock backend, printed, never asserted (machines are
// shared and noisy). Median of several runs after a warm-up.
import { getResponse } from 'msw';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../mocks/backend';
import { createDatabase } from '../mocks/db/database';
import { createHandlers } from '../mocks/http/handlers';
import { report } from './record';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(label: string, runs: number, fn: () => unknown): Promise<void> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  report(`Mock backend: ${label}`, `median ${median(samples).toFixed(1)} ms (n=${String(runs)})`);
}

const BASE = 'http://bench.test';
const backend = createBackend({ scenario: 'large' });
const handlers = createHandlers(backend, BASE);

async function call(method: string, path: string, token?: string, body?: unknown) {
  const headers = new Headers({ Accept: 'application/vnd.api+json' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await getResponse(
    handlers,
    new Request(`${BASE}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
  if (!response) throw new Error(`no response for ${path}`);
  return (await response.json()) as { data: { attributes: Record<string, string> } };
}

async function annasToken() {
  const login = await call('POST', '/access-tokens', undefined, {
    data: {
      type: 'access-tokens',
      attributes: { username: 'anna.keller@northwind.example', password: 'change123' },
    },
  });
  const attrs = login.data.attributes;
  const switched = await call('POST', '/company-user-access-tokens', attrs.accessToken, {
    data: {
      type: 'company-user-access-tokens',
      attributes: { idCompanyUser: attrs.idCompanyUser },
    },
  });
  return switched.data.attributes.accessToken ?? '';
}

console.log('Mock backend benchmark');
await time('build the demo database', 20, () => createDatabase({ scenario: 'demo' }));
await time('build the large scenario (10,000 colleagues, 503 carts)', 10, () =>
  createDatabase({ scenario: 'large' }),
);
const token = await annasToken();
await time('large: GET /carts?include=items,shared-carts,cart-permission-groups', 10, () =>
  call('GET', '/carts?include=items,shared-carts,cart-permission-groups', token),
);
await time('large: GET /company-users?include=customers (100 per page)', 20, () =>
  call('GET', '/company-users?include=customers&page[offset]=5000&page[limit]=100', token),
);
await time('large: GET /company-users?include=customers (all 10,005)', 5, () =>
  call('GET', '/company-users?include=customers', token),
);
