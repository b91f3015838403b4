// Tokens that expire mid-session: one transparent refresh, shared by concurrent
// requests; and when refreshing fails, back to login and then to the same page.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { backend, server } from '../../../mocks/node';
import { sessionStore } from '../../lib/glue/client';
import { renderApp } from '../../test/render-app';
import { gluePath } from '../../test/mock-glue';

async function logInAsAnna() {
  const u = userEvent.setup();
  await u.type(await screen.findByLabelText('Email'), 'anna.keller@northwind.example');
  await u.type(screen.getByLabelText('Password'), 'change123');
  await u.click(screen.getByRole('button', { name: 'Log in' }));
  expect(await screen.findByText('Q4 office restock')).toBeInTheDocument();
}

function countRequests(method: string, path: string) {
  const seen = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && gluePath(request.url) === path) seen.count++;
  });
  return seen;
}

describe('an access token that expires mid-session', () => {
  it('is refreshed once, transparently, for all requests that hit the 401', async () => {
    let now = Date.now();
    backend.reset({ tokenTtlSeconds: 60, clock: () => now });
    const { queryClient } = renderApp('/');
    await logInAsAnna();
    const before = sessionStore.accessToken();
    const refreshes = countRequests('POST', '/refresh-tokens');
    const cartLists = countRequests('GET', '/carts');

    now += 61_000;
    // Two queries refetch at once (the cart list and the header's company users).
    await act(() => queryClient.invalidateQueries());

    expect(screen.getByText('Q4 office restock')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Log in' })).not.toBeInTheDocument();
    expect(refreshes.count).toBe(1);
    expect(cartLists.count).toBe(2); // the 401, then the retry
    expect(sessionStore.accessToken()).not.toBe(before);
  });
});

describe('a session that cannot be refreshed', () => {
  it('sends the user to log in with a message, then back to the page they were on', async () => {
    let now = Date.now();
    backend.reset({ tokenTtlSeconds: 60, clock: () => now });
    const { queryClient } = renderApp('/carts?view=mine');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    await logInAsAnna();
    expect(window.location.pathname + window.location.search).toBe('/carts?view=mine');

    now += 61_000;
    backend.db.refreshTokens.clear();
    await act(() => queryClient.invalidateQueries());

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has expired. Please log in again.',
    );
    await logInAsAnna();
    expect(window.location.pathname + window.location.search).toBe('/carts?view=mine');
  });
});

describe('a reload', () => {
  it('keeps the session of this tab', async () => {
    const view = renderApp('/');
    await logInAsAnna();
    view.unmount();
    renderApp('/carts');
    expect(await screen.findByText('Q4 office restock')).toBeInTheDocument();
    expect(sessionStorage.getItem('shared-carts.session')).toContain('"companyUserId"');
  });
});

describe('a refresh that cannot reach the shop', () => {
  it.each([
    ['a network failure', () => HttpResponse.error()],
    [
      'a server error',
      () => HttpResponse.json({ errors: [{ status: 500, detail: 'Oops' }] }, { status: 500 }),
    ],
  ])(
    'keeps the session and the list through %s, says so, and Check now recovers',
    async (cause, answer) => {
      let now = Date.now();
      backend.reset({ tokenTtlSeconds: 60, clock: () => now });
      const { queryClient } = renderApp('/');
      await logInAsAnna();
      now += 61_000;
      server.use(http.post('*/refresh-tokens', answer));
      await act(() => queryClient.invalidateQueries({ queryKey: ['carts'] }));

      // Data first: the list stays, and a notice beside it says why it may be out of date.
      expect(await screen.findByText(/^Could not check for changes/)).toHaveTextContent(
        `Could not check for changes — showing what was loaded. ${
          cause === 'a network failure'
            ? 'The shop could not be reached. Check your connection and try again.'
            : 'The shop could not complete this request. Please try again.'
        }`,
      );
      expect(screen.getByText('Q4 office restock')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Log in' })).not.toBeInTheDocument();
      expect(sessionStore.getSnapshot().session).not.toBeNull();

      server.resetHandlers();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Check now' }));
      await waitFor(() => {
        expect(screen.queryByText(/Could not check for changes/)).not.toBeInTheDocument();
      });
      expect(screen.getByText('Q4 office restock')).toBeInTheDocument();
    },
  );

  it('ends the session only when Glue refuses the refresh token (401 004)', async () => {
    let now = Date.now();
    backend.reset({ tokenTtlSeconds: 60, clock: () => now });
    const { queryClient } = renderApp('/');
    await logInAsAnna();
    now += 61_000;
    backend.db.refreshTokens.clear();
    await act(() => queryClient.invalidateQueries());
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(sessionStore.getSnapshot().session).toBeNull();
  });
});
