// The configured Glue client and session of this tab. The client refreshes an expired
// token once — concurrent 401s share one refresh — and ends the session only when Glue
// refuses the refresh token.
import { config } from './config';
import { initialLanguage, localeOf } from './i18n/i18n';
import { createGlueClient } from './json-api/client';
import { type FirstRequestHolder, withFirstRequest } from './json-api/first-request';
import { isGlueError } from './json-api/glue-error';
import { createSessionStore } from './session/session-store';
import { readTokenPair } from './session/token-pair';

export const sessionStore = createSessionStore(window.sessionStorage);

// Set from the start: route loaders send requests before the UI first renders.
let language = localeOf(initialLanguage());
/** The UI language, sent as Accept-Language. */
export const setGlueLanguage = (next: string) => {
  language = next;
};

let refreshing: Promise<boolean> | null = null;

async function refreshOnce(): Promise<boolean> {
  const session = sessionStore.getSnapshot().session;
  if (!session) return false;
  try {
    const document = await glue.one('POST', '/refresh-tokens', {
      anonymous: true,
      body: { type: 'refresh-tokens', attributes: { refreshToken: session.refreshToken } },
    });
    const pair = readTokenPair(document);
    sessionStore.update({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
    return true;
  } catch (error) {
    // Only Glue's own "this refresh token is no good" (401 `004`) ends the session. A
    // network failure or a server error keeps it: the request fails with that error,
    // the page says the shop can't be reached, and a retry refreshes again.
    if (isGlueError(error, '004')) {
      sessionStore.end('expired');
      return false;
    }
    throw error;
  }
}

export const glue = createGlueClient({
  baseUrl: config.glueBaseUrl,
  // A first load's page request may already be on its way (json-api/first-request.ts).
  fetch: withFirstRequest(window as FirstRequestHolder, (input, init) => fetch(input, init)),
  getAccessToken: () => sessionStore.accessToken(),
  getLanguage: () => language,
  refreshSession() {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
});
