// What this browser remembers per person (New markers, how each cart looked at the last
// visit): a full storage never breaks a page — the feature just forgets — and a fresh
// cart list prunes the memories to the carts the person can still see.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CART, CU } from '../../../mocks/test/ids';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

const SEEN = `shared-carts.seen-carts.v1.${CU.ben}`;
const VISITS = `shared-carts.cart-visits.v1.${CU.ben}`;
const GONE = '11111111-1111-4111-8111-111111111111';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a full localStorage', () => {
  it('leaves the cart page and the list working; the memories are simply not kept', async () => {
    const session = window.sessionStorage;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (this !== session) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      // sessionStorage (the session itself) still takes writes.
      (session as unknown as Record<string, string>)[key] = value;
    });
    await signInAs('ben');
    const view = renderApp(`/carts/${CART.q4}`);
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeVisible();
    expect(screen.getByRole('row', { name: /Stapler, 40 sheets/ })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    view.unmount();
    renderApp('/carts');
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeVisible();
    expect(localStorage.getItem(SEEN)).toBeNull();
    expect(localStorage.getItem(VISITS)).toBeNull();
  });
});

describe('a fresh cart list', () => {
  it('forgets the markers and visits of carts the person can no longer see', async () => {
    const visit = { name: 'Gone', items: [] };
    localStorage.setItem(SEEN, JSON.stringify([CART.q4, GONE]));
    localStorage.setItem(VISITS, JSON.stringify({ [CART.q4]: visit, [GONE]: visit }));
    await signInAs('ben');
    renderApp('/carts');
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem(SEEN) ?? '')).toEqual([CART.q4]);
    expect(Object.keys(JSON.parse(localStorage.getItem(VISITS) ?? '') as object)).toEqual([
      CART.q4,
    ]);
  });
});
