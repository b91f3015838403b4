// How each shared cart looked when this person last saw it, in this browser: like the
// New markers, one localStorage entry per company user, so two people on one computer
// keep their own and another browser starts with no memory (and so shows nothing).
import type { KeyValueStorage } from '../../../lib/session/session-store';
import type { CartSnapshot } from './cart-changes';

const keyOf = (companyUserId: string) => `shared-carts.cart-visits.v1.${companyUserId}`;

type Visits = Record<string, CartSnapshot>;

function isSnapshot(value: unknown): value is CartSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { name, items } = value as Partial<CartSnapshot>;
  return (
    typeof name === 'string' &&
    Array.isArray(items) &&
    items.every(
      (item) =>
        typeof item.id === 'string' &&
        typeof item.name === 'string' &&
        typeof item.quantity === 'number',
    )
  );
}

function read(storage: KeyValueStorage, companyUserId: string): Visits {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(companyUserId)) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter(([, visit]) => isSnapshot(visit)));
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
