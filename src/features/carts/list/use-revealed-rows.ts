// The cart list's rows in steps, so a big account's list shows at once.
import { startTransition, useEffect, useState } from 'react';

/**
 * Rows rendered at once: a screen of them at 1920 × 1080 (18 show there; 11 at 1366 × 768,
 * 26 at 2560 × 1440, where the next step follows in a moment). A big account's other rows
 * (Anna has 504 carts in the large scenario) follow ROWS_PER_STEP at a time, each step a background
 * render React can interrupt, with a commit small enough not to block a tap: the list
 * appears at once and stays responsive while the rest arrive.
 */
const FIRST_ROWS = 20;
const ROWS_PER_STEP = 100;

/** How many of `total` rows to render: FIRST_ROWS, then a step more after each commit. */
export function useRevealedRows(total: number): number {
  const [revealed, setRevealed] = useState(FIRST_ROWS);
  useEffect(() => {
    if (revealed >= total) return;
    startTransition(() => {
      setRevealed((count) => count + ROWS_PER_STEP);
    });
  }, [revealed, total]);
  return Math.min(revealed, total);
}
