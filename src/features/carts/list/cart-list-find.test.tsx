import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READ_ONLY } from '../../../../mocks/db/demo-seed';
import { backend } from '../../../../mocks/node';
import { CART, CU } from '../../../../mocks/test/ids';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';

const cartNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent);

describe('finding a cart', () => {
  // When the address follows (a pause in typing, leaving the field) is use-list-state's
  // own test, on a fake clock; here, that it does.
  it('filters by name as you type, says how many match, and keeps it in the address', async () => {
    await signInAs('anna');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const u = userEvent.setup();
    await u.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'TOOLS');
    expect(cartNames()).toEqual(['Workshop tools']);
    expect(screen.getByText('1 of 4 carts match.')).toBeInTheDocument();
    await waitFor(() => {
      expect(window.location.search).toBe('?q=TOOLS');
    });
  });

  it('keeps what was typed when the field is left, and across a sort right after', async () => {
    await signInAs('anna');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const u = userEvent.setup();
    await u.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'o');
    await u.click(screen.getByRole('button', { name: 'Total' }));
    await waitFor(() => {
      expect(window.location.search).toBe('?q=o&sort=total');
    });
    expect(cartNames()).toEqual(['Q4 office restock', 'Workshop tools']);
    expect(screen.getByRole('searchbox', { name: 'Filter by name' })).toHaveValue('o');
  });

  it('keeps the All / Mine / Shared choice while filtering, and clears with Escape', async () => {
    await signInAs('anna');
    renderApp('/carts?view=mine');
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const u = userEvent.setup();
    const filter = screen.getByRole('searchbox', { name: 'Filter by name' });
    await u.type(filter, 'e');
    // "Safety gear" has an e too, but it is Ben's.
    expect(cartNames()).toEqual(['Q4 office restock', 'Empty draft']);
    await waitFor(() => {
      expect(window.location.search).toBe('?view=mine&q=e');
    });
    await u.keyboard('{Escape}');
    expect(filter).toHaveValue('');
    expect(window.location.search).toBe('?view=mine');
    expect(cartNames()).toEqual(['Q4 office restock', 'Empty draft', 'Workshop tools']);
  });

  it('says when no name matches, with a way to clear the filter', async () => {
    await signInAs('anna');
    renderApp('/carts?q=zebra');
    expect(await screen.findByText('No cart name contains “zebra”.')).toBeInTheDocument();
    expect(screen.getByText('0 of 4 carts match.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter by name' })).toHaveValue('');
  });

  it('sorts by a column header, up then down, told by aria-sort and kept in the address', async () => {
    await signInAs('anna');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Total' }));
    expect(screen.getByRole('columnheader', { name: 'Total' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(cartNames()).toEqual([
      'Empty draft',
      'Q4 office restock',
      'Workshop tools',
      'Safety gear',
    ]);
    expect(window.location.search).toBe('?sort=total');
    await u.click(screen.getByRole('button', { name: 'Total' }));
    expect(screen.getByRole('columnheader', { name: 'Total' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(cartNames()[0]).toBe('Safety gear');
    expect(window.location.search).toBe('?sort=total&dir=desc');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  });

  it('opens a bookmarked view as it was: filter, name and sort from the address', async () => {
    await signInAs('anna');
    renderApp('/carts?view=shared&sort=name&dir=desc&q=a');
    await screen.findByRole('link', { name: 'Safety gear' });
    expect(screen.getByRole('radio', { name: 'Shared with me' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Filter by name' })).toHaveValue('a');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(cartNames()).toEqual(['Safety gear']);
  });
});

describe('the cart links', () => {
  // The rows use plain <a> elements (see CartRow): a plain click stays in the app, a
  // click with a modifier is the browser's (a new tab or window), not the app's.
  it('open the cart in the app on a plain click, and leave a Ctrl or Shift click to the browser', async () => {
    await signInAs('anna');
    renderApp('/carts');
    const link = await screen.findByRole('link', { name: 'Workshop tools' });
    expect(link).toHaveAttribute('href', `/carts/${CART.workshop}`);
    // Whether the app took the click over (prevented the browser's own handling), seen
    // after React's handler; then cancelled, as jsdom cannot open tabs.
    const takenOver: boolean[] = [];
    const record = (event: MouseEvent) => {
      takenOver.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      fireEvent.click(link, { ctrlKey: true });
      fireEvent.click(link, { shiftKey: true });
      fireEvent.click(link, { button: 1 });
      fireEvent.click(link);
    } finally {
      window.removeEventListener('click', record);
    }
    expect(takenOver).toEqual([false, false, false, true]);
    expect(
      await screen.findByRole('heading', { name: 'Workshop tools', level: 1 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/carts/${CART.workshop}`);
  });
});

describe('new for you', () => {
  const shareWithBen = (cartId: string) => {
    backend.db.shares.set('new-share', {
      id: 'new-share',
      cartId,
      companyUserId: CU.ben,
      permissionGroupId: READ_ONLY,
    });
  };

  it('marks carts shared with you that you have not opened, and counts them in the header', async () => {
    shareWithBen(CART.emptyDraft);
    await signInAs('ben');
    renderApp('/carts');
    const draft = await screen.findByRole('row', { name: /Empty draft/ });
    expect(within(draft).getByText('New')).toBeInTheDocument();
    // Ben's own cart is never new to him.
    expect(within(screen.getByRole('row', { name: /Safety gear/ })).queryByText('New')).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Carts (3 new)' })).toBeInTheDocument();
  });

  it('takes the marker away once the cart is opened, and remembers it per company user', async () => {
    shareWithBen(CART.emptyDraft);
    await signInAs('ben');
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('link', { name: 'Empty draft' }));
    await screen.findByRole('heading', { name: 'Empty draft', level: 1 });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Carts (2 new)' })).toBeInTheDocument();
    await u.click(within(nav).getByRole('link', { name: 'Carts (2 new)' }));
    const draft = await screen.findByRole('row', { name: /Empty draft/ });
    expect(within(draft).queryByText('New')).toBeNull();
    expect(
      within(screen.getByRole('row', { name: /Workshop tools/ })).getByText('New'),
    ).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(`shared-carts.seen-carts.v1.${CU.ben}`) ?? '')).toEqual([
      CART.emptyDraft,
    ]);
  });

  it('shows no count when nothing is new', async () => {
    await signInAs('frank');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Summit restock' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Carts' })).toBeInTheDocument();
  });
});
