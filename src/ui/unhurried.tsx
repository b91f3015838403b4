// A big view's first render, in slices. Data from TanStack Query arrives through
// useSyncExternalStore, which React renders at once, in one task: for the cart page
// (items, ordering, sharing) that was one task of about 200 ms on Lighthouse's phone,
// most of the page's Total Blocking Time. Here the first render shows `fallback`, and
// React then renders the view as a deferred update — in slices of a few milliseconds,
// between which the browser answers input and paints. Later updates are not deferred.
import { type ReactNode, useDeferredValue } from 'react';

interface UnhurriedProps {
  /** Shown for the moment before the view is ready: the page's own placeholder. */
  fallback: ReactNode;
  children: ReactNode;
}

export function Unhurried({ fallback, children }: UnhurriedProps) {
  const ready = useDeferredValue(true, false);
  return ready ? children : fallback;
}
