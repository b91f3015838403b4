// The one way a part of a page loads and fails: while pending, its placeholder; on an
// error, a view of its own for the codes that mean something here (not found, not
// allowed), else the plain-words message with Retry; then the data.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryError } from './query-error';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Shown while loading; include a role="status" text so screen readers hear it. */
  pending: ReactNode;
  /** A view for the errors that have one here; undefined falls back to message + Retry. */
  failed?: (error: unknown) => ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryView<T>({ query, pending, failed, children }: QueryViewProps<T>) {
  if (query.isPending) return pending;
  if (query.isError) {
    return (
      failed?.(query.error) ?? (
        <QueryError
          error={query.error}
          onRetry={() => {
            void query.refetch();
          }}
        />
      )
    );
  }
  return children(query.data);
}
