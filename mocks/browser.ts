// Mock mode in the browser: the Glue backend runs behind MSW's service worker over a
// database saved in localStorage — shared by the tabs of this browser, so two tabs can
// be two people — plus the designer settings (scenario, latency, failures). Loaded only
// through the dynamic import in src/main.tsx, so it never reaches the live build.
import { setupWorker } from 'msw/browser';
import { createBackend } from './backend';
import type { ScenarioName } from './db/database';
import { clearState, loadState, stateKey } from './db/persistence';
import { sharedState } from './db/shared-state';
import { type Persona, PERSONAS } from './db/personas';
import { injectionHandlers } from './designer/injection';
import {
  DEFAULT_SETTINGS,
  type MockSettings,
  SETTINGS_KEY,
  SETTING_PARAMS,
  readSettings,
} from './designer/settings';
import { asksForJsonApi, createHandlers } from './http/handlers';

export interface MockControls {
  readonly scenario: ScenarioName;
  readonly personas: Persona[];
  /** The persona a `?persona=` link asked for, once; the app signs in as them. */
  readonly requestedPersona: Persona | null;
  getSettings: () => MockSettings;
  /** Latency, failure and toolbar state apply at once; a new scenario reloads the page. */
  updateSettings: (patch: Partial<MockSettings>) => void;
  subscribe: (listener: () => void) => () => void;
  /** Another tab changed the data: the app refetches what it shows. */
  onExternalChange: (listener: () => void) => () => void;
  /** Back to the seed data of the current scenario, then a reload so every view starts over. */
  reset: () => void;
}

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
  let settings = readSettings(localStorage.getItem(SETTINGS_KEY), window.location.search);
  const personaKey = new URLSearchParams(window.location.search).get('persona');
  const requestedPersona = PERSONAS.find((p) => p.key === personaKey) ?? null;
  cleanAddress(SETTING_PARAMS);

  const listeners = new Set<() => void>();
  const externalListeners = new Set<() => void>();
  const save = (next: MockSettings) => {
    settings = next;
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    for (const listener of listeners) listener();
  };
  save(settings);

  const backend = createBackend({ scenario: settings.scenario, tokenTtlSeconds: tokenTtl() });
  loadState(localStorage, backend.db);
  // Writes from several tabs at the same moment: one at a time, none lost.
  const shared = sharedState(localStorage, () => backend.db, navigator.locks);
  backend.write = shared.write;

  const worker = setupWorker(
    ...injectionHandlers(
      () => settings,
      () => {
        save({ ...settings, failure: null });
      },
      asksForJsonApi,
    ),
    ...createHandlers(backend, { isGlueRequest: asksForJsonApi }),
  );

  // Two tabs, one database: a save in another tab arrives here as a storage event.
  window.addEventListener('storage', (event) => {
    if (event.key === stateKey(backend.db.scenario) && event.newValue !== null) {
      shared.onStoredElsewhere();
      for (const listener of externalListeners) listener();
    } else if (event.key === SETTINGS_KEY) {
      settings = readSettings(event.newValue, '');
      for (const listener of listeners) listener();
    }
  });

  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

  return {
    scenario: backend.db.scenario,
    personas: PERSONAS,
    requestedPersona,
    getSettings: () => settings,
    updateSettings: (patch) => {
      const next = { ...settings, ...patch };
      save(next);
      if (next.scenario !== backend.db.scenario) window.location.reload();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onExternalChange: (listener) => {
      externalListeners.add(listener);
      return () => externalListeners.delete(listener);
    },
    reset: () => {
      clearState(localStorage, backend.db.scenario);
      save({ ...DEFAULT_SETTINGS, scenario: settings.scenario, toolbarOpen: settings.toolbarOpen });
      window.location.reload();
    },
  };
}
