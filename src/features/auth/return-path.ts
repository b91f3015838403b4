// Where to go after logging in: the page the user was sent away from, if it is one
// of ours (never an external URL), else the cart list.
export const DEFAULT_PATH = '/carts';

export function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return DEFAULT_PATH;
}
