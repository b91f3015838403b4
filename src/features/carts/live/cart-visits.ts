// How each shared cart looked when this person last saw it, in this browser: like the
// New markers, one localStorage entry per company user, so two people on one computer
// keep their own and another browser starts with no memory (and so shows nothing).
import { z } from 'zod/mini';
import type { KeyValueStorage } from '../../../lib/session/session-store';
import type { CartSnapshot } from './cart-changes';

const keyOf = (companyUserId: string) => `shared-carts.cart-visits.v1.${companyUserId}`;

type Visits = Record<string, CartSnapshot>;

/** A remembered cart, as stored: anything else (an older shape, a hand edit) is dropped. */
const snapshotSchema = z.object({
  name: z.string(),
  items: z.array(z.object({ id: z.string(), name: z.string(), quantity: z.number() })),
});
const visitsSchema = z.record(z.string(), z.unknown());

function read(storage: KeyValueStorage, companyUserId: string): Visits {
  try {
    const stored = visitsSchema.safeParse(
      JSON.parse(storage.getItem(keyOf(companyUserId)) ?? '{}'),
    );
    if (!stored.success) return {};
    return Object.fromEntries(
      Object.entries(stored.data).flatMap(([cartId, visit]) => {
        const snapshot = snapshotSchema.safeParse(visit);
        return snapshot.success ? [[cartId, snapshot.data]] : [];
      }),
    );
  } catch {
    return {};
  }
}

function write(storage: KeyValueStorage, companyUserId: string, visits: Visits) {
  try {
    storage.setItem(keyOf(companyUserId), JSON.stringify(visits));
  } catch {
    // A full storage loses the memory, never the page.
  }
}

export function createCartVisits(storage: KeyValueStorage) {
  return {
    /** The cart as last seen, or null on a first visit. */
    last: (companyUserId: string, cartId: string): CartSnapshot | null =>
      read(storage, companyUserId)[cartId] ?? null,
    remember(companyUserId: string, cartId: string, snapshot: CartSnapshot) {
      const visits = read(storage, companyUserId);
      visits[cartId] = snapshot;
      write(storage, companyUserId, visits);
    },
    /** Forgets the carts the person can no longer see (from a fresh list of their carts). */
    keepOnly(companyUserId: string, visible: ReadonlySet<string>) {
      const visits = read(storage, companyUserId);
      const kept = Object.entries(visits).filter(([cartId]) => visible.has(cartId));
      if (kept.length !== Object.keys(visits).length) {
        write(storage, companyUserId, Object.fromEntries(kept));
      }
    },
  };
}

/** This browser's memory of cart visits. */
export const cartVisits = createCartVisits(window.localStorage);
