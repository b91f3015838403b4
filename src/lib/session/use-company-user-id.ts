// The signed-in company user's id, or null: what per-person browser memories (New
// markers, cart visits) are keyed by.
import { useSyncExternalStore } from 'react';
import { sessionStore } from '../glue/client';

export function useCompanyUserId(): string | null {
  return useSyncExternalStore(
    sessionStore.subscribe,
    () => sessionStore.getSnapshot().session?.companyUserId ?? null,
  );
}
