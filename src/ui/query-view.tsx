// The one way a part of a page loads and fails. Data first (docs/architecture.md, "One
// of each"): a view that has data shows it, and a later fetch that fails is a small
// notice beside it (TanStack Query keeps the data of a failed refetch), never a swap to
// the error view. The error view — a view of its own for the codes that mean something
// here (not found, not allowed), else the plain-words message with Retry — is only for
// a first load that failed. While nothing has loaded yet: the placeholder.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryError } from './query-error';
import { RefreshFailed } from './refresh-failed';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Shown while loading; include a role="status" text so screen readers hear it. */
  pending: ReactNode;
  /** A view for the errors that have one here; undefined falls back to message + Retry. */
  failed?: (error: unknown) => ReactNode;
  /**
   * What to say beside the data when a later fetch failed; by default a polite notice
   * with "Check again". A view that says it in a place of its own passes `() => null`.
   */
  refreshFailed?: (error: unknown, retry: () => void) => ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryView<T>({
  query,
  pending,
  failed,
  refreshFailed,
  children,
}: QueryViewProps<T>) {
  const retry = () => {
    void query.refetch();
  };
  if (query.data !== undefined) {
    const notice = query.isError
      ? (refreshFailed ?? defaultRefreshFailed)(query.error, retry)
      : null;
    return (
      <>
        {notice}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return failed?.(query.error) ?? <QueryError error={query.error} onRetry={retry} />;
  }
  return pending;
}

const defaultRefreshFailed = (error: unknown, retry: () => void) => (
  <RefreshFailed error={error} onRetry={retry} />
);
