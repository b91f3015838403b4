// A big view's first render, in slices. Data from TanStack Query arrives through
// useSyncExternalStore, which React renders at once, in one task: for the cart page
// (items, ordering, sharing) that was one task of about 200 ms on Lighthouse's phone,
// most of the page's Total Blocking Time. Here the render that mounts this shows
// `fallback` and commits; the view follows as a transition — rendered in slices of a few
// milliseconds, between which the browser answers input and paints. (An effect, not
// useDeferredValue: that one does not split again inside a render that is deferred
// already, and the cart page splits twice — what is read first, then the rest.)
// docs/decisions/cart-page-in-two-parts.md
import { type ReactNode, startTransition, useEffect, useState } from 'react';

interface UnhurriedProps {
  /** Shown for the moment before the view is ready: a placeholder, or nothing. */
  fallback: ReactNode;
  children: ReactNode;
}

export function Unhurried({ fallback, children }: UnhurriedProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setReady(true);
    });
  }, []);
  return ready ? children : fallback;
}
