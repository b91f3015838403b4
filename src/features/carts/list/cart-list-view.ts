// What the cart list shows: which carts (All / Mine / Shared, a name filter) in which
// order (a column, up or down). All of it lives in the address, so a view can be
// bookmarked or sent; these are plain functions over the carts, tested on their own.
import { type CartAccess, type CartSummary, nameCollator, sortCarts } from '../cart-model';

export type CartView = 'all' | 'mine' | 'shared';
export type SortColumn = 'name' | 'items' | 'total' | 'access';
export type SortDirection = 'asc' | 'desc';

export interface CartListState {
  view: CartView;
  /** The name filter as typed; matching ignores case, accents and surrounding spaces. */
  query: string;
  /** Null: the usual order (your default cart first, then by name). */
  sort: SortColumn | null;
  direction: SortDirection;
}

const COLUMNS: readonly SortColumn[] = ['name', 'items', 'total', 'access'];

export function parseListState(params: URLSearchParams): CartListState {
  const view = params.get('view');
  const sort = params.get('sort');
  return {
    view: view === 'mine' || view === 'shared' ? view : 'all',
    query: params.get('q') ?? '',
    sort: COLUMNS.find((column) => column === sort) ?? null,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Only what differs from the default view goes into the address. */
export function toParams(state: CartListState): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.view !== 'all') params.view = state.view;
  if (state.query !== '') params.q = state.query;
  if (state.sort) params.sort = state.sort;
  if (state.sort && state.direction === 'desc') params.dir = 'desc';
  return params;
}

/** A click on a column header: sort by it, or turn it round if it is already the one. */
export function toggleSort(state: CartListState, column: SortColumn): CartListState {
  const direction = state.sort === column && state.direction === 'asc' ? 'desc' : 'asc';
  return { ...state, sort: column, direction };
}

function inView(cart: CartSummary, view: CartView): boolean {
  if (view === 'mine') return cart.access === 'owner';
  if (view === 'shared') return cart.access !== 'owner';
  return true;
}

/**
 * Case and accents do not count ("muller" finds "Müller", "q4" finds "Q4 office
 * restock"); folding is plain string work, so a keystroke over hundreds of carts stays cheap.
 */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();

const ACCESS_ORDER: Record<CartAccess, number> = { owner: 0, FULL_ACCESS: 1, READ_ONLY: 2 };

// Folding is the costly part of a keystroke (Unicode normalisation): once per cart,
// kept as long as the cart object is (a refetch brings new objects).
const foldedNames = new WeakMap<CartSummary, string>();
function foldedName(cart: CartSummary): string {
  let folded = foldedNames.get(cart);
  if (folded === undefined) {
    folded = fold(cart.name);
    foldedNames.set(cart, folded);
  }
  return folded;
}

/** The name filter as a test of one cart; an empty filter lets every cart through. */
export function byName(query: string): (cart: CartSummary) => boolean {
  const folded = fold(query.trim());
  return folded === '' ? () => true : (cart) => foldedName(cart).includes(folded);
}

type Compare = (a: CartSummary, b: CartSummary) => number;

/** The column's own order, up or down; ties go by name, always A to Z. */
function compareBy(column: SortColumn, direction: SortDirection, collator: Intl.Collator): Compare {
  const sign = direction === 'asc' ? 1 : -1;
  const byName: Compare = (a, b) => collator.compare(a.name, b.name);
  const then =
    (primary: Compare): Compare =>
    (a, b) =>
      sign * primary(a, b) || byName(a, b);
  switch (column) {
    case 'name':
      return (a, b) => sign * byName(a, b);
    case 'items':
      return then((a, b) => a.itemCount - b.itemCount);
    case 'access':
      return then((a, b) => ACCESS_ORDER[a.access] - ACCESS_ORDER[b.access]);
    case 'total':
      // A cart not calculated yet has no total: it comes last, whichever the direction.
      return (a, b) => {
        if (!a.totals || !b.totals) return Number(!a.totals) - Number(!b.totals) || byName(a, b);
        return sign * (a.totals.grandTotal - b.totals.grandTotal) || byName(a, b);
      };
  }
}

/** The carts the list shows, in the order it shows them. */
export function applyListState(
  carts: readonly CartSummary[],
  state: CartListState,
  locale: string,
): CartSummary[] {
  const named = byName(state.query);
  const shown = carts.filter((cart) => inView(cart, state.view) && named(cart));
  if (!state.sort) return sortCarts(shown, locale);
  return shown.sort(compareBy(state.sort, state.direction, nameCollator(locale)));
}
