// The one place that ties cached data to the person it was fetched for. Whenever who
// is signed in changes — login, company choice or switch, persona switch, logout, an
// expired session — nothing cached for the previous person or company survives. A
// token refresh is the same person: the cache stays.
import type { QueryClient } from '@tanstack/react-query';
import type { Session, SessionStore } from '../../lib/session/session-store';

const identityOf = (session: Session | null) =>
  session ? `${session.email.toLowerCase()}\u0000${session.companyUserId ?? ''}` : null;

/** Subscribes `queryClient` to `store`; returns the unsubscribe function. */
export function bindCacheToSession(store: SessionStore, queryClient: QueryClient): () => void {
  let identity = identityOf(store.getSnapshot().session);
  return store.subscribe(() => {
    const next = identityOf(store.getSnapshot().session);
    if (next === identity) return;
    identity = next;
    // Answers still on their way belong to the previous person: drop them too.
    void queryClient.cancelQueries();
    queryClient.removeQueries();
  });
}
