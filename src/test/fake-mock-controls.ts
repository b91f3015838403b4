// MockControls without a service worker, for component tests of mock-mode UI: the
// settings live in memory; the data is the test's MSW backend.
import type { MockControls } from '../../mocks/browser';
import { PERSONAS } from '../../mocks/db/personas';
import { DEFAULT_SETTINGS, type MockSettings } from '../../mocks/designer/settings';

export function fakeMockControls(overrides: Partial<MockControls> = {}): MockControls {
  let settings: MockSettings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  return {
    scenario: 'demo',
    personas: PERSONAS,
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
