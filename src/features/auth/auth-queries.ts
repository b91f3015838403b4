import { queryOptions } from '@tanstack/react-query';
import { fetchMyCompanyUsers } from './auth-api';

export const authQueries = {
  all: ['auth'] as const,
  /** Who am I, and in which companies: for the header and the company switch. */
  myCompanyUsers: () =>
    queryOptions({
      queryKey: [...authQueries.all, 'my-company-users'] as const,
      queryFn: () => fetchMyCompanyUsers(),
      staleTime: 5 * 60_000,
    }),
};
