// The configured Glue client and session of this tab. The client refreshes an expired
// token once — concurrent 401s share one refresh — and ends the session if that fails.
import { config } from '../app/config';
import { createGlueClient } from './json-api/client';
import { createSessionStore } from './session/session-store';
import { readTokenPair } from './session/token-pair';

export const sessionStore = createSessionStore(window.sessionStorage);

let language = 'en';
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
  } catch {
    sessionStore.end('expired');
    return false;
  }
}

export const glue = createGlueClient({
  baseUrl: config.glueBaseUrl,
  getAccessToken: () => sessionStore.accessToken(),
  getLanguage: () => language,
  refreshSession() {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
});
