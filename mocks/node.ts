// The mock backend inside Vitest: the same handlers, intercepting Node's fetch.
// Tests call `backend.reset()` (see src/test/setup.ts) for a fresh database each.
import { setupServer } from 'msw/node';
import { createBackend } from './backend';
import { createHandlers } from './http/handlers';
import { MOCK_GLUE_PATH } from '../src/lib/mock-mode/mock-controls';

/**
 * Where Glue lives in tests. The mock contract tests (Node) call `http://glue.test`; the
 * component tests (jsdom) run the app, which in mock mode sends Glue requests to its own
 * origin's `/glue` (src/lib/config.ts).
 */
export const TEST_GLUE_URL =
  typeof window === 'undefined' ? 'http://glue.test' : `${window.location.origin}${MOCK_GLUE_PATH}`;

export const backend = createBackend();
export const server = setupServer(...createHandlers(backend, TEST_GLUE_URL));
