// The configured Glue client and session of this tab. The client refreshes an expired
// token once — concurrent 401s share one refresh — and ends the session only when Glue
// refuses the refresh token.
import { config } from '../config';
import { initialLanguage, localeOf } from '../i18n/i18n';
import { DEFAULT_TIMEOUTS, createGlueClient } from '../json-api/client';
import { type FirstRequestHolder, withFirstRequest } from '../json-api/first-request';
import { isGlueError } from '../json-api/glue-error';
import { createSessionStore } from '../session/session-store';
import { readTokenPair } from '../session/token-pair';

// The other tabs of this browser hear of a session's end and of its new tokens.
const sessionChannel =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('shared-carts.session') : undefined;
// Node (the unit tests) would otherwise keep running for the channel's sake.
(sessionChannel as { unref?: () => void } | undefined)?.unref?.();

export const sessionStore = createSessionStore(window.sessionStorage, sessionChannel);
// The refresh handoff (and its clean-up) is needed only around a refresh: it loads then,
// not with the first page (docs/architecture.md, "What /login costs").
const handoffs = () => import('../session/refresh-handoff');
setTimeout(() => {
  void handoffs().then(({ pruneHandoffs }) => {
    pruneHandoffs(window.localStorage);
  });
}, 5_000);

// Set from the start: route loaders send requests before the UI first renders.
let language = localeOf(initialLanguage());
/** The UI language, sent as Accept-Language. */
export const setGlueLanguage = (next: string) => {
  language = next;
};

/** `task` alone across this browser's tabs (Web Locks, where the page is a secure context). */
function alone<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (navigator as Partial<Navigator>).locks;
  // request() resolves with what the task resolves with (its type says Promise<Promise<T>>).
  return locks ? (locks.request(name, task) as unknown as Promise<T>) : task();
}

let refreshing: Promise<boolean> | null = null;

async function refreshOnce(failedToken: string): Promise<boolean> {
  const asked = sessionStore.getSnapshot().session;
  if (!asked) return false;
  // Tabs of one session share a refresh token that Glue rotates: one refresh at a time,
  // and each reads the session again once it is its turn (session/refresh-handoff.ts).
  return alone(`shared-carts.refresh.${asked.id}`, async () => {
    const session = sessionStore.getSnapshot().session;
    // Logged out, or someone else logged in, meanwhile: not this request's session any more.
    if (session?.id !== asked.id) return false;
    // Refreshed since the token failed, by this tab or (told by message) another.
    if (session.accessToken !== failedToken) return true;
    const { id, refreshToken } = session;
    const { leaveHandoff, takeHandoff } = await handoffs();
    const handed = takeHandoff(window.localStorage, id, refreshToken);
    if (handed) return sessionStore.refreshed(id, refreshToken, handed);
    try {
      const document = await glue.one('POST', '/refresh-tokens', {
        anonymous: true,
        body: { type: 'refresh-tokens', attributes: { refreshToken } },
      });
      const { accessToken, refreshToken: next } = readTokenPair(document);
      const tokens = { accessToken, refreshToken: next };
      leaveHandoff(window.localStorage, id, refreshToken, tokens);
      // Applied only to the session that asked, if this tab still holds it.
      return sessionStore.refreshed(id, refreshToken, tokens);
    } catch (error) {
      // Only Glue's own "this refresh token is no good" (401 `004`) ends the session. A
      // network failure or a server error keeps it: the request fails with that error,
      // the page says the shop can't be reached, and a retry refreshes again.
      if (isGlueError(error, '004')) {
        if (sessionStore.getSnapshot().session?.id === id) sessionStore.end('expired');
        return false;
      }
      throw error;
    }
  });
}

/** The time limits of this tab's requests (tests shorten them). */
export const glueTimeouts = { ...DEFAULT_TIMEOUTS };

export const glue = createGlueClient({
  timeouts: glueTimeouts,
  baseUrl: config.glueBaseUrl,
  // A first load's page request may already be on its way (json-api/first-request.ts).
  fetch: withFirstRequest(window as FirstRequestHolder, (input, init) => fetch(input, init)),
  getAccessToken: () => sessionStore.accessToken(),
  getLanguage: () => language,
  refreshSession(failedToken) {
    refreshing ??= refreshOnce(failedToken).finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
});
