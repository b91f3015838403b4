// Mock mode in the browser: the Glue backend runs in a service worker over a database
// that persists in localStorage across reloads. Loaded only through the dynamic
// import in src/main.tsx, so it never reaches the live build.
import { setupWorker } from 'msw/browser';
import { createBackend } from './backend';
import { SCENARIOS, type ScenarioName } from './db/database';
import { clearState, loadState, saveState } from './db/persistence';
import { type Persona, PERSONAS } from './db/personas';
import { asksForJsonApi, createHandlers } from './http/handlers';

const SCENARIO_KEY = 'shared-carts.mock-scenario';

/** `?scenario=large` (remembered) or the scenario chosen before, else the demo data. */
function chooseScenario(): ScenarioName {
  const fromUrl = new URLSearchParams(window.location.search).get('scenario');
  if (fromUrl && SCENARIOS.includes(fromUrl as ScenarioName)) {
    localStorage.setItem(SCENARIO_KEY, fromUrl);
    return fromUrl as ScenarioName;
  }
  const stored = localStorage.getItem(SCENARIO_KEY);
  return stored && SCENARIOS.includes(stored as ScenarioName) ? (stored as ScenarioName) : 'demo';
}

function tokenTtl(): number | undefined {
  const ttl = Number(import.meta.env.VITE_MOCK_TOKEN_TTL);
  return Number.isFinite(ttl) && ttl > 0 ? ttl : undefined;
}

export interface MockControls {
  scenario: ScenarioName;
  personas: Persona[];
  /** Back to the seed data of the current scenario, then a reload so every view starts over. */
  reset(): void;
}

let controls: MockControls | null = null;

export function mockControls(): MockControls | null {
  return controls;
}

export async function startMockWorker(): Promise<MockControls> {
  const backend = createBackend({ scenario: chooseScenario(), tokenTtlSeconds: tokenTtl() });
  loadState(localStorage, backend.db);
  const worker = setupWorker(...createHandlers(backend, { isGlueRequest: asksForJsonApi }));
  worker.events.on('response:mocked', ({ request }) => {
    if (request.method !== 'GET') saveState(localStorage, backend.db);
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  controls = {
    scenario: backend.db.scenario,
    personas: PERSONAS,
    reset() {
      clearState(localStorage, backend.db.scenario);
      backend.reset();
      window.location.reload();
    },
  };
  return controls;
}
