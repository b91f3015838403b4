// The list's view (which carts, name filter, sort) lives in the address, so a view can be
// bookmarked and Back restores it; changing it replaces the entry instead of adding one.
// The router applies a new address asynchronously. Until it has, the view asked for is
// the one shown — a radio clicked is checked at once, a letter typed stays — and a second
// change made meanwhile (two quick clicks on a column, a sort right after typing a
// filter) builds on the first, not on the address still shown, so no change is lost.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type CartListState, parseListState, toParams } from './cart-list-view';

export type ShowListState = (change: (current: CartListState) => CartListState) => void;

/** A view asked for while the address still showed `basedOn`. */
interface Asked {
  basedOn: string;
  next: CartListState;
}

export function useListState() {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const parsed = parseListState(params);
  const [asked, setAsked] = useState<Asked | null>(null);
  // The router has applied it, or the address moved on (a link, Back): the address rules.
  if (asked && asked.basedOn !== address) setAsked(null);
  // The handler's own copy: two changes in one tick see each other before a render.
  const latest = useRef<Asked | null>(null);
  useEffect(() => {
    if (latest.current?.basedOn !== address) latest.current = null;
  }, [address]);
  const show: ShowListState = (change) => {
    const pending = latest.current;
    const next = change(pending?.basedOn === address ? pending.next : parsed);
    const entry = { basedOn: address, next };
    latest.current = entry;
    setAsked(entry);
    setParams(toParams(next), { replace: true });
  };
  const state = asked?.basedOn === address ? asked.next : parsed;
  return [state, show] as const;
}
