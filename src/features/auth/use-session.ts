import { useSyncExternalStore } from 'react';
import { sessionStore } from '../../lib/glue/client';

/** The tab's session and why the last one ended, re-rendering on every change. */
export function useSession() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}
