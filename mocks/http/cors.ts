// How the HTTP mock server answers CORS. Two policies:
// - `permissive` (the default): what docs/deployment.md asks a shop to configure for a
//   cross-origin app — the localhost origin echoed, If-Match allowed, ETag exposed;
// - `stock`: a stock Spryker Glue exactly (docs/glue-api.md §10, rev 3) — allow-origin `*`,
//   a fixed allowed-headers list without If-Match, nothing exposed, plain-text refusals.
// Plain functions of the request's method and headers, so they are tested without HTTP.

export type CorsPolicy = 'permissive' | 'stock';
export const CORS_POLICIES: readonly CorsPolicy[] = ['permissive', 'stock'];

/** What the server sends: either a whole answer (a preflight) or headers to add. */
export type CorsDecision =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'continue'; headers: Record<string, string> };

export interface CorsRequest {
  method: string;
  path: string;
  /** The CORS request headers, by their lower-case names. */
  headers: {
    origin?: string;
    'access-control-request-method'?: string;
    'access-control-request-headers'?: string;
  };
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function permissive({ method, headers }: CorsRequest): CorsDecision {
  const origin = headers.origin;
  const cors: Record<string, string> =
    origin && LOCAL_ORIGIN.test(origin)
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers':
            'Authorization, Accept, Accept-Language, Content-Type, If-Match',
          'Access-Control-Expose-Headers': 'Content-Language, ETag, WWW-Authenticate',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        }
      : {};
  if (method === 'OPTIONS') return { kind: 'answer', status: 204, headers: cors, body: '' };
  return { kind: 'continue', headers: cors };
}

/** Glue's stock list (GlueApplicationConfig::getCorsAllowedHeaders()), as it sends it. */
export const STOCK_ALLOWED_HEADERS = [
  'accept',
  'content-type',
  'content-language',
  'accept-language',
  'authorization',
  'X-Anonymous-Customer-Unique-Id',
  'access-control-allow-origin',
];

/**
 * The methods of each resource's route plugin (the last resource type in the path), as
 * the stock preflight lists them. OPTIONS is added to each.
 */
const ROUTE_METHODS: Record<string, string[]> = {
  'access-tokens': ['POST'],
  'refresh-tokens': ['POST', 'DELETE'],
  'company-user-access-tokens': ['POST'],
  'company-users': ['GET'],
  carts: ['GET', 'POST', 'PATCH', 'DELETE'],
  items: ['POST', 'PATCH', 'DELETE'],
  'shared-carts': ['POST', 'PATCH', 'DELETE'],
  'cart-permission-groups': ['GET'],
  'concrete-products': ['GET'],
  'abstract-products': ['GET'],
  'catalog-search-suggestions': ['GET'],
};

/** `/carts/{id}/items/{sku}` → `items`: the last path segment that names a resource type. */
export function resourceTypeOf(path: string): string | undefined {
  const segments = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  return segments.reverse().find((segment) => segment in ROUTE_METHODS);
}

const plainText = (status: number, body: string): CorsDecision => ({
  kind: 'answer',
  status,
  headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
  body,
});

function stock({ method, path, headers }: CorsRequest): CorsDecision {
  const allowOrigin = { 'Access-Control-Allow-Origin': '*' };
  if (method !== 'OPTIONS') return { kind: 'continue', headers: allowOrigin };
  const requestMethod = headers['access-control-request-method'];
  const requestHeaders = headers['access-control-request-headers'];
  if (!headers.origin || !requestMethod || requestHeaders === undefined) {
    return plainText(501, 'Not Implemented');
  }
  const type = resourceTypeOf(path);
  if (!type) return plainText(404, 'Not Found');
  const methods = [...(ROUTE_METHODS[type] ?? []), 'OPTIONS'];
  const allowed = new Set(STOCK_ALLOWED_HEADERS.map((name) => name.toLowerCase()));
  const asked = requestHeaders
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!methods.includes(requestMethod.toUpperCase()) || asked.some((name) => !allowed.has(name))) {
    return plainText(403, 'Not allowed.');
  }
  return {
    kind: 'answer',
    status: 200,
    headers: {
      ...allowOrigin,
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': STOCK_ALLOWED_HEADERS.join(', '),
    },
    body: '',
  };
}

export function decideCors(policy: CorsPolicy, request: CorsRequest): CorsDecision {
  return policy === 'stock' ? stock(request) : permissive(request);
}
