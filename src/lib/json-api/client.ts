// The app's one door to Glue: fetch with the JSON:API headers, the session's token,
// the UI language, one shared token refresh on 401 `001`, and zod-validated documents.
import { z } from 'zod/mini';
import {
  JSON_API_MEDIA_TYPE,
  collectionDocumentSchema,
  errorDocumentSchema,
  singleDocumentSchema,
  type CollectionDocument,
  type SingleDocument,
} from './document';
import { GlueError, MalformedResponseError, NetworkError } from './glue-error';
import { type RequestQuery, requestUrl } from './request-url';

export interface GlueClientOptions {
  baseUrl: string;
  /** The current access token, if any. Read on every request. */
  getAccessToken: () => string | null;
  /**
   * Called once when a request with a token answers 401 `001`: gets a new token pair and
   * resolves true, resolves false when the session is over, or rejects (e.g. with a
   * NetworkError) when the refresh could not be tried — the request then fails with
   * that error. Concurrent calls must share one refresh (see glue.ts).
   */
  refreshSession: () => Promise<boolean>;
  getLanguage: () => string;
  fetch?: typeof fetch;
}

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

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
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

  async function send(method: Method, path: string, request: RequestOptions): Promise<Response> {
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
    try {
      return await doFetch(requestUrl(options.baseUrl, path, request.query), {
        method,
        headers,
        body,
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new NetworkError(error);
    }
  }

  async function toError(response: Response): Promise<GlueError> {
    const text = await response.text();
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
    let response = await send(method, path, request);
    const usedSessionToken = !request.anonymous && !request.token;
    if (response.status === 401 && usedSessionToken && options.getAccessToken()) {
      const error = await toError(response);
      if (!error.hasCode('001')) throw error;
      if (!(await options.refreshSession())) throw error;
      response = await send(method, path, request);
    }
    if (!response.ok) throw await toError(response);
    const body = response.status === 204 ? null : await readJson(response);
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
