// The number of mock mode's last save, kept in IndexedDB: unlike localStorage, whose copy
// in each tab's renderer learns of another tab's write a moment later, IndexedDB answers
// every tab alike the moment a transaction is done (shared-state.ts says why it matters).
import type { SaveLedger } from './shared-state';

const DATABASE = 'shared-carts.mock-db-saves';
const STORE = 'saves';

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode) {
  return (database: IDBDatabase) =>
    new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const pending = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        resolve(pending.result);
      };
      transaction.onerror = () => {
        reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      };
    });
}

/** The ledger of one scenario's saves; null where the browser has no IndexedDB. */
export function indexedDbLedger(scenario: string): SaveLedger | null {
  if (typeof indexedDB === 'undefined') return null;
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DATABASE, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(STORE);
    };
    open.onsuccess = () => {
      resolve(open.result);
    };
    open.onerror = () => {
      reject(open.error ?? new Error('IndexedDB unavailable'));
    };
  });
  return {
    last: async () => {
      const value = await request<unknown>(
        (store) => store.get(scenario),
        'readonly',
      )(await opened);
      return typeof value === 'number' ? value : 0;
    },
    record: async (version) => {
      await request((store) => store.put(version, scenario), 'readwrite')(await opened);
    },
  };
}
