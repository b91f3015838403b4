// The list's view (which carts, name filter, sort) lives in the address, so a view can be
// bookmarked and Back restores it; changing it replaces the entry instead of adding one.
// The router applies a new address asynchronously: a second change made before it has
// (two quick clicks on a column, a sort right after typing a filter) builds on the first,
// not on the address still shown, so no change is lost.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type CartListState, parseListState, toParams } from './cart-list-view';

export type ShowListState = (change: (current: CartListState) => CartListState) => void;

export function useListState() {
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const asked = useRef<CartListState | null>(null);
  useEffect(() => {
    asked.current = null;
  }, [params]);
  const show: ShowListState = (change) => {
    const next = change(asked.current ?? state);
    asked.current = next;
    setParams(toParams(next), { replace: true });
  };
  return [state, show] as const;
}
