// `npm run mock:server`: the same Glue handlers as a real HTTP server on 127.0.0.1,
// for the live-mode build, curl and independent contract suites.
//   PORT (default 3100), MOCK_SCENARIO=large, MOCK_TOKEN_TTL=<seconds>,
//   MOCK_CORS=stock (a stock Glue's CORS, docs/glue-api.md §10; default: permissive),
//   MOCK_STATE_FILE=<path> (carts, shares and tokens kept there across restarts, as a real
//   Glue keeps its database: the e2e tests restart Glue under an open page),
//   MOCK_HOSTS=<name>,… (host names it answers besides 127.0.0.1 and localhost)
// Without MOCK_STATE_FILE every start is a fresh in-memory database.
// It runs on designers' machines: a web page the designer visits could point a name of
// its own at 127.0.0.1 (DNS rebinding) and talk to it, so it answers only its own host
// names, and takes no request body over 1 MB (nothing the app sends comes near).
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
const hostsEnv = process.env.MOCK_HOSTS ?? '';
const extraHosts = hostsEnv
  .split(',')
  .map((host) => host.trim().toLowerCase())
  .filter(Boolean);
const badHost = extraHosts.find((host) => !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(host));
if (badHost !== undefined) {
  console.error(
    `MOCK_HOSTS must be host names, comma-separated, such as glue.test,designer.local; got "${badHost}"`,
  );
  process.exit(2);
}
const HOSTS = new Set(['127.0.0.1', 'localhost', ...extraHosts]);

/** Whether the request names this server: one of its host names, on its port or none. */
function servesHost(hostHeader: string | undefined, hosts: ReadonlySet<string>, port: number) {
  const match = /^([^:]+)(?::(\d+))?$/.exec((hostHeader ?? '').toLowerCase());
  if (!match?.[1]) return false;
  return hosts.has(match[1]) && (match[2] === undefined || Number(match[2]) === port);
}

/** The largest request body taken, in bytes. */
const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

// Glue at the server's root, as a real Glue host serves it.
const handlers = createHandlers(backend, `http://127.0.0.1:${String(port)}`);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Left unread, not destroyed: the refusal reads and drops the rest.
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      reject(new BodyTooLarge());
    };
    const onEnd = () => {
      resolve(Buffer.concat(chunks));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** A refusal as a JSON:API error document, with what to do about it. */
function refuse(res: ServerResponse, status: number, detail: string) {
  res.writeHead(status, { 'Content-Type': 'application/vnd.api+json', Connection: 'close' });
  res.end(JSON.stringify({ errors: [{ status, detail }] }));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (!servesHost(req.headers.host, HOSTS, port)) {
    refuse(
      res,
      421,
      `This mock Glue answers only ${[...HOSTS].join(', ')} (port ${String(port)}), not "${req.headers.host ?? ''}": set MOCK_HOSTS to add a name.`,
    );
    return;
  }
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
    if (error instanceof BodyTooLarge) {
      // Read the rest and drop it, then answer: a client still sending would otherwise
      // see its connection reset instead of the answer. A flood ends the connection.
      const answer = () => {
        refuse(
          res,
          413,
          'Request body too large: this mock Glue takes at most 1 MB (1048576 bytes).',
        );
      };
      let dropped = 0;
      req.on('data', (chunk: Buffer) => {
        dropped += chunk.length;
        if (dropped > 16 * MAX_BODY_BYTES) req.destroy();
      });
      if (req.readableEnded) answer();
      else req.once('end', answer);
      req.resume();
      return;
    }
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
