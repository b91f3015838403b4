// The app's one door to Glue: fetch with the JSON:API headers, the session's token,
// the UI language, one shared token refresh on 401 `001`, zod-validated documents, and a
// time limit on every request: a Glue that hangs gets a clear message, not a spinner.
import { z } from 'zod/mini';
import {
  JSON_API_MEDIA_TYPE,
  collectionDocumentSchema,
  errorDocumentSchema,
  singleDocumentSchema,
  type CollectionDocument,
  type SingleDocument,
} from './document';
import { GlueError, MalformedResponseError, NetworkError, TimeoutError } from './glue-error';
import { type RequestQuery, requestUrl } from './request-url';

export interface GlueClientOptions {
  baseUrl: string;
  /** The current access token, if any. Read on every request. */
  getAccessToken: () => string | null;
  /**
   * Called once when a request with a token answers 401 `001`, with the token that
   * failed: gets a new token pair (or finds one got meanwhile) and resolves true,
   * resolves false when the session is over, or rejects (e.g. with a NetworkError) when
   * the refresh could not be tried — the request then fails with that error. Concurrent
   * calls must share one refresh (see lib/glue/client.ts).
   */
  refreshSession: (failedToken: string) => Promise<boolean>;
  getLanguage: () => string;
  fetch?: typeof fetch;
  /** How long a read (GET) and a write may take, answer included; read on every request. */
  timeouts?: RequestTimeouts;
}

export interface RequestTimeouts {
  readMs: number;
  writeMs: number;
}

// A cart list of 504 carts takes well under a second on a phone's network: 20 s is a
// Glue that is down behind its proxy, not a slow one. Writes get longer (Glue recalculates
// the cart), and a write that ran out of time may still have happened (TimeoutError.write).
export const DEFAULT_TIMEOUTS: Readonly<RequestTimeouts> = { readMs: 20_000, writeMs: 30_000 };

export interface RequestOptions {
  /** Query parameters; `include` takes a list. */
  query?: RequestQuery;
  body?: { type: string; id?: string; attributes: Record<string, unknown> };
  signal?: AbortSignal;
  /** Send no token even if there is one (login). */
  anonymous?: boolean;
  /** A token to use instead of the session's (during login, before it is stored). */
  token?: string;
  /** The entity tag the change is based on (`If-Match`, docs/glue-api.md §6a); null sends none. */
  ifMatch?: string | null;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

function readJson(response: Response, text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedResponseError(response.status, 'the body is not JSON');
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A short, readable detail for a body that is not an error document: never raw HTML. */
export function plainDetail(text: string, statusText: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  if (title) return title;
  const plain = text.trim();
  if (plain !== '' && !plain.startsWith('<')) return plain.slice(0, 200);
  return statusText;
}

export function createGlueClient(options: GlueClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  /** One request, its answer read in full, within the time limit. */
  async function send(
    method: Method,
    path: string,
    request: RequestOptions,
  ): Promise<{ response: Response; text: string }> {
    const headers: Record<string, string> = {
      Accept: JSON_API_MEDIA_TYPE,
      'Accept-Language': options.getLanguage(),
    };
    const token = request.anonymous ? null : (request.token ?? options.getAccessToken());
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.ifMatch) headers['If-Match'] = request.ifMatch;
    let body: string | undefined;
    if (request.body) {
      headers['Content-Type'] = JSON_API_MEDIA_TYPE;
      body = JSON.stringify({ data: request.body });
    }
    const write = method !== 'GET';
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    const limit = write ? timeouts.writeMs : timeouts.readMs;
    const deadline = new AbortController();
    const timer = setTimeout(() => {
      deadline.abort();
    }, limit);
    const signal = request.signal
      ? AbortSignal.any([request.signal, deadline.signal])
      : deadline.signal;
    try {
      const response = await doFetch(requestUrl(options.baseUrl, path, request.query), {
        method,
        headers,
        body,
        signal,
      });
      return { response, text: await response.text() };
    } catch (error) {
      if (request.signal?.aborted) throw error;
      if (deadline.signal.aborted) throw new TimeoutError(limit, write);
      throw new NetworkError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  function toError(response: Response, text: string): GlueError {
    const parsed = errorDocumentSchema.safeParse(parseJsonOrNull(text));
    if (parsed.success) return new GlueError(response.status, parsed.data.errors);
    // Not every failure is a JSON:API document (docs/glue-api.md §1, rev 3): Glue's framework
    // answers bad paging and CORS refusals in plain text, a proxy in front of Glue an HTML
    // 502/504. They are errors with their status and no code, like Glue's framework errors.
    return new GlueError(response.status, [
      { status: response.status, detail: plainDetail(text, response.statusText) },
    ]);
  }

  /** Sends a request; on 401 `001` refreshes once and retries once. Body null for 204. */
  async function raw(method: Method, path: string, request: RequestOptions = {}) {
    const sessionToken = request.anonymous || request.token ? null : options.getAccessToken();
    let { response, text } = await send(method, path, request);
    if (response.status === 401 && sessionToken) {
      const error = toError(response, text);
      if (!error.hasCode('001')) throw error;
      if (!(await options.refreshSession(sessionToken))) throw error;
      ({ response, text } = await send(method, path, request));
    }
    if (!response.ok) throw toError(response, text);
    const body = response.status === 204 ? null : readJson(response, text);
    return { body, headers: response.headers };
  }

  function parse<T>(schema: z.ZodMiniType<T>, status: number, body: unknown): T {
    const result = schema.safeParse(body);
    if (!result.success) {
      throw new MalformedResponseError(status, z.prettifyError(result.error));
    }
    return result.data;
  }

  return {
    /** A request answering a single resource (GET by id, POST, PATCH). */
    async one(method: Method, path: string, request?: RequestOptions): Promise<SingleDocument> {
      return parse(singleDocumentSchema, 200, (await raw(method, path, request)).body);
    },
    /**
     * A single resource with its entity tag (`ETag`), for resources Glue protects with
     * `If-Match` (carts). The tag is null when the server sends none or a cross-origin
     * server does not expose it.
     */
    async tagged(
      method: Method,
      path: string,
      request?: RequestOptions,
    ): Promise<{ document: SingleDocument; etag: string | null }> {
      const { body, headers } = await raw(method, path, request);
      return { document: parse(singleDocumentSchema, 200, body), etag: headers.get('ETag') };
    },
    /** A request answering a collection. */
    async many(path: string, request?: RequestOptions): Promise<CollectionDocument> {
      return parse(collectionDocumentSchema, 200, (await raw('GET', path, request)).body);
    },
    /** A request answering 204 No Content (DELETE). */
    async none(method: Method, path: string, request?: RequestOptions): Promise<void> {
      await raw(method, path, request);
    },
  };
}

export type GlueClient = ReturnType<typeof createGlueClient>;
