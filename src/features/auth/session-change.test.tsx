// Who is signed in changes in one place: the cache follows the session, the session is
// stored only when a login is complete, and after a logout the next person starts fresh.
import { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { createSessionStore } from '../../lib/session/session-store';
import { fakeMockControls } from '../../test/fake-mock-controls';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';
import { bindCacheToSession } from './session-cache';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('the cache follows the session', () => {
  it('survives a token refresh, not a change of person, company or a logout', () => {
    const store = createSessionStore(memoryStorage());
    const queryClient = new QueryClient();
    const unbind = bindCacheToSession(store, queryClient);
    const cached = () => queryClient.getQueryData(['carts', 'list']);
    const anna = { accessToken: 'a1', refreshToken: 'r1', companyUserId: 'cu-a', email: 'anna@x' };

    store.start(anna);
    queryClient.setQueryData(['carts', 'list'], ['Anna’s carts']);
    store.update({ accessToken: 'a2', refreshToken: 'r2' });
    expect(cached()).toEqual(['Anna’s carts']);

    store.update({ companyUserId: 'cu-a-summit' });
    expect(cached()).toBeUndefined();

    queryClient.setQueryData(['carts', 'list'], ['Summit carts']);
    store.start({ ...anna, email: 'ben@x', companyUserId: 'cu-b' });
    expect(cached()).toBeUndefined();

    queryClient.setQueryData(['carts', 'list'], ['Ben’s carts']);
    store.end('logged-out');
    expect(cached()).toBeUndefined();
    unbind();
  });
});

describe('after an explicit logout', () => {
  it('the next person starts at the cart list, not on the page the previous one left', async () => {
    await signInAs('anna');
    renderApp(`/carts/${CART.q4}`);
    const u = userEvent.setup();
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeVisible();
    await u.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    await u.type(screen.getByLabelText('Email'), 'chloe.nguyen@northwind.example');
    await u.type(screen.getByLabelText('Password'), 'change123');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/carts');
    expect(screen.queryByRole('heading', { name: 'Cart not available' })).not.toBeInTheDocument();
  });
});

describe('a persona switch', () => {
  it('goes straight to the next person, never through a company chooser', async () => {
    renderApp('/login', fakeMockControls());
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Mock toolbar' }));
    const personas = screen.getByRole('group', { name: 'Persona' });
    await u.click(within(personas).getByRole('button', { name: 'Anna Keller' }));
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();

    // Watch every render while Ben's company login is slow.
    let sawChooser = false;
    const observer = new MutationObserver(() => {
      if (screen.queryByRole('heading', { name: 'Choose a company' })) sawChooser = true;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    server.use(
      http.post('*/company-user-access-tokens', async () => {
        await delay(200);
      }),
    );
    await u.click(within(personas).getByRole('button', { name: 'Ben Ortiz' }));
    expect(await screen.findByRole('link', { name: 'Safety gear' })).toBeInTheDocument();
    observer.disconnect();
    expect(sawChooser).toBe(false);
    expect(await within(screen.getByRole('banner')).findByText(/Ben Ortiz/)).toBeInTheDocument();
  });
});
