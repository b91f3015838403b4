// "Since your last visit": on opening a shared cart, what changed since this person last
// saw it here. Nothing on a first visit. While the page is open every version seen is
// remembered, the user's own changes included, so they never come back as news.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { sessionStore } from '../../../lib/glue';
import type { Cart } from '../cart-model';
import { type CartChange, cartChanges, snapshotOf } from './cart-changes';
import { createCartVisits } from './cart-visits';
import { othersCanChange } from './use-live-cart';

export const cartVisits = createCartVisits(window.localStorage);

export function useSinceLastVisit(cart: Cart) {
  const companyUserId = useSyncExternalStore(
    sessionStore.subscribe,
    () => sessionStore.getSnapshot().session?.companyUserId ?? null,
  );
  const shared = othersCanChange(cart);
  // Read once, when the page opens this cart: later versions are news of their own.
  const [changes, setChanges] = useState<readonly CartChange[]>(() => {
    const last = companyUserId && shared ? cartVisits.last(companyUserId, cart.id) : null;
    return last ? cartChanges(last, snapshotOf(cart)) : [];
  });
  useEffect(() => {
    if (companyUserId && shared) cartVisits.remember(companyUserId, cart.id, snapshotOf(cart));
  }, [companyUserId, shared, cart]);
  return {
    changes,
    dismiss: () => {
      setChanges([]);
    },
  };
}
