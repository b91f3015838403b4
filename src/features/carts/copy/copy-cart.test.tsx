import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { TEST_GLUE_URL, backend, server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { answerFromMock, gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';
import { copyName } from './copy-cart';

async function openAs(persona: 'anna' | 'chloe', cartId: string) {
  await signInAs(persona);
  renderApp(`/carts/${cartId}`);
  await screen.findByRole('heading', { level: 1 });
  return userEvent.setup();
}

/** Every cart write, as "METHOD /path" with its JSON body. */
function recordWrites() {
  const writes: { call: string; body: unknown }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return;
    const call = `${request.method} ${gluePath(request.url)}`;
    void request
      .clone()
      .json()
      .then((body: unknown) => writes.push({ call, body }));
  });
  return writes;
}

const chloesCarts = () =>
  [...backend.db.carts.values()].filter((cart) => cart.ownerReference === 'DE--3');

describe('copy to my carts', () => {
  it('names the copy "Copy of …", cut to Glue’s 30 characters', () => {
    expect(copyName('Copy of Workshop tools')).toBe('Copy of Workshop tools');
    expect(copyName('Copy of Quarterly restock for the Hamburg office')).toBe(
      'Copy of Quarterly restock for',
    );
    expect(Array.from(copyName(`Copy of ${'ü'.repeat(40)}`))).toHaveLength(30);
  });

  it('lets a read-only recipient copy a cart with all its items and opens the copy', async () => {
    const u = await openAs('chloe', CART.workshop);
    const writes = recordWrites();
    await u.click(screen.getByRole('button', { name: 'Copy to my carts' }));
    expect(
      await screen.findByRole('heading', { name: /Copy of Workshop tools/, level: 1 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This is your copy of “Workshop tools”, with all its items.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Cordless drill 18 V/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Drill bit set, 19 pcs/ })).toBeInTheDocument();
    // Chloe owns the copy: she can change it.
    expect(screen.getByRole('button', { name: 'Rename' })).toBeInTheDocument();
    const copy = chloesCarts().find((cart) => cart.name === 'Copy of Workshop tools');
    expect(copy?.items).toEqual([
      { sku: 'NW-2001', quantity: 2 },
      { sku: 'NW-2002', quantity: 2 },
    ]);
    expect(writes.map((w) => w.call)).toEqual([
      'POST /carts',
      `POST /carts/${copy?.id ?? ''}/items`,
      `POST /carts/${copy?.id ?? ''}/items`,
    ]);
    expect(writes[0]?.body).toEqual({
      data: {
        type: 'carts',
        attributes: {
          name: 'Copy of Workshop tools',
          priceMode: 'GROSS_MODE',
          currency: 'EUR',
          store: 'DE',
        },
      },
    });
    // The original is untouched.
    expect(backend.db.carts.get(CART.workshop)?.items).toHaveLength(2);
  });

  it('shows its progress while the items are added', async () => {
    server.use(
      http.post(`${TEST_GLUE_URL}/carts/:id/items`, async ({ request }) => {
        await delay(150);
        return answerFromMock(request);
      }),
    );
    const u = await openAs('chloe', CART.workshop);
    await u.click(screen.getByRole('button', { name: 'Copy to my carts' }));
    expect(await screen.findByText('Copying items: 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy to my carts' })).toBeDisabled();
    expect(
      await screen.findByRole('heading', { name: /Copy of Workshop tools/, level: 1 }),
    ).toBeInTheDocument();
  });

  it('keeps the items that could be added and says which failed and why', async () => {
    server.use(
      http.post(`${TEST_GLUE_URL}/carts/:id/items`, async ({ request }) => {
        const body = (await request.clone().json()) as { data: { attributes: { sku: string } } };
        if (body.data.attributes.sku !== 'NW-2002') return answerFromMock(request);
        return HttpResponse.json(
          { errors: [{ status: 422, code: '102', detail: 'Product "NW-2002" not found' }] },
          { status: 422 },
        );
      }),
    );
    const u = await openAs('chloe', CART.workshop);
    await u.click(screen.getByRole('button', { name: 'Copy to my carts' }));
    const report = await screen.findByRole('alert');
    expect(report).toHaveTextContent(
      'Copied 1 of 2 items from “Workshop tools”. These could not be copied:',
    );
    expect(within(report).getByRole('listitem')).toHaveTextContent(
      'Drill bit set, 19 pcs (NW-2002), quantity 2: There is no product with this SKU.',
    );
    expect(screen.getByRole('heading', { name: /Copy of Workshop tools/, level: 1 })).toBeVisible();
    expect(screen.getByRole('row', { name: /Cordless drill 18 V/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Drill bit set/ })).not.toBeInTheDocument();
    const copy = chloesCarts().find((cart) => cart.name === 'Copy of Workshop tools');
    expect(copy?.items).toEqual([{ sku: 'NW-2001', quantity: 2 }]);
  });

  it('says why when the copy cannot be created, and creates nothing', async () => {
    server.use(
      http.post(`${TEST_GLUE_URL}/carts`, () =>
        HttpResponse.json({ errors: [{ status: 500, detail: 'boom' }] }, { status: 500 }),
      ),
    );
    const before = chloesCarts().length;
    const u = await openAs('chloe', CART.workshop);
    await u.click(screen.getByRole('button', { name: 'Copy to my carts' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The cart could not be copied. The shop could not complete this request. Please try again.',
    );
    expect(screen.getByRole('heading', { name: 'Workshop tools', level: 1 })).toBeVisible();
    expect(chloesCarts()).toHaveLength(before);
  });

  it('gives the copy a unique name when “Copy of …” is taken', async () => {
    const u = await openAs('anna', CART.workshop);
    await u.click(screen.getByRole('button', { name: 'Copy to my carts' }));
    await screen.findByRole('heading', { name: /^Copy of Workshop tools/, level: 1 });
    await u.click(screen.getByRole('link', { name: '← All carts' }));
    await u.click(await screen.findByRole('link', { name: 'Workshop tools' }));
    await u.click(await screen.findByRole('button', { name: 'Copy to my carts' }));
    expect(
      await screen.findByRole('heading', { name: /Copy of Workshop tools 1/, level: 1 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'A cart named “Copy of Workshop tools” already exists, so this one is called “Copy of Workshop tools 1”.',
      ),
    ).toBeInTheDocument();
  });
});
