import { queryOptions } from '@tanstack/react-query';
import { fetchCart, fetchCarts } from './carts-api';

// Colleagues change shared carts: coming back to the tab always shows the cart as it is now.
const fresh = { refetchOnWindowFocus: 'always' } as const;

export const cartQueries = {
  all: ['carts'] as const,
  lists: () => [...cartQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: cartQueries.lists(),
      queryFn: ({ signal }) => fetchCarts(signal),
      ...fresh,
    }),
  details: () => [...cartQueries.all, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...cartQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchCart(id, signal),
      ...fresh,
      // Others change shared carts: every visit to a cart page asks Glue for it (the route
      // loader's one request); mounting the page does not ask a second time.
      staleTime: 0,
      refetchOnMount: false,
    }),
};
