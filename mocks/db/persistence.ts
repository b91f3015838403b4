// Mock mode keeps its data across reloads: the mutable part of the database
// (carts, shares, tokens) is saved to Web Storage after every change. The seed part
// is rebuilt from the scenario, so even the large scenario stays small on disk.
import { type MockDatabase, type MutableState, restore, snapshot } from './database';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const VERSION = 1;
export const stateKey = (scenario: string) => `shared-carts.mock-db.v${VERSION}.${scenario}`;

const isState = (value: unknown): value is MutableState =>
  typeof value === 'object' &&
  value !== null &&
  ['carts', 'shares', 'accessTokens', 'refreshTokens'].every((key) =>
    Array.isArray((value as Record<string, unknown>)[key]),
  );

/** Restores a saved state into `db`; returns false (and leaves the seed) if there is none or it is unreadable. */
export function loadState(storage: KeyValueStorage, db: MockDatabase): boolean {
  const raw = storage.getItem(stateKey(db.scenario));
  if (raw === null) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isState(parsed)) return false;
    restore(db, parsed);
    return true;
  } catch {
    return false;
  }
}

/**
 * The number of the save the stored state came from (0 before numbered saves): how a tab
 * tells that what its localStorage shows is not yet another tab's last save (shared-state.ts).
 */
export function storedVersion(storage: KeyValueStorage, scenario: string): number {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(stateKey(scenario)) ?? 'null');
    const version = (parsed as { version?: unknown } | null)?.version;
    return typeof version === 'number' ? version : 0;
  } catch {
    return 0;
  }
}

/** Saves the state (as save number `version`); false when the storage refused it. */
export function saveState(storage: KeyValueStorage, db: MockDatabase, version = 0): boolean {
  const now = db.now();
  const state = snapshot(db);
  // Expired tokens are of no use after a reload; leaving them out keeps storage small.
  state.accessTokens = state.accessTokens.filter((t) => t.expiresAt > now);
  state.refreshTokens = state.refreshTokens.filter((t) => t.expiresAt > now);
  try {
    storage.setItem(stateKey(db.scenario), JSON.stringify({ ...state, version }));
    return true;
  } catch {
    return false;
  }
}

export function clearState(storage: KeyValueStorage, scenario: string): void {
  storage.removeItem(stateKey(scenario));
}
