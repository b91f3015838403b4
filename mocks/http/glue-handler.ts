// The shape every handler shares, in the order Glue checks a request (docs/glue-api.md §6b):
// 1. framework — the body's shape (when the route takes one), paging — before anything else;
// 2. the token (protected routes); then the handler: attribute rules (901), If-Match,
// and the endpoint's own rules. A returned GlueFailure becomes an error document.
import type { HttpResponseResolver, PathParams } from 'msw';
import type { MockBackend } from '../backend';
import type { MockDatabase } from '../db/database';
import { type Caller, authenticate } from '../rules/auth';
import { checkPriceParameters } from '../rules/catalog';
import { type GlueFailure, frameworkFail, isFailure } from '../rules/glue-failure';
import { documentResponse, failureResponse, noContentResponse } from './glue-response';
import { readDocument } from './request-body';
import {
  type ResourceNode,
  collectionDocument,
  parseInclude,
  singleDocument,
} from './resource-graph';
import { type Page, parsePage, selfLink } from './paging';
import type { NodeContext } from './resources';

export interface Reply {
  /**
   * A single resource; `links.self` of the primary resource keeps the query string (§1)
   * unless `keepQuery` is false.
   */
  one(
    node: ResourceNode,
    options?: { status?: number; headers?: Record<string, string>; keepQuery?: boolean },
  ): Response;
  /** A collection; `links` defaults to the collection's own self link. */
  many(
    nodes: ResourceNode[],
    options?: { links?: Record<string, string>; headers?: Record<string, string> },
  ): Response;
  /** 204 No Content. */
  none(): Response;
}

export interface GlueArgs {
  request: Request;
  params: Record<string, string | undefined>;
  url: URL;
  db: MockDatabase;
  include: Set<string>;
  ctx: NodeContext;
  /** The request body's attributes, read before the token when the route takes a body. */
  attributes: Record<string, unknown>;
  /** The page asked for, on routes that page (checked before the token); else null. */
  page: Page | null;
  reply: Reply;
}

export interface AuthedArgs extends GlueArgs {
  caller: Caller;
  ctx: NodeContext & { caller: Caller };
}

type Result = Response | GlueFailure;

export interface RouteOptions {
  /** The resource type the JSON:API body must carry; absent for routes without a body. */
  body?: string;
  /** The route pages (`page[offset]`, `page[limit]`): bad paging is a framework error. */
  paged?: boolean;
  /** A public route that still refuses an invalid token when one is sent (401 `001`, §4a). */
  checksSentToken?: boolean;
}

function replyTo(request: Request, url: URL, include: Set<string>): Reply {
  return {
    one: (node, { status, headers, keepQuery = true } = {}) =>
      documentResponse(
        request,
        singleDocument(
          keepQuery && node.self !== undefined
            ? { ...node, self: `${node.self}${url.search}` }
            : node,
          include,
        ),
        status,
        headers,
      ),
    many: (nodes, { links = { self: selfLink(url) }, headers } = {}) =>
      documentResponse(request, collectionDocument(nodes, include, links), 200, headers),
    none: () => noContentResponse(request),
  };
}

function stringParams(params: PathParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/**
 * The routes of one Glue at `baseUrl` (e.g. `http://127.0.0.1:5173/glue` in mock mode):
 * handlers match only requests under it, as a real Glue has an address of its own.
 */
export function glueRoutes(backend: MockBackend, baseUrl: string) {
  /** A Glue path as an MSW route under the base URL. */
  const path = (glue: string) => `${baseUrl}${glue}`;

  /** Framework checks, then (when a resolver for the caller is given) the token. */
  const route =
    (
      options: RouteOptions,
      resolve: (base: GlueArgs) => Promise<Result> | Result,
    ): HttpResponseResolver =>
    async ({ request, params }) => {
      let attributes: Record<string, unknown> = {};
      if (options.body !== undefined) {
        const read = await readDocument(request, options.body);
        if (isFailure(read)) return failureResponse(request, read);
        attributes = read;
      }
      const url = new URL(request.url);
      const page = options.paged ? parsePage(url) : null;
      if (isFailure(page)) return failureResponse(request, page);
      const include = parseInclude(url);
      // Built when the handler runs: inside a write transaction `backend.db` already holds
      // what other tabs saved.
      const run = () =>
        resolve({
          request,
          params: stringParams(params),
          url,
          db: backend.db,
          include,
          ctx: { db: backend.db, base: url.origin, caller: null },
          attributes,
          page,
          reply: replyTo(request, url, include),
        });
      // Everything but a read runs as one write transaction (see mocks/db/shared-state.ts).
      const result =
        request.method === 'GET' || request.method === 'HEAD'
          ? await run()
          : await backend.write(async () => run());
      return isFailure(result) ? failureResponse(request, result) : result;
    };

  /** A public route: no token needed. */
  const open = (
    resolver: (a: GlueArgs) => Promise<Result> | Result,
    options: RouteOptions = {},
  ): HttpResponseResolver =>
    route(options, (base) => {
      const sent = base.request.headers.get('Authorization');
      if (options.checksSentToken && sent !== null) {
        const caller = authenticate(base.db, sent);
        if (isFailure(caller)) return caller;
      }
      return checkPriceParameters(base.url) ?? resolver(base);
    });

  /** A protected route: 002 without a token, 001 with a bad one, after the framework checks. */
  const authed = (
    resolver: (a: AuthedArgs) => Promise<Result> | Result,
    options: RouteOptions = {},
  ): HttpResponseResolver =>
    route(options, (base) => {
      const caller = authenticate(base.db, base.request.headers.get('Authorization'));
      if (isFailure(caller)) return caller;
      return (
        checkPriceParameters(base.url) ??
        resolver({ ...base, caller, ctx: { ...base.ctx, caller } })
      );
    });

  /** PATCH/DELETE without an id in the path: a framework error (400, no code), token or not. */
  const missingId = (options: RouteOptions = {}): HttpResponseResolver =>
    route(options, () => frameworkFail('resourceIdMissing'));

  return { open, authed, missingId, path };
}

export type GlueRoutes = ReturnType<typeof glueRoutes>;

/** Runs `next` only if `value` is not a failure: keeps handlers flat. */
export function andThen<T>(value: T | GlueFailure, next: (value: T) => Result): Result {
  return isFailure(value) ? value : next(value);
}
