// Writes that race: quantity changes whose answers come back out of order or fail in
// between, and writes that land while a refetch of the old cart is under way.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { backend, server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { cartQueries } from '../cart-queries';
import { answerFromMock } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';

const total = (label: string) =>
  within(screen.getByRole('group', { name: 'Totals' })).getByText(label).nextElementSibling
    ?.textContent;
const quantityOf = (name: string) =>
  screen.getByRole<HTMLInputElement>('spinbutton', { name: `Quantity of ${name}` });

async function setQuantity(u: ReturnType<typeof userEvent.setup>, name: string, value: string) {
  const input = quantityOf(name);
  await u.clear(input);
  await u.type(input, `${value}{Enter}`);
}

async function openQ4() {
  await signInAs('anna');
  const view = renderApp(`/carts/${CART.q4}`);
  await screen.findByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' });
  return { u: userEvent.setup(), ...view };
}

const quantityInDb = (sku: string) =>
  backend.db.carts.get(CART.q4)?.items.find((item) => item.sku === sku)?.quantity;

describe('two quantity changes in a row', () => {
  it('end with both changes and Glue’s totals, even when the first answer is slow', async () => {
    let first = true;
    server.use(
      http.patch('*/carts/:cartId/items/:itemId', async ({ request }) => {
        // Glue applies the change at once, but its answer for the first one is slow.
        const response = await answerFromMock(request);
        if (first) {
          first = false;
          await delay(300);
        }
        return response;
      }),
    );
    const { u } = await openQ4();
    await setQuantity(u, 'Copy paper A4, 500 sheets', '20');
    await setQuantity(u, 'Ballpoint pens, blue, 50 pcs', '5');
    // Both show at once…
    expect(quantityOf('Copy paper A4, 500 sheets')).toHaveValue(20);
    expect(quantityOf('Ballpoint pens, blue, 50 pcs')).toHaveValue(5);
    // …and stay, with the totals of both, once every answer is in.
    await waitFor(() => {
      expect(quantityInDb('NW-3002')).toBe(5);
    });
    await waitFor(() => {
      expect(total('Grand total')).toBe('€192.20');
    });
    await delay(400);
    expect(quantityOf('Copy paper A4, 500 sheets')).toHaveValue(20);
    expect(quantityOf('Ballpoint pens, blue, 50 pcs')).toHaveValue(5);
    expect(total('Grand total')).toBe('€192.20');
  });

  it('after a failure between two changes: undoes only the failed one and says why', async () => {
    server.use(
      http.patch('*/carts/:cartId/items/NW-3001', async () => {
        await delay(200);
        return HttpResponse.json(
          { errors: [{ status: 422, code: '114', detail: 'Cart item could not be updated.' }] },
          { status: 422 },
        );
      }),
    );
    const { u } = await openQ4();
    await setQuantity(u, 'Copy paper A4, 500 sheets', '20');
    await setQuantity(u, 'Ballpoint pens, blue, 50 pcs', '5');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The quantity could not be changed.',
    );
    await waitFor(() => {
      expect(quantityInDb('NW-3002')).toBe(5);
    });
    await waitFor(() => {
      expect(total('Grand total')).toBe('€137.30');
    });
    // Paper back at 10 (refused), pens at 5 (accepted): as Glue has them.
    expect(quantityOf('Copy paper A4, 500 sheets')).toHaveValue(10);
    expect(quantityOf('Ballpoint pens, blue, 50 pcs')).toHaveValue(5);
    expect(quantityInDb('NW-3001')).toBe(10);
  });
});

describe('a write while an old refetch is under way', () => {
  it('keeps the added item: the refetch that started before it is cancelled', async () => {
    const { u, queryClient } = await openQ4();
    // From now on the cart's GET is slow and answers the cart as it was when asked.
    server.use(
      http.get('*/carts/:cartId', async ({ request }) => {
        const response = await answerFromMock(request);
        await delay(400);
        return response;
      }),
    );
    await act(async () => {
      void queryClient.refetchQueries({ queryKey: cartQueries.detail(CART.q4).queryKey });
      await delay(10);
    });
    await u.type(screen.getByLabelText('Product'), 'NW-1003');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByRole('row', { name: /Ear defenders/ })).toBeInTheDocument();
    await act(() => delay(600));
    expect(screen.getByRole('row', { name: /Ear defenders/ })).toBeInTheDocument();
  });
});
