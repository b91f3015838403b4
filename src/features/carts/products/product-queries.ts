import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { searchProducts } from './products-api';

/** Below this, a search would match most of the catalog: nothing is asked. */
export const MIN_SEARCH_LENGTH = 2;

export const productQueries = {
  all: ['products'] as const,
  // Each text is its own query: an earlier, slower answer can never replace a newer one,
  // and the one in flight is cancelled (its signal is passed on) when the text changes.
  search: (q: string) =>
    queryOptions({
      queryKey: [...productQueries.all, 'search', q.trim().toLowerCase()] as const,
      queryFn: ({ signal }) => searchProducts(q.trim(), signal),
      enabled: q.trim().length >= MIN_SEARCH_LENGTH,
      staleTime: 5 * 60_000,
      // The list keeps the last matches while the next ones load: no flicker per keystroke.
      placeholderData: keepPreviousData,
    }),
};
