// Where to go after logging in: the page the user was sent away from, if it is one
// of ours (never an external URL), else the cart list. After an expired session, only
// the person whose session it was comes back to it: anyone else starts at the list.
import { z } from 'zod/mini';
import { readRouterState } from '../../lib/router-state';

export const DEFAULT_PATH = '/carts';

/** What the guards hand the sign-in pages: the page the user was sent away from, and whose it was. */
export const returnState = z.object({ from: z.string(), for: z.optional(z.string()) });

export function returnPath(state: unknown, email?: string): string {
  const read = readRouterState(returnState, state);
  const from = read?.from;
  const someoneElse =
    read?.for !== undefined &&
    email !== undefined &&
    read.for.toLowerCase() !== email.toLowerCase();
  return !someoneElse && from?.startsWith('/') && !from.startsWith('//') ? from : DEFAULT_PATH;
}
