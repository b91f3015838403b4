// What people read when the app cannot even start. The catalogs may be what failed to
// load, so these few texts ship with the entry in both languages; live mode never
// mentions the mock backend it does not have.
import type { Language } from '../lib/i18n/i18n';

export type StartupFailure = 'mock-backend' | 'app';

const TEXTS: Record<Language, Record<StartupFailure, string>> = {
  en: {
    'mock-backend':
      'The demo data could not start in this browser. Open the app at http://127.0.0.1 or http://localhost (the mock mode needs a service worker), then reload.',
    app: 'The app could not be loaded. Check your connection and reload the page.',
  },
  de: {
    'mock-backend':
      'Die Demodaten konnten in diesem Browser nicht starten. Öffnen Sie die App unter http://127.0.0.1 oder http://localhost (der Mock-Modus braucht einen Service Worker) und laden Sie neu.',
    app: 'Die App konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  },
};

export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(
    readonly failure: StartupFailure,
    override readonly cause: unknown,
  ) {
    super(`Startup failed: ${failure}`);
  }
}

/** The message for a failure at startup, in the user's language. */
export function startupErrorMessage(error: unknown, language: Language): string {
  const failure = error instanceof StartupError ? error.failure : 'app';
  return TEXTS[language][failure];
}
