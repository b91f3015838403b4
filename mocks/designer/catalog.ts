// The toolbar's choices, as the backend defines them: handed to the app at runtime
// (MockControls.catalog), so the app imports no value from mocks/.
import type { MockCatalog } from '../../src/lib/mock-mode/mock-controls';
import { ENDPOINTS } from './endpoints';
import { LATENCY_MS } from './settings';

export const MOCK_CATALOG: MockCatalog = {
  latencyMs: LATENCY_MS,
  endpoints: Object.entries(ENDPOINTS).map(([key, { label }]) => ({ key, label })),
};
