// Names come from other people: markup and script in them must render as plain text.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { backend } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

const PAYLOADS = {
  cart: '<img src=x onerror="window.__xss=1">Q4',
  product: '<script>window.__xss=2</script>Paper',
  person: '<b onmouseover="window.__xss=3">Ben</b>',
};

describe('names with markup', () => {
  it('render as text in the cart list, the cart, and the share panel', async () => {
    const cart = backend.db.carts.get(CART.q4);
    const product = backend.db.products.get('NW-3001');
    const ben = backend.db.customersByEmail.get('ben.ortiz@northwind.example');
    if (!cart || !product || !ben) throw new Error('seed missing');
    cart.name = PAYLOADS.cart;
    product.name = PAYLOADS.product;
    ben.firstName = PAYLOADS.person;

    await signInAs('anna');
    renderApp('/carts');
    const link = await screen.findByRole('link', { name: PAYLOADS.cart });
    expect(link).toHaveTextContent(PAYLOADS.cart);
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', {
        name: (name) => name.startsWith(PAYLOADS.cart),
        level: 1,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: PAYLOADS.product })).toBeInTheDocument();
    // Sharing comes a moment after the items (ui/unhurried.tsx).
    const shares = await screen.findByRole('list', { name: 'Shared with' });
    expect(within(shares).getAllByRole('listitem')[0]).toHaveTextContent(
      `${PAYLOADS.person} Ortiz`,
    );

    // No element was made from the payloads: only a DOM query can show an absence like this.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img, script, b')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
