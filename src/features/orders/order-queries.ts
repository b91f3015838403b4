// Query keys and options of ordering: the order form's data, the buyer, the orders.
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { authQueries } from '../auth/public';
import { fetchCheckoutData, fetchOrder, fetchOrders } from './orders-api';

export const ORDERS_PER_PAGE = 20;

export const orderQueries = {
  all: ['orders'] as const,
  /**
   * What a cart's order form needs. Fresh for 10 s: the request that pointing at "Order
   * this cart" started is the one the form uses; a later visit asks again.
   */
  checkoutData: (cartId: string) =>
    queryOptions({
      queryKey: ['orders', 'checkout-data', cartId] as const,
      queryFn: ({ signal }) => fetchCheckoutData(cartId, signal),
      staleTime: 10_000,
      refetchOnWindowFocus: false,
    }),
  lists: () => ['orders', 'list'] as const,
  list: (page: number) =>
    queryOptions({
      queryKey: ['orders', 'list', page] as const,
      queryFn: ({ signal }) => fetchOrders(page * ORDERS_PER_PAGE, ORDERS_PER_PAGE, signal),
    }),
  detail: (reference: string) =>
    queryOptions({
      queryKey: ['orders', 'detail', reference] as const,
      queryFn: ({ signal }) => fetchOrder(reference, signal),
      staleTime: Infinity,
    }),
};

/**
 * What the order form waits for, side by side: started by the route's loader,
 * and earlier still when the pointer reaches "Order this cart". Failures are the form's
 * to say when it asks again.
 */
export function startOrderForm(queryClient: QueryClient, cartId: string) {
  return Promise.all([
    queryClient.query(orderQueries.checkoutData(cartId)),
    // The buyer comes from the company users the header has usually read already.
    queryClient.query(authQueries.myCompanyUsers()),
  ]).catch(() => undefined);
}
