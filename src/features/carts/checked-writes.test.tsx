// A cart write that Glue does not answer in time may still have happened (Glue has no
// idempotency): the app reads the cart again before it says anything. Done: the cart
// as it is now, no error. Not done: "not saved", and what was typed stays.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { DEFAULT_TIMEOUTS } from '../../lib/json-api/client';
import { glueTimeouts } from '../../lib/glue/client';
import { answerFromMock, gluePath } from '../../test/mock-glue';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

/** Glue never answers the item write; `applies`: whether it made the change first. */
function itemWritesHang(applies: boolean) {
  server.use(
    http.post('*/carts/:cartId/items', async ({ request }) => {
      if (applies) await answerFromMock(request);
      return new Promise<never>(() => undefined);
    }),
  );
}

async function annaAddsTorqueWrench() {
  glueTimeouts.writeMs = 200;
  await signInAs('anna');
  renderApp(`/carts/${CART.q4}`);
  const u = userEvent.setup();
  await u.type(await screen.findByRole('combobox', { name: 'Product' }), 'NW-2003');
  // From the click on: what the add sends, and what it reads.
  const asked: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = gluePath(request.url);
    if (path.startsWith(`/carts/${CART.q4}`)) asked.push(`${request.method} ${path}`);
  });
  await u.click(screen.getByRole('button', { name: 'Add item' }));
  return asked;
}

afterEach(() => {
  Object.assign(glueTimeouts, DEFAULT_TIMEOUTS);
});

describe('an item added while Glue does not answer in time', () => {
  it('counts as added when the cart, read again, holds it', async () => {
    itemWritesHang(true);
    const asked = await annaAddsTorqueWrench();
    expect(await screen.findByRole('row', { name: /Torque wrench/ })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('');
    expect(asked).toEqual([`POST /carts/${CART.q4}/items`, `GET /carts/${CART.q4}`]);
  });

  it('says it was not saved when the cart does not hold it, keeping what was typed', async () => {
    itemWritesHang(false);
    const asked = await annaAddsTorqueWrench();
    const form = screen.getByRole('form', { name: 'Add an item' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The shop did not answer in time and your change was not saved. Please try again.',
    );
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('NW-2003');
    expect(screen.queryByRole('row', { name: /Torque wrench/ })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(asked.slice(0, 2)).toEqual([`POST /carts/${CART.q4}/items`, `GET /carts/${CART.q4}`]);
    });
  });
});
