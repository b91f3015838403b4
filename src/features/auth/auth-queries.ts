import { queryOptions } from '@tanstack/react-query';
import { fetchMyCompanyUsers } from './auth-api';
import { AUTH_KEY, MY_COMPANY_USERS_KEY } from './auth-keys';

export const authQueries = {
  all: AUTH_KEY,
  /** Who am I, and in which companies: for the header and the company switch. */
  myCompanyUsers: () =>
    queryOptions({
      queryKey: MY_COMPANY_USERS_KEY,
      queryFn: () => fetchMyCompanyUsers(),
      staleTime: 5 * 60_000,
    }),
};
