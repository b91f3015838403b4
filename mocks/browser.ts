// Mock mode in the browser: the Glue backend runs behind MSW's service worker over a
// database saved in localStorage — shared by the tabs of this browser, so two tabs can
// be two people — plus the designer settings (scenario, latency, failures). Loaded only
// through the dynamic import in src/main.tsx, so it never reaches the live build.
import { getResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createBackend } from './backend';
import { dataFileName, exportData, importData } from './db/data-file';
import { clearState, loadState, stateKey } from './db/persistence';
import { sharedState } from './db/shared-state';
import { indexedDbLedger } from './db/save-ledger';
import { PERSONAS } from './db/personas';
import { injectionHandlers } from './designer/injection';
import { createListeners } from '../src/lib/listeners';
import { MOCK_GLUE_PATH, type MockControls } from '../src/lib/mock-mode/mock-controls';
import { MOCK_CATALOG } from './designer/catalog';
import {
  DEFAULT_SETTINGS,
  type MockSettings,
  SETTINGS_KEY,
  SETTING_PARAMS,
  normalizeSettings,
  readSettings,
} from './designer/settings';
import { createHandlers } from './http/handlers';

function tokenTtl(): number | undefined {
  const ttl = Number(import.meta.env.VITE_MOCK_TOKEN_TTL);
  return Number.isFinite(ttl) && ttl > 0 ? ttl : undefined;
}

/** Applied URL parameters leave the address, so a reload does not apply them again. */
function cleanAddress(params: string[]) {
  const url = new URL(window.location.href);
  let changed = false;
  for (const name of params) {
    if (url.searchParams.has(name)) {
      url.searchParams.delete(name);
      changed = true;
    }
  }
  if (changed) window.history.replaceState(window.history.state, '', url);
}

export async function startMockWorker(): Promise<MockControls> {
  const glueBaseUrl = `${window.location.origin}${MOCK_GLUE_PATH}`;
  let settings = readSettings(localStorage.getItem(SETTINGS_KEY), window.location.search);
  const personaKey = new URLSearchParams(window.location.search).get('persona');
  const requestedPersona = PERSONAS.find((p) => p.key === personaKey) ?? null;
  cleanAddress(SETTING_PARAMS);

  const listeners = createListeners();
  const externalListeners = createListeners();
  const save = (next: MockSettings) => {
    settings = next;
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // A full storage: the settings hold for this page, not after a reload.
    }
    listeners.notify();
  };
  save(settings);

  const backend = createBackend({ scenario: settings.scenario, tokenTtlSeconds: tokenTtl() });
  loadState(localStorage, backend.db);
  // Writes from several tabs at the same moment: one at a time, none lost.
  const shared = sharedState(
    localStorage,
    () => backend.db,
    navigator.locks,
    indexedDbLedger(backend.db.scenario) ?? undefined,
  );
  backend.write = shared.write;

  const glue = [
    ...injectionHandlers(
      () => settings,
      () => {
        save({ ...settings, failure: null });
      },
      glueBaseUrl,
    ),
    ...createHandlers(backend, glueBaseUrl),
  ];
  // One door for MSW to try, Glue's. MSW reads a request's cookies and matches its URL
  // for each handler it tries (msw 2.15, HttpHandler.parse), and it tried all of Glue's
  // forty-odd on every script and style the page loads: a click on a cart sent its
  // request late, behind its chunks, each a few milliseconds of the main thread.
  const worker = setupWorker(
    http.all(`${glueBaseUrl}/*`, ({ request }) => getResponse(glue, request)),
  );

  // Two tabs, one database: a save in another tab arrives here as a storage event.
  window.addEventListener('storage', (event) => {
    if (event.key === stateKey(backend.db.scenario) && event.newValue !== null) {
      shared.onStoredElsewhere();
      externalListeners.notify();
    } else if (event.key === SETTINGS_KEY) {
      settings = readSettings(event.newValue, '');
      listeners.notify();
    }
  });

  // Everything that is not Glue (scripts, styles, pages) is the dev or static server's.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

  return {
    scenario: backend.db.scenario,
    personas: PERSONAS,
    catalog: MOCK_CATALOG,
    requestedPersona,
    getSettings: () => settings,
    updateSettings: (patch) => {
      // The app speaks plain strings; only what the backend knows is kept.
      const next = normalizeSettings({ ...settings, ...patch });
      save(next);
      if (next.scenario !== backend.db.scenario) window.location.reload();
    },
    subscribe: listeners.subscribe,
    onExternalChange: externalListeners.subscribe,
    exportData: () =>
      // Under the lock and from storage: what every tab sees now, with no write half done.
      shared.read(() => {
        const file = exportData(backend.db, new Date());
        return Promise.resolve({
          fileName: dataFileName(file),
          json: JSON.stringify(file, null, 2),
        });
      }),
    importData: async (text) => {
      const result = importData(text);
      if (!result.ok) return { problem: result.problem };
      try {
        await shared.replace(result.db);
      } catch (error) {
        return { problem: error instanceof Error ? error.message : String(error) };
      }
      save({ ...settings, scenario: result.db.scenario, failure: null });
      // The page shown may be of a cart the file does not have: start over at the start.
      window.location.assign(import.meta.env.BASE_URL);
      return null;
    },
    reset: () => {
      clearState(localStorage, backend.db.scenario);
      save({ ...DEFAULT_SETTINGS, scenario: settings.scenario, toolbarOpen: settings.toolbarOpen });
      window.location.reload();
    },
  };
}
