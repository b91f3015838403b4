import { queryOptions } from '@tanstack/react-query';
import { fetchPermissionGroup, fetchPermissionGroups } from './permission-groups-api';

// Permission groups are configuration: they change with a deployment, not during a session.
const LONG = 60 * 60_000;

export const permissionGroupQueries = {
  all: ['permission-groups'] as const,
  list: () =>
    queryOptions({
      queryKey: [...permissionGroupQueries.all, 'list'] as const,
      queryFn: ({ signal }) => fetchPermissionGroups(signal),
      staleTime: LONG,
      gcTime: LONG,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...permissionGroupQueries.all, 'detail', id] as const,
      queryFn: ({ signal }) => fetchPermissionGroup(id, signal),
      staleTime: LONG,
    }),
};
