// MockControls without a service worker, for component tests of mock-mode UI: the
// settings live in memory; the data is the test's MSW backend.
import { dataFileName, exportData, importData } from '../../mocks/db/data-file';
import { backend } from '../../mocks/node';
import { PERSONAS } from '../../mocks/db/personas';
import { MOCK_CATALOG } from '../../mocks/designer/catalog';
import { DEFAULT_SETTINGS } from '../../mocks/designer/settings';
import { createListeners } from '../lib/listeners';
import type { MockControls, MockSettings } from '../lib/mock-mode/mock-controls';

export function fakeMockControls(overrides: Partial<MockControls> = {}): MockControls {
  let settings: MockSettings = { ...DEFAULT_SETTINGS };
  const listeners = createListeners();
  return {
    scenario: 'demo',
    personas: PERSONAS,
    catalog: MOCK_CATALOG,
    requestedPersona: null,
    getSettings: () => settings,
    updateSettings: (patch) => {
      settings = { ...settings, ...patch };
      listeners.notify();
    },
    subscribe: listeners.subscribe,
    onExternalChange: () => () => undefined,
    reset: () => undefined,
    // Export and import work on the test's backend, as the browser's do on its database.
    exportData: () => {
      const file = exportData(backend.db, new Date());
      return Promise.resolve({ fileName: dataFileName(file), json: JSON.stringify(file) });
    },
    importData: (text) => {
      const result = importData(text);
      if (!result.ok) return Promise.resolve({ problem: result.problem });
      backend.db = result.db;
      return Promise.resolve(null);
    },
    ...overrides,
  };
}
