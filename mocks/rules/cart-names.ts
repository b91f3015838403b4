// Server-made unique cart names (docs/glue-api.md §8): a name another of the owner's carts
// already has gets " N" appended, N one more than the largest number already appended
// to that name among the owner's carts. The cart itself does not count.
import type { CartRecord } from '../db/records';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function uniqueCartName(name: string, ownerCarts: CartRecord[], exceptId?: string): string {
  const others = ownerCarts.filter((cart) => cart.id !== exceptId);
  if (!others.some((cart) => cart.name === name)) return name;
  const numbered = new RegExp(`^${escapeRegExp(name)} (\\d+)$`);
  let largest = 0;
  for (const cart of others) {
    const match = numbered.exec(cart.name);
    if (match?.[1]) largest = Math.max(largest, Number(match[1]));
  }
  return `${name} ${String(largest + 1)}`;
}
