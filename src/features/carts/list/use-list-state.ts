// The list's view (which carts, name filter, sort) lives in the address, so a view can be
// bookmarked and Back restores it; changing it replaces the entry instead of adding one.
// The router applies a new address asynchronously. Until it has, the view asked for is
// the one shown — a radio clicked is checked at once, a letter typed stays — and a second
// change made meanwhile (two quick clicks on a column, a sort right after typing a
// filter) builds on the first, not on the address still shown, so no change is lost.
//
// Typing writes the address once the typist pauses (PAUSE_MS), or leaves the field, not
// per letter: each write is a router navigation and a render of every route, which on
// 504 carts was most of a keystroke's scripting (docs/decisions/filter-address-after-pause.md).
// Clicks write at once.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type CartListState, parseListState, toParams } from './cart-list-view';

/** How long typing pauses before the address follows. */
export const PAUSE_MS = 300;

export type ShowListState = (
  change: (current: CartListState) => CartListState,
  how?: 'typing',
) => void;

/** A view asked for while the address showed `basedOn`. */
export interface Asked {
  basedOn: string;
  next: CartListState;
  /** The address last sent to the router on its way here, until the router applied it. */
  sent: string | null;
}

/** The address (search string, no `?`) that shows `state`. */
export const addressOf = (state: CartListState) => new URLSearchParams(toParams(state)).toString();

/**
 * The view asked for, seen from `address`: kept while the address is the one it was
 * asked on, and while the address is an earlier write of ours that a newer view has
 * overtaken (letters typed while the router applied the last ones); dropped once the
 * address shows it, or moved on by itself (a link, Back) — then the address rules.
 */
export function rebase(asked: Asked | null, address: string): Asked | null {
  if (!asked || asked.basedOn === address) return asked;
  if (asked.sent === address && addressOf(asked.next) !== address) {
    return { ...asked, basedOn: address, sent: null };
  }
  return null;
}

export function useListState() {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const parsed = parseListState(params);
  const [asked, setAsked] = useState<Asked | null>(null);
  const current = rebase(asked, address);
  if (current !== asked) setAsked(current);
  // The handlers' own copies: two changes in one tick see each other before a render,
  // and a pause that ends after a render sees that render's address. Kept in step at
  // commit (a layout effect): a key pressed right after a commit, before passive
  // effects ran, must not see the address before it.
  const latest = useRef<Asked | null>(null);
  const shownAddress = useRef(address);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLayoutEffect(() => {
    shownAddress.current = address;
    latest.current = rebase(latest.current, address);
  }, [address]);
  useEffect(() => () => clearTimeout(pause.current), []);

  const ask = (entry: Asked) => {
    latest.current = entry;
    setAsked(entry);
  };
  /** Sends the view waiting for the address, if one is. */
  const write = () => {
    clearTimeout(pause.current);
    const waiting = rebase(latest.current, shownAddress.current);
    if (!waiting) return;
    const next = addressOf(waiting.next);
    if (next === waiting.sent || next === shownAddress.current) return;
    ask({ ...waiting, sent: next });
    setParams(toParams(waiting.next), { replace: true });
  };
  const show: ShowListState = (change, how) => {
    const pending = rebase(latest.current, address);
    ask({
      basedOn: address,
      next: change(pending ? pending.next : parsed),
      // Still on its way: the router's applying it must not drop this newer view.
      sent: pending?.sent ?? null,
    });
    if (how === 'typing') {
      clearTimeout(pause.current);
      pause.current = setTimeout(write, PAUSE_MS);
    } else {
      write();
    }
  };
  return [current ? current.next : parsed, show, write] as const;
}
