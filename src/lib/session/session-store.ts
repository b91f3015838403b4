// The session: Glue tokens and the chosen company user, kept in sessionStorage so a
// reload keeps you logged in while each tab stays its own session (two tabs can be
// two people). A tiny external store: React reads it with useSyncExternalStore.
import { z } from 'zod/mini';
import { createListeners } from '../listeners';
import { SESSION_KEY } from './session-key';

const sessionSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** The company user the token acts as; null while the customer still has to choose. */
  companyUserId: z.nullable(z.string()),
  email: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Why the last session ended: shown once on the login page. */
export type EndReason = 'expired' | 'logged-out';

export interface SessionSnapshot {
  session: Session | null;
  endReason: EndReason | null;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createSessionStore(storage: KeyValueStorage) {
  const { subscribe, notify } = createListeners();
  let snapshot: SessionSnapshot = { session: read(), endReason: null };

  function read(): Session | null {
    try {
      const parsed = sessionSchema.safeParse(JSON.parse(storage.getItem(SESSION_KEY) ?? 'null'));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function set(next: SessionSnapshot) {
    snapshot = next;
    if (next.session) storage.setItem(SESSION_KEY, JSON.stringify(next.session));
    else storage.removeItem(SESSION_KEY);
    notify();
  }

  return {
    getSnapshot: (): SessionSnapshot => snapshot,
    subscribe,
    accessToken: () => snapshot.session?.accessToken ?? null,
    start(session: Session) {
      set({ session, endReason: null });
    },
    /** New tokens for the same person (a refresh or a company switch). */
    update(changes: Partial<Session>) {
      if (snapshot.session) set({ session: { ...snapshot.session, ...changes }, endReason: null });
    },
    end(reason: EndReason) {
      set({ session: null, endReason: reason });
    },
    /** The end reason has been shown; forget it. */
    acknowledge() {
      if (snapshot.endReason) set({ ...snapshot, endReason: null });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
