// The shape every handler shares: resolve the caller (when the route is protected),
// run the handler, and turn a returned GlueFailure into an error document.
import type { HttpResponseResolver, PathParams } from 'msw';
import type { MockBackend } from '../backend';
import type { MockDatabase } from '../db/database';
import { type Caller, authenticate } from '../rules/auth';
import { type GlueFailure, isFailure } from '../rules/glue-failure';
import { failureResponse } from './glue-response';
import { parseInclude } from './resource-graph';
import type { NodeContext } from './resources';

export interface GlueArgs {
  request: Request;
  params: Record<string, string | undefined>;
  url: URL;
  db: MockDatabase;
  include: Set<string>;
  ctx: NodeContext;
}

export interface AuthedArgs extends GlueArgs {
  caller: Caller;
  ctx: NodeContext & { caller: Caller };
}

type Result = Response | GlueFailure;

function args(
  backend: MockBackend,
  request: Request,
  params: PathParams,
  caller: Caller | null,
): GlueArgs {
  const url = new URL(request.url);
  const db = backend.db;
  const stringParams = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return {
    request,
    params: stringParams,
    url,
    db,
    include: parseInclude(url),
    ctx: { db, base: url.origin, caller },
  };
}

/**
 * In the browser, module requests such as `/src/features/carts/cart-list-page.tsx`
 * also match the cart-detail pattern: only Glue requests may reach a Glue handler; everything
 * else falls through (returns nothing) to the network.
 */
export function glueRoutes(
  backend: MockBackend,
  isGlueRequest: (request: Request) => boolean = () => true,
) {
  /** A public route: no token needed. */
  const open =
    (resolver: (a: GlueArgs) => Promise<Result> | Result): HttpResponseResolver =>
    async ({ request, params }) => {
      if (!isGlueRequest(request)) return undefined;
      const result = await resolver(args(backend, request, params, null));
      return isFailure(result) ? failureResponse(request, result) : result;
    };

  /** A protected route: 002 without a token, 001 with a bad one, before anything else. */
  const authed =
    (resolver: (a: AuthedArgs) => Promise<Result> | Result): HttpResponseResolver =>
    async ({ request, params }) => {
      if (!isGlueRequest(request)) return undefined;
      const caller = authenticate(backend.db, request.headers.get('Authorization'));
      if (isFailure(caller)) return failureResponse(request, caller);
      const base = args(backend, request, params, caller);
      const result = await resolver({ ...base, caller, ctx: { ...base.ctx, caller } });
      return isFailure(result) ? failureResponse(request, result) : result;
    };

  return { open, authed };
}

export type GlueRoutes = ReturnType<typeof glueRoutes>;

/** Runs `next` only if `value` is not a failure: keeps handlers flat. */
export function andThen<T>(value: T | GlueFailure, next: (value: T) => Result): Result {
  return isFailure(value) ? value : next(value);
}
