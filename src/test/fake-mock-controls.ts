// MockControls without a service worker, for component tests of mock-mode UI: the
// settings live in memory; the data is the test's MSW backend.
import { PERSONAS } from '../../mocks/db/personas';
import { MOCK_CATALOG } from '../../mocks/designer/catalog';
import { DEFAULT_SETTINGS } from '../../mocks/designer/settings';
import type { MockControls, MockSettings } from '../lib/mock-mode/mock-controls';

export function fakeMockControls(overrides: Partial<MockControls> = {}): MockControls {
  let settings: MockSettings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  return {
    scenario: 'demo',
    personas: PERSONAS,
    catalog: MOCK_CATALOG,
    requestedPersona: null,
    getSettings: () => settings,
    updateSettings: (patch) => {
      settings = { ...settings, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onExternalChange: () => () => undefined,
    reset: () => undefined,
    ...overrides,
  };
}
