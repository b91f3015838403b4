// What the app knows of mock mode: an interface that `mocks/browser.ts` implements and
// hands over through the one dynamic import in main.tsx. The app never imports the
// mock backend itself (lint enforces it), so none of it can reach the live build.

/**
 * In mock mode Glue has an address of its own on the app's origin, like a real Glue:
 * the worker answers only there, and every other request reaches the network.
 */
export const MOCK_GLUE_PATH = '/glue';

/** A demo persona as the login page and the toolbar list them. */
export interface MockPersona {
  key: string;
  name: string;
  company: string;
  email: string;
  password: string;
  demonstrates: string;
  /** The same in German. */
  demonstratesDe: string;
}

export type Latency = 'none' | 'realistic' | 'slow';

export interface FailureSetting {
  /** An endpoint key of `catalog.endpoints`. */
  endpoint: string;
  /** '500' for a server error, or a Glue error code. */
  response: string;
  /** Only the next matching request fails, then the failure switches itself off. */
  once: boolean;
}

export interface MockSettings {
  scenario: string;
  latency: Latency;
  failure: FailureSetting | null;
  toolbarOpen: boolean;
}

/** The choices the toolbar offers, as the mock backend defines them. */
export interface MockCatalog {
  latencyMs: Readonly<Record<Latency, number>>;
  endpoints: readonly { key: string; label: string }[];
}

export interface MockControls {
  readonly scenario: string;
  readonly personas: readonly MockPersona[];
  readonly catalog: MockCatalog;
  /** The persona a `?persona=` link asked for, once; the app signs in as them. */
  readonly requestedPersona: MockPersona | null;
  getSettings: () => MockSettings;
  /** Latency, failure and toolbar state apply at once; a new scenario reloads the page. */
  updateSettings: (patch: Partial<MockSettings>) => void;
  subscribe: (listener: () => void) => () => void;
  /** Another tab changed the data: the app refetches what it shows. */
  onExternalChange: (listener: () => void) => () => void;
  /** Back to the seed data of the current scenario, then a reload so every view starts over. */
  reset: () => void;
  /** The current mock data (carts and shares) as a JSON file to download. */
  exportData: () => Promise<{ fileName: string; json: string }>;
  /**
   * Replaces the mock data with a file's (switching to its scenario) and reloads. A file
   * that does not fit resolves with the reason, and nothing changes.
   */
  importData: (text: string) => Promise<{ problem: string } | null>;
}
