// Renaming with entity tags (docs/glue-api.md §6a, §9): If-Match from the cached cart, a
// colleague's change in between (412), a server that wants a tag the app cannot read
// (428), names Glue makes unique, and the 30-character limit.
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { backend, server } from '../../../../mocks/node';
import { answerEntityTag, entityTag } from '../../../../mocks/rules/entity-tags';
import { CART } from '../../../../mocks/test/ids';
import { startRenaming } from '../../../test/start-renaming';

/**
 * A colleague renames the cart behind the user's back, straight in the mock database, and
 * Glue stores the new tag as its PATCH would (docs/glue-api.md §6a).
 */
function colleagueRenames(cartId: string, name: string) {
  const cart = backend.db.carts.get(cartId);
  if (!cart) throw new Error('no such cart');
  cart.name = name;
  answerEntityTag(cart, 'write');
}

describe('renaming a cart', () => {
  it('sends the tag of the cart as loaded in If-Match', async () => {
    const sent: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') sent.push(request.headers.get('If-Match'));
    });
    const { u, field } = await startRenaming(CART.emptyDraft);
    // The tag the mock gave the cart when the page loaded it.
    const cart = backend.db.carts.get(CART.emptyDraft);
    const expected = cart ? entityTag(cart) : null;
    await u.type(field, 'Draft for May');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(
      await screen.findByRole('heading', { name: 'Draft for May', level: 1 }),
    ).toBeInTheDocument();
    expect(expected).toMatch(/^"\w+"$/);
    expect(sent).toEqual([expected]);
  });

  it('after a colleague’s change: shows the cart as it is now, keeps the typed name, saves again in one click', async () => {
    const { u, field } = await startRenaming(CART.q4);
    colleagueRenames(CART.q4, 'Q4 (Ben)');
    await u.type(field, 'Q4 (Anna)');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this cart since you opened it. It is now called “Q4 (Ben)”. Your name is still in the field: save again to use it.',
    );
    // The page shows the colleague's name; the field keeps the user's.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Q4 (Ben)');
    expect(field).toHaveValue('Q4 (Anna)');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Q4 (Anna)');
    });
    expect(backend.db.carts.get(CART.q4)?.name).toBe('Q4 (Anna)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a server that wants a tag the app could not read (428 005)', async () => {
    server.use(
      http.patch('*/carts/:cartId', () =>
        HttpResponse.json(
          { errors: [{ status: 428, code: '005', detail: 'If-Match header is missing.' }] },
          { status: 428 },
        ),
      ),
    );
    const { u, field } = await startRenaming(CART.q4);
    await u.type(field, 'Q4 final');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The name cannot be saved: the shop asks for this cart’s version (its ETag), which the app cannot read. Please tell your administrator: the Glue server must expose the ETag header to this app.',
    );
    expect(field).toHaveValue('Q4 final');
  });

  it('says when Glue made a taken name unique', async () => {
    const { u, field } = await startRenaming(CART.emptyDraft);
    await u.type(field, 'Workshop tools');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(
      await screen.findByText(
        'A cart named “Workshop tools” already exists, so this one is called “Workshop tools 1”.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Workshop tools 1');
    await u.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/already exists, so this one/)).not.toBeInTheDocument();
  });

  it('refuses 31 characters on the field before sending, and keeps them', async () => {
    const patches: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') patches.push(request.url);
    });
    const { u, field } = await startRenaming(CART.emptyDraft);
    await u.type(field, 'z'.repeat(31));
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Use at most 30 characters.')).toBeInTheDocument();
    expect(field).toHaveValue('z'.repeat(31));
    expect(patches).toEqual([]);
  });
});
