// Data first: a cart on screen stays on screen, with what the user typed, whatever a
// later check says — a failed check is a notice and the checks go on; a cart that goes
// away (404 `101`) or drops to read-only while open stays, read-only, and no write is tried.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { focusManager } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { companyUserToken, doc, glue } from '../../../../mocks/test/glue-client';
import { gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';
import { LIVE_CHECK_MS } from '../live/use-live-cart';

const PAPER = 'Copy paper A4, 500 sheets';
const quantityOf = (name: string) =>
  screen.getByRole<HTMLInputElement>('spinbutton', { name: `Quantity of ${name}` });

/** Ben opens Anna's Q4 office restock (full access) and starts typing in two places. */
async function benTypesInQ4() {
  await signInAs('ben');
  renderApp(`/carts/${CART.q4}`);
  expect(await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();
  const u = userEvent.setup();
  await u.clear(quantityOf(PAPER));
  await u.type(quantityOf(PAPER), '77');
  await u.click(screen.getByRole('button', { name: 'Rename' }));
  const name = screen.getByRole('textbox', { name: 'New name' });
  await u.clear(name);
  await u.type(name, 'Q4 half a na');
  return u;
}

function comeBackToTheTab() {
  act(() => {
    focusManager.setFocused(false);
    focusManager.setFocused(true);
  });
}

function glueRequests() {
  const asked: string[] = [];
  server.events.on('request:start', ({ request }) => {
    asked.push(`${request.method} ${gluePath(request.url)}`);
  });
  return asked;
}

function expectTypingKept() {
  expect(quantityOf(PAPER)).toHaveValue(77);
  expect(screen.getByRole('textbox', { name: 'New name' })).toHaveValue('Q4 half a na');
}

afterEach(() => {
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

describe('a check that fails while a cart is on screen', () => {
  it('keeps the cart and the typing, says when it tries again, and goes on checking', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await benTypesInQ4();
    server.use(http.get('*/carts/:cartId', () => HttpResponse.error()));
    comeBackToTheTab();
    expect(
      await screen.findByText(/^Could not check for changes — trying again in 10 s\./),
    ).toHaveTextContent(
      'Could not check for changes — trying again in 10 s. The shop could not be reached. Check your connection and try again.',
    );
    expect(screen.getByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();
    expect(screen.getByRole('row', { name: /Stapler, 40 sheets/ })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Sharing' })).toBeVisible();
    expectTypingKept();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    // Glue is back: the next check (10 s later) answers, and the notice goes.
    server.resetHandlers();
    const asked = glueRequests();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS);
    });
    await waitFor(() => {
      expect(screen.queryByText(/Could not check for changes/)).not.toBeInTheDocument();
    });
    expect(asked).toEqual([`GET /carts/${CART.q4}`]);
    expectTypingKept();
  });

  it('keeps the cart when a check is refused with a 4xx, and Check now asks again', async () => {
    const u = await benTypesInQ4();
    server.use(
      http.get('*/carts/:cartId', () =>
        HttpResponse.json(
          { errors: [{ status: 403, code: '002', detail: 'Missing access token.' }] },
          { status: 403 },
        ),
      ),
    );
    comeBackToTheTab();
    const notice = await screen.findByText(/^Could not check for changes/);
    expect(notice).toHaveTextContent('You are not allowed to do this.');
    expectTypingKept();
    server.resetHandlers();
    await u.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => {
      expect(screen.queryByText(/Could not check for changes/)).not.toBeInTheDocument();
    });
    expectTypingKept();
  });
});

describe('a cart that goes away while open', () => {
  it('stays on screen, read-only, with what was typed, says why, and tries no write', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const u = await benTypesInQ4();
    const anna = await companyUserToken('anna');
    expect((await glue('DELETE', `/carts/${CART.q4}`, { token: anna })).status).toBe(204);
    comeBackToTheTab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This cart is no longer available to you — it was ordered, deleted, or is no longer shared with you. What it held is still shown; nothing here can be changed. What you typed is kept below so you can copy it.',
    );
    expect(within(alert).getByRole('link', { name: 'Back to your carts' })).toHaveAttribute(
      'href',
      '/carts',
    );
    // What the cart held, and what was typed, read-only.
    expect(screen.getByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();
    expect(screen.getByRole('row', { name: /Stapler, 40 sheets/ })).toBeVisible();
    expectTypingKept();
    expect(quantityOf(PAPER)).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'New name' })).toHaveAttribute('readonly');
    expect(
      screen.getByRole('button', { name: 'Update quantity of Copy paper A4, 500 sheets' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add item' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    // A copy of one's own is still possible: it writes nothing to this cart.
    expect(screen.getByRole('button', { name: 'Copy to my carts' })).toBeEnabled();

    const asked = glueRequests();
    await u.type(quantityOf(PAPER), '{Enter}');
    await u.type(screen.getByRole('textbox', { name: 'New name' }), '{Enter}');
    // And no more checks of a cart that is gone.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LIVE_CHECK_MS * 2);
    });
    expect(asked).toEqual([]);
  });

  it('turns read-only, keeping the typing, when the owner makes the share read-only', async () => {
    const u = await benTypesInQ4();
    const anna = await companyUserToken('anna');
    const q4 = await glue('GET', `/carts/${CART.q4}?include=shared-carts`, { token: anna });
    const share = (q4.body.included as { type: string; id: string }[]).find(
      (resource) => resource.type === 'shared-carts',
    );
    const changed = await glue('PATCH', `/shared-carts/${share?.id ?? ''}`, {
      token: anna,
      body: doc('shared-carts', { idCartPermissionGroup: 1 }),
    });
    expect(changed.status).toBe(200);
    comeBackToTheTab();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This cart is now read-only for you. Its owner changed your access while you had it open. What you typed is kept below so you can copy it.',
    );
    expect(screen.getByText('Shared with you — read-only.')).toBeVisible();
    expectTypingKept();
    expect(quantityOf(PAPER)).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();

    await u.click(screen.getByRole('button', { name: 'Show the read-only view' }));
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'New name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a colleague who opens it later what it held when they last saw it', async () => {
    await signInAs('ben');
    const { unmount } = renderApp(`/carts/${CART.q4}`);
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeVisible();
    unmount();
    const anna = await companyUserToken('anna');
    expect((await glue('DELETE', `/carts/${CART.q4}`, { token: anna })).status).toBe(204);
    renderApp(`/carts/${CART.q4}`);
    expect(
      await screen.findByRole('heading', { name: '“Q4 office restock” is no longer available' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'It was ordered or deleted, or is no longer shared with you. When you last saw it, it held:',
      ),
    ).toBeVisible();
    expect(
      within(screen.getByRole('list', { name: 'What the cart held' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '10 × Copy paper A4, 500 sheets',
      '2 × Ballpoint pens, blue, 50 pcs',
      '1 × Stapler, 40 sheets',
    ]);
  });
});
