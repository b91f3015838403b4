// One mock backend: a database plus the options it was built with. The handlers read
// `backend.db` on every request, so reset() and a scenario switch take effect at once.
import { type DatabaseOptions, type MockDatabase, createDatabase } from './db/database';

/** Runs a write; mock mode makes it a read-modify-write shared with other tabs. */
export type WriteTransaction = <T>(work: () => Promise<T>) => Promise<T>;

export interface MockBackend {
  db: MockDatabase;
  /** How writes run; by default simply in order, in this process. */
  write: WriteTransaction;
  readonly options: DatabaseOptions;
  /** Back to the seed; options given here replace the initial ones for this reset only. */
  reset(options?: DatabaseOptions): void;
}

export function createBackend(initial: DatabaseOptions = {}): MockBackend {
  const backend: MockBackend = {
    db: createDatabase(initial),
    options: initial,
    write: (work) => work(),
    reset(options) {
      backend.db = createDatabase({ ...initial, ...options });
    },
  };
  return backend;
}
