import { queryOptions } from '@tanstack/react-query';
import { fetchColleagues } from './colleagues-api';

export const colleagueQueries = {
  all: ['colleagues'] as const,
  /** The whole company: loaded only when a share panel asks for it, then kept a while. */
  list: () =>
    queryOptions({
      queryKey: [...colleagueQueries.all, 'list'] as const,
      queryFn: ({ signal }) => fetchColleagues(signal),
      staleTime: 5 * 60_000,
    }),
};
