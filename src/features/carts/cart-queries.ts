import { queryOptions } from '@tanstack/react-query';
import { fetchCart, fetchCarts } from './carts-api';

export const cartQueries = {
  all: ['carts'] as const,
  lists: () => [...cartQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: cartQueries.lists(),
      queryFn: ({ signal }) => fetchCarts(signal),
    }),
  details: () => [...cartQueries.all, 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...cartQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchCart(id, signal),
    }),
};
