// Placing an order. Glue has no idempotency (docs/glue-api.md §11j): when the answer is
// lost — a timeout or a network failure — the order may have been placed all the same,
// and a retry would be refused (`1103`) or, worse, order twice. So before saying it
// failed, the cart is read again: gone means it was ordered (or deleted), and the new
// order is looked for among the user's latest; still there means no order was placed.
// After an order the caches follow (§11c): the cart (and its entity tag) is dropped and
// the cart list is read again — the owner's default may have moved.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { NetworkError, isGlueError } from '../../lib/json-api/glue-error';
import { cartQueries } from '../carts/public';
import { type Order, orderDate } from './order-model';
import { orderQueries } from './order-queries';
import { type OrderInput, fetchOrder, fetchOrders, placeOrder } from './orders-api';

/** The answer was lost and the cart is still there: no order was placed. */
export class OrderNotPlacedError extends Error {
  override readonly name = 'OrderNotPlacedError';
}

/** The answer was lost and Glue could not be asked what happened. */
export class OrderUnknownError extends Error {
  override readonly name = 'OrderUnknownError';
}

/** A clock difference between this computer and Glue that still counts as "just now". */
const SKEW_MS = 5 * 60_000;

async function findPlacedOrder(queryClient: QueryClient, input: OrderInput, since: number) {
  let gone = false;
  try {
    await queryClient.query({ ...cartQueries.detail(input.cartId), staleTime: 0 });
  } catch (error) {
    if (!isGlueError(error, '101')) throw new OrderUnknownError();
    gone = true;
  }
  if (!gone) throw new OrderNotPlacedError();
  const { orders } = await fetchOrders(0, 5).catch(() => {
    throw new OrderUnknownError();
  });
  const recent = orders.find((order) => orderDate(order.createdAt).getTime() >= since - SKEW_MS);
  if (!recent) throw new OrderUnknownError();
  return fetchOrder(recent.reference).catch(() => recent);
}

export function usePlaceOrder(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['orders', 'place', cartId],
    async mutationFn(input: OrderInput): Promise<Order> {
      const since = Date.now();
      try {
        return await placeOrder(input);
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        return findPlacedOrder(queryClient, input, since);
      }
    },
    onSuccess() {
      queryClient.removeQueries({ queryKey: cartQueries.detail(cartId).queryKey });
      queryClient.removeQueries({ queryKey: orderQueries.checkoutData(cartId).queryKey });
      void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
      void queryClient.invalidateQueries({ queryKey: orderQueries.lists() });
    },
    onError(error) {
      // Ordered or deleted by someone else meanwhile: the cart is gone for everyone.
      if (isGlueError(error, '1103')) {
        void queryClient.invalidateQueries({ queryKey: cartQueries.all });
      }
    },
  });
}
