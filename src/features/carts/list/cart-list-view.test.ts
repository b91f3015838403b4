import { describe, expect, it } from 'vitest';
import type { CartSummary } from '../cart-model';
import { applyListState, parseListState, toParams, toggleSort } from './cart-list-view';

const cart = (name: string, over: Partial<CartSummary> = {}): CartSummary => ({
  id: name,
  name,
  isDefault: false,
  priceMode: 'GROSS_MODE',
  currency: 'EUR',
  store: 'DE',
  access: 'owner',
  itemCount: 0,
  shareCount: 0,
  totals: { subtotal: 0, discountTotal: 0, taxTotal: 0, grandTotal: 0 },
  ...over,
});

const total = (grandTotal: number) => ({
  subtotal: grandTotal,
  discountTotal: 0,
  taxTotal: 0,
  grandTotal,
});

const CARTS = [
  cart('Workshop tools', { itemCount: 2, totals: total(4_000), access: 'READ_ONLY' }),
  cart('Q4 office restock', { itemCount: 3, totals: total(9_860), isDefault: true }),
  cart('Müller order', { itemCount: 12, totals: null, access: 'FULL_ACCESS' }),
  cart('Empty draft', { itemCount: 0, totals: total(0) }),
  cart('Straße 2', { itemCount: 1, totals: total(100) }),
];
const names = (carts: CartSummary[]) => carts.map((c) => c.name);
const state = (params: string) => parseListState(new URLSearchParams(params));

describe('the cart list view', () => {
  it('reads the address, ignoring values it does not know', () => {
    expect(state('view=shared&q=tools&sort=total&dir=desc')).toEqual({
      view: 'shared',
      query: 'tools',
      sort: 'total',
      direction: 'desc',
    });
    expect(state('view=everything&sort=colour&dir=sideways')).toEqual({
      view: 'all',
      query: '',
      sort: null,
      direction: 'asc',
    });
  });

  it('writes only what differs from the default view, and reads it back the same', () => {
    expect(toParams(state(''))).toEqual({});
    const view = state('view=mine&q=Q4&sort=items&dir=desc');
    expect(toParams(view)).toEqual({ view: 'mine', q: 'Q4', sort: 'items', dir: 'desc' });
    expect(state(new URLSearchParams(toParams(view)).toString())).toEqual(view);
  });

  it('sorts by a column, and turns it round on the second click', () => {
    const once = toggleSort(state('view=mine'), 'total');
    expect(once).toMatchObject({ view: 'mine', sort: 'total', direction: 'asc' });
    expect(toggleSort(once, 'total')).toMatchObject({ sort: 'total', direction: 'desc' });
    expect(toggleSort(toggleSort(once, 'total'), 'name')).toMatchObject({
      sort: 'name',
      direction: 'asc',
    });
  });

  it('keeps the usual order without a sort: your default first, then by name', () => {
    expect(names(applyListState(CARTS, state(''), 'en-US'))).toEqual([
      'Q4 office restock',
      'Empty draft',
      'Müller order',
      'Straße 2',
      'Workshop tools',
    ]);
  });

  it('filters by name ignoring case, accents and surrounding spaces, within the view', () => {
    expect(names(applyListState(CARTS, state('q=  MULLER '), 'en-US'))).toEqual(['Müller order']);
    expect(names(applyListState(CARTS, state('q=strasse'), 'de-DE'))).toEqual(['Straße 2']);
    expect(names(applyListState(CARTS, state('q=o&view=shared'), 'en-US'))).toEqual([
      'Müller order',
      'Workshop tools',
    ]);
    expect(applyListState(CARTS, state('q=nothing like it'), 'en-US')).toEqual([]);
  });

  it('sorts by items, access, name and total, both ways; ties go by name', () => {
    expect(names(applyListState(CARTS, state('sort=items'), 'en-US'))).toEqual([
      'Empty draft',
      'Straße 2',
      'Workshop tools',
      'Q4 office restock',
      'Müller order',
    ]);
    expect(names(applyListState(CARTS, state('sort=access&dir=desc'), 'en-US'))).toEqual([
      'Workshop tools',
      'Müller order',
      'Empty draft',
      'Q4 office restock',
      'Straße 2',
    ]);
    expect(names(applyListState(CARTS, state('sort=name&dir=desc'), 'en-US'))).toEqual([
      'Workshop tools',
      'Straße 2',
      'Q4 office restock',
      'Müller order',
      'Empty draft',
    ]);
  });

  it('puts a cart without a total last, whichever the direction', () => {
    expect(names(applyListState(CARTS, state('sort=total'), 'en-US'))).toEqual([
      'Empty draft',
      'Straße 2',
      'Workshop tools',
      'Q4 office restock',
      'Müller order',
    ]);
    expect(names(applyListState(CARTS, state('sort=total&dir=desc'), 'en-US'))).toEqual([
      'Q4 office restock',
      'Workshop tools',
      'Straße 2',
      'Empty draft',
      'Müller order',
    ]);
  });
});
