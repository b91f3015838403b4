// A shared cart on screen is live: Glue sends no events (docs/glue-api.md §9), so the
// page asks again — one `GET /carts/{id}` — every 10 seconds while the tab is visible,
// and at once when the tab comes back (the detail query refetches on focus). 10 s: a
// colleague's change shows within seconds, which is what people working on one order
// together need, while an open tab costs Glue six small reads a minute; hidden tabs
// cost nothing. A check never runs while the user's own write to the cart is under way.
// The 10 s count from the last answer, a failed one included, so "trying again in 10 s"
// is true when it is said; a failed check never stops the ones after it.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Cart } from '../cart-model';
import { cartQueries } from '../cart-queries';
import { isWritingTo } from '../cart-mutations';

export const LIVE_CHECK_MS = 10_000;

/** A cart someone else can change: shared with me, or by me with others. */
export const othersCanChange = (cart: Cart): boolean =>
  cart.access !== 'owner' || cart.shares.length > 0;

interface LiveCartOptions {
  /** When Glue last answered for this cart (data or error): the next check counts from it. */
  checkedAt: number;
  /** No more checks (the cart is gone). */
  paused?: boolean;
  intervalMs?: number;
}

/** Keeps a shared cart fresh; answers whether it does (and so when the next check is). */
export function useLiveCart(
  cart: Cart,
  { checkedAt, paused = false, intervalMs = LIVE_CHECK_MS }: LiveCartOptions,
): boolean {
  const queryClient = useQueryClient();
  const live = othersCanChange(cart) && !paused;
  useEffect(() => {
    if (!live) return;
    const { queryKey } = cartQueries.detail(cart.id);
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      // The user's own writes first: their answer replaces the cart anyway.
      if (isWritingTo(queryClient, cart.id)) return;
      if (queryClient.isFetching({ queryKey, exact: true }) > 0) return;
      void queryClient.refetchQueries({ queryKey, exact: true, type: 'active' });
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [live, cart.id, intervalMs, queryClient, checkedAt]);
  return live;
}
