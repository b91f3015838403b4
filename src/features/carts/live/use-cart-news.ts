// What someone else changed, told two ways: since this person's last visit (on opening
// the cart) and live, while it is open. Both are worked out by comparing versions of the
// cart (Glue says nothing of who changed what, docs/glue-api.md §9):
// - The user's own writes put Glue's answer into the cache by hand (setQueryData), and a
//   fetch that lands while one of them is under way is not told about: the user's own
//   changes are never announced as someone else's.
// - A page that opens on a cached cart which is being asked for again tells the answer
//   as "since your last visit", not as live news.
// Every version seen here is remembered for the next visit (per company user).
import { type Query, hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCompanyUserId } from '../../../lib/session/use-company-user-id';
import type { Cart } from '../cart-model';
import { cartQueries } from '../cart-queries';
import { isWritingTo } from '../cart-mutations';
import { type CartChange, cartChanges, changedItemIds, snapshotOf } from './cart-changes';
import { cartVisits } from './cart-visits';
import { othersCanChange } from './use-live-cart';

export const MARK_CHANGED_MS = 8_000;

export interface CartNews {
  /** Changes since the last visit (none on a first visit, or once dismissed). */
  since: readonly CartChange[];
  dismissSince: () => void;
  /** The last changes noticed while the page is open. */
  live: readonly CartChange[];
  /** Rows changed in the last few seconds. */
  marked: ReadonlySet<string>;
}

const NO_ROWS: ReadonlySet<string> = new Set();

export function useCartNews(cart: Cart): CartNews {
  const queryClient = useQueryClient();
  const companyUserId = useCompanyUserId();
  const shared = othersCanChange(cart);
  const cartId = cart.id;
  // Read once, when the page opens this cart.
  const [visit] = useState(() => {
    const last = companyUserId && shared ? cartVisits.last(companyUserId, cartId) : null;
    const query = queryClient
      .getQueryCache()
      .find<Cart>({ queryKey: cartQueries.detail(cartId).queryKey, exact: true });
    // A cached cart on screen while the route's request for it is under way.
    const arriving = query?.state.fetchStatus === 'fetching';
    return { last, arriving };
  });
  const [since, setSince] = useState<readonly CartChange[]>(() =>
    visit.last && !visit.arriving ? cartChanges(visit.last, snapshotOf(cart)) : [],
  );
  const [live, setLive] = useState<{ changes: readonly CartChange[]; marked: ReadonlySet<string> }>(
    { changes: [], marked: NO_ROWS },
  );

  useEffect(() => {
    const { queryKey } = cartQueries.detail(cartId);
    const hash = hashKey(queryKey);
    let last = queryClient.getQueryData(queryKey);
    let arriving = visit.arriving;
    /** The route's answer to this visit: what changed since the last one. */
    const arrived = (cartNow: Cart) => {
      arriving = false;
      if (visit.last) setSince(cartChanges(visit.last, snapshotOf(cartNow)));
    };
    // Whether the query was fetching before each update: an answer that ends a fetch is
    // Glue's; new data without one was put in by hand (setQueryData: the user's writes).
    let fetching = queryClient.getQueryState(queryKey)?.fetchStatus === 'fetching';
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      const state = (event.query as Query<Cart>).state;
      const fetched = fetching;
      fetching = state.fetchStatus === 'fetching';
      const next = state.data;
      if (next === last) return;
      const before = last;
      last = next;
      if (!fetched || !before || !next) return;
      if (isWritingTo(queryClient, cartId)) return;
      if (arriving) {
        arrived(next);
        return;
      }
      const changes = cartChanges(snapshotOf(before), snapshotOf(next));
      if (changes.length > 0) setLive({ changes, marked: changedItemIds(changes) });
    });
    // The answer may have landed between the first render and this subscription.
    const query = queryClient.getQueryCache().find<Cart>({ queryKey, exact: true });
    if (arriving && query?.state.fetchStatus !== 'fetching' && last) arrived(last);
    return unsubscribe;
  }, [cartId, queryClient, visit]);

  useEffect(() => {
    if (live.marked.size === 0) return;
    const timer = setTimeout(() => {
      setLive((current) => ({ ...current, marked: NO_ROWS }));
    }, MARK_CHANGED_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [live.marked]);

  useEffect(() => {
    if (companyUserId && shared) cartVisits.remember(companyUserId, cartId, snapshotOf(cart));
  }, [companyUserId, shared, cartId, cart]);

  return {
    since,
    dismissSince: () => {
      setSince([]);
    },
    live: live.changes,
    marked: live.marked,
  };
}
