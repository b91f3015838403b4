// "New for you": carts shared with the signed-in company user that they have not opened
// since they were shared. The list marks them, the header counts them, opening one
// clears its marker (in every tab of this browser). A fresh list also prunes this
// browser's memories of carts the person can no longer see (markers and visits).
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useCompanyUserId } from '../../../lib/session/use-company-user-id';
import type { CartSummary } from '../cart-model';
import { cartVisits } from '../live/cart-visits';
import { createSeenCartsStore } from './seen-carts-store';

export const seenCarts = createSeenCartsStore(window.localStorage);
window.addEventListener('storage', (event) => {
  if (event.key?.startsWith('shared-carts.seen-carts.')) seenCarts.notify();
});

const EMPTY: ReadonlySet<string> = new Set();

/** The ids of the carts marked New among `carts` (the caller's full list). */
export function useNewShares(list: readonly CartSummary[] | undefined): ReadonlySet<string> {
  const companyUserId = useCompanyUserId();
  const seen = useSyncExternalStore(seenCarts.subscribe, () =>
    companyUserId ? seenCarts.seen(companyUserId) : EMPTY,
  );
  const shared = useMemo(
    () => new Set(list?.filter((cart) => cart.access !== 'owner').map((cart) => cart.id)),
    [list],
  );
  useEffect(() => {
    if (!companyUserId || !list) return;
    seenCarts.keepOnly(companyUserId, shared);
    cartVisits.keepOnly(companyUserId, new Set(list.map((cart) => cart.id)));
  }, [companyUserId, list, shared]);
  return useMemo(() => new Set([...shared].filter((id) => !seen.has(id))), [shared, seen]);
}

/** Opening a shared cart clears its New marker. */
export function useMarkSeen(cart: { id: string; access: CartSummary['access'] } | undefined) {
  const companyUserId = useCompanyUserId();
  const id = cart && cart.access !== 'owner' ? cart.id : null;
  useEffect(() => {
    if (companyUserId && id) seenCarts.markSeen(companyUserId, id);
  }, [companyUserId, id]);
}
