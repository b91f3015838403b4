// What someone else changed, noticed when a fetched cart differs from the one on screen.
// The user's own writes put Glue's answer into the cache by hand (setQueryData), and a
// fetch that lands while one of them is under way is not told about: so the user's own
// changes are never announced as someone else's. Changed rows stay marked for a while.
import { type Query, hashKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Cart } from '../cart-model';
import { cartQueries } from '../cart-queries';
import { type CartChange, cartChanges, changedItemIds, snapshotOf } from './cart-changes';

export const MARK_CHANGED_MS = 8_000;

export interface ColleagueChanges {
  /** The last changes noticed (kept for the live region until the next ones). */
  changes: readonly CartChange[];
  /** Rows changed in the last few seconds. */
  marked: ReadonlySet<string>;
}

const NONE: ColleagueChanges = { changes: [], marked: new Set() };

export function useColleagueChanges(cartId: string): ColleagueChanges {
  const queryClient = useQueryClient();
  const [noticed, setNoticed] = useState<ColleagueChanges>(NONE);

  useEffect(() => {
    const { queryKey } = cartQueries.detail(cartId);
    const hash = hashKey(queryKey);
    let last = queryClient.getQueryData(queryKey);
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.query.queryHash !== hash) return;
      if (event.action.type !== 'success') return;
      const next = (event.query as Query<Cart>).state.data;
      const before = last;
      last = next;
      if (event.action.manual || !before || !next) return;
      if (queryClient.isMutating({ mutationKey: queryKey }) > 0) return;
      const changes = cartChanges(snapshotOf(before), snapshotOf(next));
      if (changes.length > 0) setNoticed({ changes, marked: changedItemIds(changes) });
    });
  }, [cartId, queryClient]);

  useEffect(() => {
    if (noticed.marked.size === 0) return;
    const timer = setTimeout(() => {
      setNoticed((current) => ({ ...current, marked: new Set() }));
    }, MARK_CHANGED_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [noticed.marked]);

  return noticed;
}
