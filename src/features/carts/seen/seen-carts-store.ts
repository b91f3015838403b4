// Which carts shared with a company user they have opened, remembered in this browser.
// Glue has no "seen" flag, so this lives in localStorage, one entry per company user:
// two people on one computer keep their own. A share that ends is forgotten, so a cart
// shared again later is new again.
import { z } from 'zod/mini';
import { createListeners } from '../../../lib/listeners';
import type { KeyValueStorage } from '../../../lib/session/session-store';

const keyOf = (companyUserId: string) => `shared-carts.seen-carts.v1.${companyUserId}`;

/** The stored ids: a list of cart ids; anything else counts as none seen. */
const storedIds = z.array(z.string());

function parse(raw: string | null): ReadonlySet<string> {
  if (raw === null) return new Set();
  try {
    const ids = storedIds.safeParse(JSON.parse(raw));
    return new Set(ids.success ? ids.data : []);
  } catch {
    return new Set();
  }
}

export function createSeenCartsStore(storage: KeyValueStorage) {
  const { subscribe, notify } = createListeners();
  // One parsed set per stored string: React needs the same snapshot until it changes.
  const cache = new Map<string, { raw: string | null; ids: ReadonlySet<string> }>();

  function seen(companyUserId: string): ReadonlySet<string> {
    const raw = storage.getItem(keyOf(companyUserId));
    const cached = cache.get(companyUserId);
    if (cached?.raw === raw) return cached.ids;
    const ids = parse(raw);
    cache.set(companyUserId, { raw, ids });
    return ids;
  }

  function save(companyUserId: string, ids: Iterable<string>) {
    try {
      storage.setItem(keyOf(companyUserId), JSON.stringify([...ids]));
    } catch {
      // A full storage: the marker stays (forgetting is all this feature can do), the page works.
      return;
    }
    notify();
  }

  return {
    seen,
    subscribe,
    /** Another tab of this browser opened a cart: its marker goes here too. */
    notify,
    markSeen: (companyUserId: string, cartId: string) => {
      const ids = seen(companyUserId);
      if (!ids.has(cartId)) save(companyUserId, [...ids, cartId]);
    },
    /** Forgets carts no longer shared with the user (from a fresh list of their carts). */
    keepOnly: (companyUserId: string, sharedIds: ReadonlySet<string>) => {
      const ids = seen(companyUserId);
      const kept = [...ids].filter((id) => sharedIds.has(id));
      if (kept.length !== ids.size) save(companyUserId, kept);
    },
  };
}

export type SeenCartsStore = ReturnType<typeof createSeenCartsStore>;
