// Two tabs, one stored database: writes at the same moment must both survive.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { createHandlers } from '../http/handlers';
import { DEMO_EMAILS, DEMO_PASSWORD } from './demo-seed';
import { createDatabase } from './database';
import { loadState, saveState } from './persistence';
import { type ExclusiveLocks, STORAGE_FULL, type SaveLedger, sharedState } from './shared-state';

/** One localStorage for all tabs; a save fires the other tabs' storage events, later. */
function sharedStorage() {
  const data = new Map<string, string>();
  const tabs = new Set<{ onStoredElsewhere: () => void }>();
  return {
    tabs,
    saver(self: { onStoredElsewhere: () => void }) {
      return {
        getItem: (key: string) => data.get(key) ?? null,
        setItem: (key: string, value: string) => {
          data.set(key, value);
          for (const tab of tabs) if (tab !== self) setTimeout(() => tab.onStoredElsewhere(), 0);
        },
        removeItem: (key: string) => void data.delete(key),
      };
    },
  };
}

/** Web Locks' exclusive mode in one process: callbacks run one after another. */
function fakeLocks(): ExclusiveLocks {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>) {
      const result = tail.then(callback);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

const JSON_API = 'application/vnd.api+json';

/**
 * localStorage as two renderers see it: each tab reads its own copy, and a write reaches
 * the other tab's copy only `lagMs` later (as in Chromium). Storage events come then too.
 */
function laggingStorage(lagMs: number) {
  const copies = new Map<object, Map<string, string>>();
  const tabs = new Set<{ onStoredElsewhere: () => void }>();
  return {
    tabs,
    saver(self: { onStoredElsewhere: () => void }) {
      const own = new Map<string, string>();
      copies.set(self, own);
      return {
        getItem: (key: string) => own.get(key) ?? null,
        setItem: (key: string, value: string) => {
          own.set(key, value);
          for (const [other, copy] of copies) {
            if (other === self) continue;
            setTimeout(() => {
              copy.set(key, value);
              (other as { onStoredElsewhere: () => void }).onStoredElsewhere();
            }, lagMs);
          }
        },
        removeItem: (key: string) => void own.delete(key),
      };
    },
  };
}

/** IndexedDB's part: one number every tab reads alike at once. */
function fakeLedger(): SaveLedger {
  let last = 0;
  return {
    last: () => Promise.resolve(last),
    record: (version) => {
      last = version;
      return Promise.resolve();
    },
  };
}

function tab(
  storage: Pick<ReturnType<typeof sharedStorage>, 'tabs' | 'saver'>,
  locks: ExclusiveLocks,
  ledger?: SaveLedger,
) {
  const backend = createBackend();
  const self = { onStoredElsewhere: () => undefined as unknown };
  const ownStorage = storage.saver(self);
  loadState(ownStorage, backend.db);
  const shared = sharedState(ownStorage, () => backend.db, locks, ledger);
  self.onStoredElsewhere = shared.onStoredElsewhere;
  storage.tabs.add(self);
  // Real writes take a moment (rendering, other work): long enough for the other tab's
  // storage event to arrive in the middle of one.
  backend.write = (work) =>
    shared.write(async () => {
      const result = await work();
      await new Promise((resolve) => setTimeout(resolve, 5));
      return result;
    });
  const handlers = createHandlers(backend, 'http://glue.test');
  return async (method: string, path: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { Accept: JSON_API, 'Content-Type': JSON_API };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await getResponse(
      handlers,
      new Request(`http://glue.test${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (!response) throw new Error(`no answer for ${path}`);
    return { status: response.status, body: await response.json() };
  };
}

const newCart = (name: string) => ({
  data: {
    type: 'carts',
    attributes: { name, priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' },
  },
});

describe('two tabs writing at once', () => {
  it('keeps both writes: each runs under the lock on the state as stored', async () => {
    const storage = sharedStorage();
    saveState(storage.saver({ onStoredElsewhere: () => undefined }), createDatabase());
    const locks = fakeLocks();
    const anna = tab(storage, locks);
    const ben = tab(storage, locks);
    const login = async (send: typeof anna, email: string) =>
      (
        await send('POST', '/access-tokens', {
          data: { type: 'access-tokens', attributes: { username: email, password: DEMO_PASSWORD } },
        })
      ).body.data.attributes.accessToken as string;
    const [annasToken, bensToken] = await Promise.all([
      login(anna, DEMO_EMAILS.anna),
      login(ben, DEMO_EMAILS.ben),
    ]);

    const created = await Promise.all(
      [0, 1, 2, 3].flatMap((i) => [
        anna('POST', '/carts', newCart(`From tab one ${String(i)}`), annasToken),
        ben('POST', '/carts', newCart(`From tab two ${String(i)}`), bensToken),
      ]),
    );
    expect(created.every((c) => c.status === 201)).toBe(true);

    const stored = createDatabase();
    loadState(storage.saver({ onStoredElsewhere: () => undefined }), stored);
    const names = [...stored.carts.values()].map((cart) => cart.name);
    for (const i of [0, 1, 2, 3]) {
      expect(names).toContain(`From tab one ${String(i)}`);
      expect(names).toContain(`From tab two ${String(i)}`);
    }
    // Both logins survived too: each tab's token still works in the other.
    expect(stored.accessTokens.has(annasToken)).toBe(true);
    expect(stored.accessTokens.has(bensToken)).toBe(true);
  });
});

describe('two tabs whose localStorage copies lag behind each other', () => {
  it('keeps every write: a write waits until its copy shows the last save', async () => {
    const storage = laggingStorage(30);
    const locks = fakeLocks();
    const ledger = fakeLedger();
    const anna = tab(storage, locks, ledger);
    const ben = tab(storage, locks, ledger);
    const login = async (send: typeof anna, email: string) =>
      (
        await send('POST', '/access-tokens', {
          data: { type: 'access-tokens', attributes: { username: email, password: DEMO_PASSWORD } },
        })
      ).body.data.attributes.accessToken as string;
    const annasToken = await login(anna, DEMO_EMAILS.anna);
    const bensToken = await login(ben, DEMO_EMAILS.ben);
    const created = await Promise.all(
      [0, 1, 2].flatMap((i) => [
        anna('POST', '/carts', newCart(`Anna burst ${String(i)}`), annasToken),
        ben('POST', '/carts', newCart(`Ben burst ${String(i)}`), bensToken),
      ]),
    );
    expect(created.map((c) => c.status)).toEqual([201, 201, 201, 201, 201, 201]);
    // Once every save has reached both copies, each tab holds what the last save holds: a
    // write lost on the way would be missing from it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const names = async (send: typeof anna, token: string) =>
      (
        (await send('GET', '/carts', undefined, token)).body.data as {
          attributes: { name: string };
        }[]
      ).map((cart) => cart.attributes.name);
    const annas = await names(anna, annasToken);
    const bens = await names(ben, bensToken);
    for (const i of [0, 1, 2]) {
      expect(annas).toContain(`Anna burst ${String(i)}`);
      expect(bens).toContain(`Ben burst ${String(i)}`);
    }
  });
});

describe('a full storage', () => {
  it('keeps a write in memory (the request still answers), and refuses an import, saying why', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const db = createDatabase();
    const state = sharedState(full, () => db, fakeLocks());
    await expect(state.write(() => Promise.resolve('written'))).resolves.toBe('written');
    await expect(state.replace(createDatabase())).rejects.toThrow(STORAGE_FULL);
    expect(saveState(full, db)).toBe(false);
  });
});
