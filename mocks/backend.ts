// One mock backend: a database plus the options it was built with. The handlers read
// `backend.db` on every request, so reset() and a scenario switch take effect at once.
import { type DatabaseOptions, type MockDatabase, createDatabase } from './db/database';

export interface MockBackend {
  db: MockDatabase;
  readonly options: DatabaseOptions;
  /** Back to the seed; options given here replace the initial ones for this reset only. */
  reset(options?: DatabaseOptions): void;
}

export function createBackend(initial: DatabaseOptions = {}): MockBackend {
  const backend: MockBackend = {
    db: createDatabase(initial),
    options: initial,
    reset(options) {
      backend.db = createDatabase({ ...initial, ...options });
    },
  };
  return backend;
}
