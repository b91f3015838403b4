// A page's first Glue request, started before the app runs. On a first load the app's
// code has to arrive and run before its route loader can ask Glue for the page's data;
// the small script index.html loads first (build/vite-route-preload.ts) knows the
// address and the session, so it sends that request at once and leaves the pending
// answer here. The app's fetch takes it instead of asking again — only for the very
// same request (address and headers: token, language), and only once. Anything else
// goes to the network as usual, and the answer goes through the client's normal path:
// a 401 `001` for an expired token still refreshes and retries, a network failure is
// still a NetworkError.

/** The property of `window` the script leaves the request on. */
export const FIRST_REQUEST_KEY = 'sharedCartsFirstRequest';

export interface FirstRequest {
  url: string;
  headers: Record<string, string>;
  response: Promise<Response>;
}

/** Where the script leaves it: `window`. */
export type FirstRequestHolder = Partial<Record<typeof FIRST_REQUEST_KEY, FirstRequest>>;

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([name, value]) => b[name] === value);

/** The pending answer, as a fetch would give it, with the caller's abort signal honoured. */
function answer(response: Promise<Response>, signal: AbortSignal | null | undefined) {
  if (!signal) return response;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<Response>((resolve, reject) => {
    const abort = () => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/**
 * A fetch that answers the first request to the script's address from the script's
 * request when it is the same GET with the same headers. The first request to that
 * address takes it off the holder whether it matches or not: an answer is never handed
 * out twice, nor kept for later, when it would be old.
 */
export function withFirstRequest(holder: FirstRequestHolder, fetchFn: typeof fetch): typeof fetch {
  return (input, init) => {
    const first = holder[FIRST_REQUEST_KEY];
    if (first && typeof input === 'string' && input === first.url) {
      holder[FIRST_REQUEST_KEY] = undefined;
      const headers = init?.headers;
      const plain = headers && !(headers instanceof Headers) && !Array.isArray(headers);
      if ((init?.method ?? 'GET') === 'GET' && !init?.body && plain) {
        if (sameHeaders(first.headers, headers)) return answer(first.response, init.signal);
      }
    }
    return fetchFn(input, init);
  };
}
