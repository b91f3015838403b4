// Mock mode's tabs share one database in localStorage (two tabs can be two people).
// Each tab keeps a copy in memory, so a write must be read-modify-write on the stored
// state, and no other tab may write in between — else the last snapshot wins and the
// other tab's change is lost. Writes run one at a time across tabs under a Web Lock,
// each starting from the state as stored now.
//
// "As stored now" needs one more step. Each tab's renderer keeps its own copy of
// localStorage, and another tab's save reaches it a moment later: a write that gets the
// lock right after another tab's may still read the state from before it, and its save
// then drops that tab's change (two pages writing eight carts each lost all of one page's
// carts in a CI run). So every save has a number, recorded before the lock is let go in a
// ledger every tab reads alike (IndexedDB, save-ledger.ts), and a write waits until its
// localStorage shows at least that save.
import type { MockDatabase } from './database';
import { type KeyValueStorage, loadState, saveState, storedVersion } from './persistence';

/** The part of `navigator.locks` used here (a test can pass its own). */
export interface ExclusiveLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export type Transaction = <T>(work: () => Promise<T>) => Promise<T>;

/** The number of the last save, the same in every tab at once (save-ledger.ts). */
export interface SaveLedger {
  last(): Promise<number>;
  record(version: number): Promise<void>;
}

/** How long a write waits for its localStorage to show the last save, at most. */
const CATCH_UP_MS = 2_000;

export interface SharedState {
  /** Runs a write on the state as stored, under the lock, and saves it. */
  write: Transaction;
  /** Reads the state as stored, under the lock (no write half done), without saving. */
  read: Transaction;
  /** Stores another database in place of this one's (an imported file), under the lock. */
  replace: (next: MockDatabase) => Promise<void>;
  /**
   * Another tab saved: reload, unless a write of this tab is under way — its changes
   * are not saved yet and would be lost, and it started from a state that already
   * included the other tab's save (the lock orders the writes), so nothing is missed.
   */
  onStoredElsewhere: () => boolean;
}

export const LOCK_NAME = 'shared-carts.mock-db';

export const STORAGE_FULL =
  "This browser's storage is full, so the data could not be saved. Free some space (for example, clear this site's data) and import again.";

/**
 * Write transactions over the stored state: under the lock, re-read what other tabs
 * saved, do the work, save. Without a lock manager (very old browsers) the re-read and
 * save still narrow the window to the work itself.
 */
export function sharedState(
  storage: KeyValueStorage,
  db: () => MockDatabase,
  locks: ExclusiveLocks | undefined,
  ledger?: SaveLedger,
): SharedState {
  let writing = 0;
  const underLock = <T>(run: () => Promise<T>) => (locks ? locks.request(LOCK_NAME, run) : run());
  const stored = () => storedVersion(storage, db().scenario);
  /** Waits (briefly) until this tab's localStorage shows the last save of any tab. */
  async function caughtUp(): Promise<number> {
    const last = ledger ? await ledger.last().catch(() => 0) : 0;
    const until = Date.now() + CATCH_UP_MS;
    while (stored() < last && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return last;
  }
  /** Saves as the next number and records it before the lock is let go. */
  async function save(next: MockDatabase, last: number): Promise<boolean> {
    const version = Math.max(last, stored()) + 1;
    if (!saveState(storage, next, version)) return false;
    await ledger?.record(version).catch(() => undefined);
    return true;
  }
  const write = <T>(work: () => Promise<T>) =>
    underLock(async () => {
      writing++;
      let last = 0;
      try {
        last = await caughtUp();
        loadState(storage, db());
        return await work();
      } finally {
        // A full storage keeps the change in this tab's memory only: the request still
        // answers as Glue would, and the next reload starts from the last saved state.
        await save(db(), last);
        writing--;
      }
    });
  return {
    write,
    // No save: another tab would take the unchanged state for a change and reload it.
    read: (work) =>
      underLock(() => {
        loadState(storage, db());
        return work();
      }),
    replace: (next) =>
      underLock(async () => {
        if (!(await save(next, await caughtUp()))) throw new Error(STORAGE_FULL);
      }),
    onStoredElsewhere: () => (writing > 0 ? false : loadState(storage, db())),
  };
}
