// The list's view (which carts, name filter, sort) lives in the address, so a view can be
// bookmarked and Back restores it; changing it replaces the entry instead of adding one.
import { useSearchParams } from 'react-router-dom';
import { type CartListState, parseListState, toParams } from './cart-list-view';

export function useListState() {
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const show = (next: CartListState) => {
    setParams(toParams(next), { replace: true });
  };
  return [state, show] as const;
}
