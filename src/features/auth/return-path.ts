// Where to go after logging in: the page the user was sent away from, if it is one
// of ours (never an external URL), else the cart list.
import { z } from 'zod/mini';
import { readRouterState } from '../../lib/router-state';

export const DEFAULT_PATH = '/carts';

/** What the guards hand the sign-in pages: the page the user was sent away from. */
export const returnState = z.object({ from: z.string() });

export function returnPath(state: unknown): string {
  const from = readRouterState(returnState, state)?.from;
  return from?.startsWith('/') && !from.startsWith('//') ? from : DEFAULT_PATH;
}
