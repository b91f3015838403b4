// A shared cart on screen is live: Glue sends no events (docs/glue-api.md §9), so the
// page asks again — one `GET /carts/{id}` — every 10 seconds while the tab is visible,
// and at once when the tab comes back (the detail query refetches on focus). 10 s: a
// colleague's change shows within seconds, which is what people working on one order
// together need, while an open tab costs Glue six small reads a minute; hidden tabs
// cost nothing. A check never runs while the user's own write to the cart is under way.
// The 10 s count from the last answer, a failed one included, so "trying again in 10 s"
// is true when it is said; a failed check never stops the ones after it.
import { useQuery } from '@tanstack/react-query';
import type { Cart } from '../cart-model';
import { useIsWritingTo } from '../cart-mutations';
import { cartQueries } from '../cart-queries';

export const LIVE_CHECK_MS = 10_000;

/** A cart someone else can change: shared with me, or by me with others. */
export const othersCanChange = (cart: Cart): boolean =>
  cart.access !== 'owner' || cart.shares.length > 0;

interface LiveCartOptions {
  /** No more checks (the cart is gone). */
  paused?: boolean;
  intervalMs?: number;
}

/**
 * Keeps a shared cart fresh; answers whether it does (and so when the next check is).
 * Query's own `refetchInterval`, on an observer of the cart's query that only polls:
 * Query restarts the interval whenever the query answers (data or error), checks only
 * while the tab is visible, and never starts a second request while one runs. While the
 * user's own write to the cart is under way (a mutation keyed by the cart) it waits.
 */
export function useLiveCart(
  cart: Cart,
  { paused = false, intervalMs = LIVE_CHECK_MS }: LiveCartOptions = {},
): boolean {
  const writing = useIsWritingTo(cart.id);
  const live = othersCanChange(cart) && !paused;
  useQuery({
    ...cartQueries.detail(cart.id),
    refetchInterval: live && !writing ? intervalMs : false,
    // The page's own observer loads the cart and refetches on focus; this one only polls.
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    notifyOnChangeProps: [],
  });
  return live;
}
