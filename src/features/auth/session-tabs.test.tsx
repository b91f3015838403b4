// A session ends everywhere at once: a logout never waits for Glue; the tabs of one
// session (a duplicated tab) end together and share refreshed tokens, and nobody else's
// tab follows; a refresh answer applies only to the session that asked; after an expiry
// only the same person comes back to where they were.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { backend, server } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { sessionStore } from '../../lib/glue/client';
import {
  type KeyValueStorage,
  type SessionStore,
  createSessionStore,
} from '../../lib/session/session-store';
import { gluePath } from '../../test/mock-glue';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const channels: BroadcastChannel[] = [];
/** A tab: its own sessionStorage and a channel of its own, as a browser gives each tab. */
function tab(storage = memoryStorage()) {
  const channel = new BroadcastChannel('test.shared-carts.session');
  channels.push(channel);
  return { storage, store: createSessionStore(storage, channel) };
}
/** window.open: the new tab starts with a copy of the opener's sessionStorage. */
const duplicateOf = (opener: { storage: { data: Map<string, string> } }) => {
  const copy = memoryStorage();
  for (const [key, value] of opener.storage.data) copy.setItem(key, value);
  return tab(copy);
};

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

const anna = { accessToken: 'a1', refreshToken: 'r1', companyUserId: 'cu-a', email: 'anna@x' };
const session = (store: SessionStore) => store.getSnapshot().session;

describe('the tabs of one session', () => {
  it('end together on a logout, and a tab of another session does not', async () => {
    const first = tab();
    first.store.start(anna);
    const duplicate = duplicateOf(first);
    const other = tab();
    other.store.start({ ...anna, email: 'ben@x', accessToken: 'b1', refreshToken: 'rb1' });
    expect(session(duplicate.store)).toEqual(session(first.store));

    first.store.end('logged-out');
    await waitFor(() => {
      expect(session(duplicate.store)).toBeNull();
    });
    expect(duplicate.store.getSnapshot().endReason).toBe('logged-out');
    expect(duplicate.storage.data.size).toBe(0);
    expect(session(other.store)?.email).toBe('ben@x');
  });

  it('take the tokens one of them refreshed, for the very refresh token they hold', async () => {
    const first = tab();
    first.store.start(anna);
    const duplicate = duplicateOf(first);
    const id = session(first.store)?.id ?? '';

    expect(first.store.refreshed(id, 'r1', { accessToken: 'a2', refreshToken: 'r2' })).toBe(true);
    await waitFor(() => {
      expect(session(duplicate.store)).toMatchObject({ accessToken: 'a2', refreshToken: 'r2' });
    });
    // An answer for a refresh token the tab no longer holds changes nothing.
    expect(duplicate.store.refreshed(id, 'r1', { accessToken: 'x', refreshToken: 'y' })).toBe(
      false,
    );
    expect(session(duplicate.store)?.accessToken).toBe('a2');
  });
});

describe('a refresh answer', () => {
  it('applies only to the session that asked for it', () => {
    const { store } = tab();
    store.start(anna);
    const asked = session(store)?.id ?? '';
    store.end('logged-out');
    store.start({ ...anna, email: 'ben@x', refreshToken: 'r1' });
    expect(store.refreshed(asked, 'r1', { accessToken: 'a2', refreshToken: 'r2' })).toBe(false);
    expect(session(store)).toMatchObject({ email: 'ben@x', accessToken: 'a1' });
  });
});

describe('logging out', () => {
  it('ends the session at once while Glue hangs, and revokes in the background with the old token', async () => {
    await signInAs('anna');
    const token = sessionStore.accessToken();
    const revokes: (string | null)[] = [];
    server.use(
      http.delete('*/refresh-tokens/:which', ({ request }) => {
        revokes.push(`${gluePath(request.url)} ${request.headers.get('Authorization') ?? ''}`);
        // Glue hangs: never answers.
        return new Promise<never>(() => undefined);
      }),
    );
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('You have logged out.')).toBeInTheDocument();
    expect(sessionStore.getSnapshot().session).toBeNull();
    expect(sessionStorage.getItem('shared-carts.session')).toBeNull();
    expect(revokes).toEqual([`/refresh-tokens/mine Bearer ${token ?? ''}`]);
  });
});

describe('after an expired session', () => {
  async function annasSessionExpiresOnQ4() {
    let now = Date.now();
    backend.reset({ tokenTtlSeconds: 60, clock: () => now });
    await signInAs('anna');
    const { queryClient } = renderApp(`/carts/${CART.q4}`);
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeVisible();
    now += 61_000;
    backend.db.refreshTokens.clear();
    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByText('Your session has expired. Please log in again.')).toBeVisible();
  }

  async function logInAs(email: string) {
    const u = userEvent.setup();
    await u.type(screen.getByLabelText('Email'), email);
    await u.type(screen.getByLabelText('Password'), 'change123');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
  }

  it('someone else starts at the cart list', async () => {
    await annasSessionExpiresOnQ4();
    await logInAs('chloe.nguyen@northwind.example');
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/carts');
  });

  it('the same person comes back to where they were', async () => {
    await annasSessionExpiresOnQ4();
    await logInAs('anna.keller@northwind.example');
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeVisible();
    expect(window.location.pathname).toBe(`/carts/${CART.q4}`);
  });
});
