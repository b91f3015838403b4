import type { LoginOutcome } from './log-in';

/** Where each login outcome leads, carrying the page to come back to. */
export function destinationAfterLogin(outcome: LoginOutcome, from: string) {
  if (outcome === 'signed-in') return { to: from, state: undefined };
  if (outcome === 'choose-company') return { to: '/choose-company', state: { from } };
  return { to: '/no-company', state: { inactive: outcome === 'inactive' } };
}
