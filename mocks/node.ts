// The mock backend inside Vitest: the same handlers, intercepting Node's fetch.
// Tests call `backend.reset()` (see src/test/setup.ts) for a fresh database each.
import { setupServer } from 'msw/node';
import { createBackend } from './backend';
import { createHandlers } from './http/handlers';

/** The origin tests send Glue requests to. */
export const TEST_GLUE_URL = 'http://glue.test';

export const backend = createBackend();
export const server = setupServer(...createHandlers(backend));
