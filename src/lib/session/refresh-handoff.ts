// Two tabs of one session (a duplicated tab) hold the same refresh token, and Glue
// rotates it on every refresh: the old one stops working (docs/glue-api.md §2). So only
// one tab refreshes at a time (a Web Lock per session, session/refresh.ts), and the
// tab that did leaves the new pair here for a minute, for a tab that was waiting for the
// lock with the old token: the BroadcastChannel message that carries it too may arrive
// after that tab got the lock. A minute, then it is gone (and pruned at start): a
// refresh token does not linger in localStorage.
import { z } from 'zod/mini';
import type { KeyValueStorage, Tokens } from './session-store';

const PREFIX = 'shared-carts.refresh-handoff.';
export const HANDOFF_TTL_MS = 60_000;

const handoffSchema = z.object({
  from: z.string(),
  at: z.number(),
  tokens: z.object({ accessToken: z.string(), refreshToken: z.string() }),
});

export function leaveHandoff(storage: KeyValueStorage, id: string, from: string, tokens: Tokens) {
  try {
    storage.setItem(PREFIX + id, JSON.stringify({ from, at: Date.now(), tokens }));
    setTimeout(() => {
      storage.removeItem(PREFIX + id);
    }, HANDOFF_TTL_MS);
  } catch {
    // A full storage: a waiting tab then refreshes itself and may be told 004.
  }
}

/** The pair that replaced the refresh token `from` of session `id`, if left in the last minute. */
export function takeHandoff(storage: KeyValueStorage, id: string, from: string): Tokens | null {
  try {
    const handoff = handoffSchema.safeParse(JSON.parse(storage.getItem(PREFIX + id) ?? 'null'));
    if (!handoff.success) return null;
    const { data } = handoff;
    return data.from === from && Date.now() - data.at < HANDOFF_TTL_MS ? data.tokens : null;
  } catch {
    return null;
  }
}

/** Removes handoffs older than a minute (left by a tab closed before it could). */
export function pruneHandoffs(storage: Storage) {
  try {
    for (const key of Object.keys(storage)) {
      if (!key.startsWith(PREFIX)) continue;
      const handoff = handoffSchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
      if (!handoff.success || Date.now() - handoff.data.at >= HANDOFF_TTL_MS) {
        storage.removeItem(key);
      }
    }
  } catch {
    // Storage unavailable: nothing was left there either.
  }
}
