// A shared cart is live: it asks Glue again while visible, tells what someone else
// changed (never the user's own changes), keeps a quantity being typed, and says what
// changed since the last visit.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { focusManager } from '@tanstack/react-query';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { companyUserToken, doc, glue } from '../../../../mocks/test/glue-client';
import { answerFromMock, gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';
import { LIVE_CHECK_MS } from './use-live-cart';

/** Anna, the owner of Q4 office restock, changes it from somewhere else. */
async function annaChangesQ4() {
  const token = await companyUserToken('anna');
  const items = `/carts/${CART.q4}/items`;
  await glue('PATCH', `${items}/NW-3001`, { token, body: doc('items', { quantity: 12 }) });
  await glue('POST', items, { token, body: doc('items', { sku: 'NW-2003', quantity: 1 }) });
  await glue('DELETE', `${items}/NW-3002`, { token });
  const cart = await glue('GET', `/carts/${CART.q4}`, { token });
  await glue('PATCH', `/carts/${CART.q4}`, {
    token,
    headers: { 'If-Match': cart.headers.get('ETag') ?? '' },
    body: doc('carts', { name: 'Q4 restock' }),
  });
}

/** The tab is left and come back to: the cart is asked for again. */
function comeBackToTheTab() {
  act(() => {
    focusManager.setFocused(false);
    focusManager.setFocused(true);
  });
}

async function benOpensQ4() {
  await signInAs('ben');
  const { unmount } = renderApp(`/carts/${CART.q4}`);
  expect(await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();
  return { u: userEvent.setup(), unmount };
}

const quantityOf = (name: string) =>
  screen.getByRole('spinbutton', { name: `Quantity of ${name}` });

afterEach(() => {
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

describe('a shared cart on screen', () => {
  it('shows and announces what someone else changed, and marks the changed rows', async () => {
    await benOpensQ4();
    await annaChangesQ4();
    comeBackToTheTab();
    expect(
      await screen.findByText(
        'Someone else changed this cart: Copy paper A4, 500 sheets: 10 → 12 · “Torque wrench 1/2"” added (1) · “Ballpoint pens, blue, 50 pcs” removed · renamed to “Q4 restock”',
      ),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: /Q4 restock/, level: 1 })).toBeVisible();
    expect(quantityOf('Copy paper A4, 500 sheets')).toHaveValue(12);
    const paper = screen.getByRole('row', { name: /Copy paper A4/ });
    expect(within(paper).getByText('Changed')).toBeVisible();
    expect(
      within(screen.getByRole('row', { name: /Torque wrench/ })).getByText('Changed'),
    ).toBeVisible();
    expect(screen.getByRole('log', { name: 'Changes by others' })).toHaveTextContent(
      /^Someone else changed this cart: Copy paper/,
    );
  });

  it('never announces the user’s own changes as someone else’s', async () => {
    const { u } = await benOpensQ4();
    const paper = quantityOf('Copy paper A4, 500 sheets');
    await u.clear(paper);
    await u.type(paper, '15{Enter}');
    await u.click(screen.getByRole('button', { name: 'Remove Stapler, 40 sheets' }));
    await waitFor(() => {
      expect(screen.queryByRole('row', { name: /Stapler/ })).not.toBeInTheDocument();
    });
    await u.type(screen.getByRole('combobox', { name: 'Product' }), 'NW-2003{Enter}');
    expect(await screen.findByRole('row', { name: /Torque wrench/ })).toBeInTheDocument();
    comeBackToTheTab();
    await waitFor(() => {
      expect(quantityOf('Copy paper A4, 500 sheets')).toHaveValue(15);
    });
    // Give the refetch time to land: still nothing said, nothing marked.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(/Someone else changed/)).not.toBeInTheDocument();
    expect(screen.queryByText('Changed')).not.toBeInTheDocument();
  });

  it('keeps a quantity being typed and says someone else changed it', async () => {
    const { u } = await benOpensQ4();
    const paper = quantityOf('Copy paper A4, 500 sheets');
    await u.clear(paper);
    await u.type(paper, '7');
    await annaChangesQ4();
    comeBackToTheTab();
    expect(
      await screen.findByText(
        'Someone else changed this to 12 while you were typing. Update saves 7; Escape keeps 12.',
      ),
    ).toBeVisible();
    expect(paper).toHaveValue(7);
    expect(paper).toHaveAccessibleDescription(/Someone else changed this to 12/);
    await u.keyboard('{Escape}');
    expect(paper).toHaveValue(12);
  });

  it('asks Glue once per interval while visible, not while hidden, not while the user writes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await benOpensQ4();
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      asked.push(`${request.method} ${gluePath(request.url)}`);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS);
    });
    await waitFor(() => {
      expect(asked).toEqual([`GET /carts/${CART.q4}`]);
    });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS * 3);
    });
    expect(asked).toHaveLength(1);
    visibility.mockRestore();
    // The user's own quantity change is under way: the check waits for it.
    let release: (() => void) | undefined;
    server.use(
      http.patch('*/carts/:id/items/:item', async ({ request }) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return answerFromMock(request);
      }),
    );
    const paper = quantityOf('Copy paper A4, 500 sheets');
    const u = userEvent.setup();
    await u.clear(paper);
    await u.type(paper, '11{Enter}');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS * 2);
    });
    expect(asked.filter((request) => request.startsWith('GET'))).toHaveLength(1);
    release?.();
    await waitFor(() => {
      expect(asked.filter((request) => request.startsWith('PATCH'))).toHaveLength(1);
    });
  });

  it('is not asked for again when nobody else can change it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await signInAs('anna');
    renderApp(`/carts/${CART.emptyDraft}`);
    expect(await screen.findByText('This cart is empty.')).toBeVisible();
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      asked.push(gluePath(request.url));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS * 2);
    });
    expect(asked).toEqual([]);
  });
});

describe('since your last visit', () => {
  it('says nothing on a first visit, then what changed since, until dismissed', async () => {
    const first = await benOpensQ4();
    expect(
      screen.queryByRole('heading', { name: 'Since your last visit' }),
    ).not.toBeInTheDocument();
    first.unmount();
    await annaChangesQ4();
    const { unmount } = renderApp(`/carts/${CART.q4}`);
    const since = await screen.findByRole('region', { name: 'Since your last visit' });
    expect(
      within(since)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Copy paper A4, 500 sheets: 10 → 12',
      '“Torque wrench 1/2"” added (1)',
      '“Ballpoint pens, blue, 50 pcs” removed',
      'renamed to “Q4 restock”',
    ]);
    const u = userEvent.setup();
    await u.click(within(since).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Since your last visit' })).not.toBeInTheDocument();
    unmount();
    renderApp(`/carts/${CART.q4}`);
    expect(await screen.findByRole('heading', { name: /Q4 restock/, level: 1 })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Since your last visit' })).not.toBeInTheDocument();
  });
});
