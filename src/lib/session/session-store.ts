// The session: Glue tokens and the chosen company user, kept in sessionStorage so a
// reload keeps you logged in while each tab stays its own session (two tabs can be
// two people). A tiny external store: React reads it with useSyncExternalStore.
//
// A tab opened from another (window.open, "duplicate tab") starts with a copy of its
// sessionStorage: the same session, the same refresh token. Such tabs are one session
// (`id`), and it ends everywhere at once: an end, and new tokens after a refresh, are
// told to the other tabs (a BroadcastChannel), which follow when the message is about
// their session — and, for tokens, about the very refresh token they hold.
import { z } from 'zod/mini';
import { createListeners } from '../listeners';
import { SESSION_KEY } from './session-key';

const sessionSchema = z.object({
  /** One per login: tabs with the same id are copies of one session. */
  id: z.optional(z.string()),
  accessToken: z.string(),
  refreshToken: z.string(),
  /** The company user the token acts as; null while the customer still has to choose. */
  companyUserId: z.nullable(z.string()),
  email: z.string(),
});
export type Session = Required<z.infer<typeof sessionSchema>>;
export type NewSession = Omit<Session, 'id'>;

/** Why the last session ended: shown once on the login page. */
export type EndReason = 'expired' | 'logged-out';

export interface SessionSnapshot {
  session: Session | null;
  endReason: EndReason | null;
  /** Whose session expired: only they come back to the page they were on. */
  expiredFor: string | null;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What tabs of one browser tell each other (a BroadcastChannel, or a fake in tests). */
export interface SessionChannel {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

type SessionMessage =
  | { type: 'ended'; id: string; reason: EndReason }
  | { type: 'tokens'; id: string; from: string; tokens: Tokens };

/** What another tab may send: checked by hand (a zod union here weighed on /login). */
function readMessage(data: unknown): SessionMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Partial<Record<string, unknown>>;
  if (typeof message.id !== 'string') return null;
  if (
    message.type === 'ended' &&
    (message.reason === 'expired' || message.reason === 'logged-out')
  ) {
    return message as SessionMessage;
  }
  const tokens = message.tokens as Partial<Tokens> | undefined;
  return message.type === 'tokens' &&
    typeof message.from === 'string' &&
    typeof tokens?.accessToken === 'string' &&
    typeof tokens.refreshToken === 'string'
    ? (message as SessionMessage)
    : null;
}

const newId = () => crypto.randomUUID();

export function createSessionStore(storage: KeyValueStorage, channel?: SessionChannel) {
  const { subscribe, notify } = createListeners();
  let snapshot: SessionSnapshot = { session: read(), endReason: null, expiredFor: null };

  function read(): Session | null {
    try {
      const parsed = sessionSchema.safeParse(JSON.parse(storage.getItem(SESSION_KEY) ?? 'null'));
      // A session stored before sessions had ids is a session of its own.
      return parsed.success ? { ...parsed.data, id: parsed.data.id ?? newId() } : null;
    } catch {
      return null;
    }
  }

  function set(next: SessionSnapshot) {
    snapshot = next;
    try {
      if (next.session) storage.setItem(SESSION_KEY, JSON.stringify(next.session));
      else storage.removeItem(SESSION_KEY);
    } catch {
      // A full storage: this tab keeps the session in memory (a reload will ask to log in).
    }
    notify();
  }

  function end(reason: EndReason) {
    const ended = snapshot.session;
    set({
      session: null,
      endReason: reason,
      expiredFor: reason === 'expired' && ended ? ended.email : null,
    });
    return ended;
  }

  /** New tokens for `id`'s session, only if it still holds the refresh token `from`. */
  function applyTokens(id: string, from: string, tokens: Tokens): boolean {
    const session = snapshot.session;
    if (session?.id !== id || session.refreshToken !== from) return false;
    set({ ...snapshot, session: { ...session, ...tokens } });
    return true;
  }

  if (channel) {
    channel.addEventListener('message', ({ data }) => {
      const message = readMessage(data);
      if (!message || snapshot.session?.id !== message.id) return;
      if (message.type === 'ended') end(message.reason);
      else applyTokens(message.id, message.from, message.tokens);
    });
  }

  return {
    getSnapshot: (): SessionSnapshot => snapshot,
    subscribe,
    accessToken: () => snapshot.session?.accessToken ?? null,
    start(session: NewSession) {
      set({ session: { ...session, id: newId() }, endReason: null, expiredFor: null });
    },
    /** New tokens for the same person in this tab (a company switch). */
    update(changes: Partial<NewSession>) {
      if (snapshot.session) set({ ...snapshot, session: { ...snapshot.session, ...changes } });
    },
    /**
     * A refresh's answer: applied only to the session that asked (`id`) and only while it
     * still holds the refresh token the answer replaces; then told to the other tabs of
     * the session. Answers whether it was applied.
     */
    refreshed(id: string, from: string, tokens: Tokens): boolean {
      if (!applyTokens(id, from, tokens)) return false;
      channel?.postMessage({ type: 'tokens', id, from, tokens });
      return true;
    },
    /** Ends this session here and in every other tab of it; returns the session that ended. */
    end(reason: EndReason): Session | null {
      const ended = end(reason);
      if (ended) channel?.postMessage({ type: 'ended', id: ended.id, reason });
      return ended;
    },
    /** The end reason has been shown; forget it (whose session expired is kept). */
    acknowledge() {
      if (snapshot.endReason) set({ ...snapshot, endReason: null });
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
