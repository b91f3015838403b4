// Which carts the table shows: the view's carts in the chosen order, and — while a name
// is typed — which of them match. Typing stays instant; the rows follow as soon as React
// has a moment (the deferred query).
import { useDeferredValue, useMemo } from 'react';
import type { CartSummary } from '../cart-model';
import { type CartListState, applyListState, byName } from './cart-list-view';

export function useVisibleCarts(
  carts: CartSummary[] | undefined,
  state: CartListState,
  locale: string,
) {
  const query = useDeferredValue(state.query);
  const { view, sort, direction } = state;
  const inView = useMemo(
    () => (carts ? applyListState(carts, { view, query: '', sort, direction }, locale) : []),
    [carts, view, sort, direction, locale],
  );
  // Null without a filter: every cart of the view is shown.
  const shown = useMemo(
    () =>
      query.trim() === '' ? null : new Set(inView.filter(byName(query)).map((cart) => cart.id)),
    [inView, query],
  );
  return {
    inView,
    shown,
    shownCount: shown?.size ?? inView.length,
    query: query.trim(),
  };
}
