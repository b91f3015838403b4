import { queryOptions } from '@tanstack/react-query';
import { fetchCarts } from './carts-api';

export const cartQueries = {
  all: ['carts'] as const,
  lists: () => [...cartQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: cartQueries.lists(),
      queryFn: ({ signal }) => fetchCarts(signal),
    }),
};
