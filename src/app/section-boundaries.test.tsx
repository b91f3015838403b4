// A crash in one part of the cart page (a render error, not a failed request) leaves
// the rest of the page usable, says which part failed, and Retry brings it back.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CART } from '../../mocks/test/ids';
import { renderApp } from '../test/render-app';
import { signInAs } from '../test/sign-in';

const crash = vi.hoisted(() => ({ sharing: false, items: false }));

vi.mock('../features/sharing/current-shares', async (importOriginal) => {
  const original = await importOriginal<typeof import('../features/sharing/current-shares')>();
  return {
    CurrentShares: (props: Parameters<typeof original.CurrentShares>[0]) => {
      if (crash.sharing) throw new Error('share list broke');
      return original.CurrentShares(props);
    },
  };
});

vi.mock('../features/carts/detail/cart-totals', async (importOriginal) => {
  const original = await importOriginal<typeof import('../features/carts/detail/cart-totals')>();
  return {
    CartTotals: (props: Parameters<typeof original.CartTotals>[0]) => {
      if (crash.items) throw new Error('totals broke');
      return original.CartTotals(props);
    },
  };
});

afterEach(() => {
  crash.sharing = false;
  crash.items = false;
});

async function openQ4() {
  // React reports the caught error on the console; the test is about what people see.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await signInAs('anna');
  renderApp(`/carts/${CART.q4}`);
  await screen.findByRole('heading', { level: 1, name: /^Q4 office restock/ });
  return userEvent.setup();
}

describe('section error boundaries on the cart page', () => {
  it('a crashed share panel says so; the items still work, and Retry brings the panel back', async () => {
    crash.sharing = true;
    const user = await openQ4();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '“Sharing” could not be shown. The rest of the page still works.',
    );
    expect(screen.queryByRole('list', { name: 'Shared with' })).not.toBeInTheDocument();
    // The rest of the page: the items and their controls.
    const items = screen.getByRole('region', { name: 'Items' });
    expect(within(items).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: 'Rename' })).toBeEnabled();

    crash.sharing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry Sharing' }));
    expect(await screen.findByRole('list', { name: 'Shared with' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('crashed items leave the sharing section and the cart’s actions usable', async () => {
    crash.items = true;
    await openQ4();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Items” could not be shown. The rest of the page still works.',
    );
    expect(screen.queryByRole('region', { name: 'Items' })).not.toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Shared with' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share with colleagues' })).toBeEnabled();
  });
});
