// `npm run mock:server`: the same Glue handlers as a real HTTP server on 127.0.0.1,
// for the live-mode build, curl and independent contract suites.
//   PORT (default 3100), MOCK_SCENARIO=large, MOCK_TOKEN_TTL=<seconds>,
//   MOCK_CORS=stock (a stock Glue's CORS, docs/glue-api.md §10; default: permissive),
//   MOCK_STATE_FILE=<path> (carts, shares and tokens kept there across restarts, as a real
//   Glue keeps its database: the e2e tests restart Glue under an open page)
// Without MOCK_STATE_FILE every start is a fresh in-memory database.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { getResponse } from 'msw';
import { createBackend } from './backend';
import { SCENARIOS, type ScenarioName } from './db/database';
import { CORS_POLICIES, type CorsPolicy, decideCors } from './http/cors';
import { createHandlers } from './http/handlers';
import { loadState, saveState } from './db/persistence';

const port = Number(process.env.PORT ?? 3100);
const scenarioEnv = process.env.MOCK_SCENARIO ?? 'demo';
if (!SCENARIOS.includes(scenarioEnv as ScenarioName)) {
  console.error(`MOCK_SCENARIO must be one of ${SCENARIOS.join(', ')}; got "${scenarioEnv}"`);
  process.exit(2);
}
const ttl = process.env.MOCK_TOKEN_TTL ? Number(process.env.MOCK_TOKEN_TTL) : undefined;
if (ttl !== undefined && !(Number.isFinite(ttl) && ttl > 0)) {
  console.error(
    `MOCK_TOKEN_TTL must be a positive number of seconds; got "${String(process.env.MOCK_TOKEN_TTL)}"`,
  );
  process.exit(2);
}

const corsEnv = process.env.MOCK_CORS ?? 'permissive';
if (!CORS_POLICIES.includes(corsEnv as CorsPolicy)) {
  console.error(`MOCK_CORS must be one of ${CORS_POLICIES.join(', ')}; got "${corsEnv}"`);
  process.exit(2);
}
const corsPolicy = corsEnv as CorsPolicy;

const backend = createBackend({ scenario: scenarioEnv as ScenarioName, tokenTtlSeconds: ttl });

// The state file is a one-entry key-value storage: persistence.ts reads and writes it.
const stateFile = process.env.MOCK_STATE_FILE;
const fileStorage = stateFile
  ? {
      getItem: () => (existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : null),
      setItem: (_key: string, value: string) => {
        writeFileSync(stateFile, value);
      },
      removeItem: () => undefined,
    }
  : null;
if (fileStorage) loadState(fileStorage, backend.db);
// Glue at the server's root, as a real Glue host serves it.
const handlers = createHandlers(backend, `http://127.0.0.1:${String(port)}`);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const method = req.method ?? 'GET';
  const decision = decideCors(corsPolicy, {
    method,
    path: req.url ?? '/',
    headers: {
      origin: headers.get('origin') ?? undefined,
      'access-control-request-method': headers.get('access-control-request-method') ?? undefined,
      'access-control-request-headers': headers.get('access-control-request-headers') ?? undefined,
    },
  });
  if (decision.kind === 'answer') {
    res.writeHead(decision.status, decision.headers).end(decision.body);
    return;
  }
  const cors = decision.headers;
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  const request = new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  });
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(404, cors).end();
    return;
  }
  const outHeaders: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  res.writeHead(response.status, outHeaders);
  res.end(Buffer.from(await response.arrayBuffer()));
  // Every request may have changed something (a login adds tokens): keep it.
  if (fileStorage && method !== 'GET') saveState(fileStorage, backend.db);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/vnd.api+json' });
    res.end(JSON.stringify({ errors: [{ status: 500, detail: 'Internal Server Error' }] }));
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `Glue mock server (${backend.db.scenario} scenario, ${corsPolicy} CORS) at http://127.0.0.1:${port}`,
  );
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
