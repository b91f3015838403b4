// What changed between two versions of a cart, worked out by comparing them: Glue sends
// no events and does not say who changed what (docs/glue-api.md §9). Only what a person
// notices is compared — the name, which items, their quantities — not totals or tags.
import type { Translate } from '../../../lib/i18n/i18n';
import type { Cart } from '../cart-model';

/** The part of a cart that changes are told about; small enough to keep in localStorage. */
export interface CartSnapshot {
  name: string;
  items: { id: string; name: string; quantity: number }[];
}

export type CartChange =
  | { kind: 'added'; id: string; name: string; quantity: number }
  | { kind: 'removed'; id: string; name: string }
  | { kind: 'quantity'; id: string; name: string; from: number; to: number }
  | { kind: 'renamed'; to: string };

export const snapshotOf = (cart: Cart): CartSnapshot => ({
  name: cart.name,
  items: cart.items.map(({ id, name, quantity }) => ({ id, name, quantity })),
});

export function cartChanges(before: CartSnapshot, after: CartSnapshot): CartChange[] {
  const changes: CartChange[] = [];
  const earlier = new Map(before.items.map((item) => [item.id, item]));
  const later = new Set(after.items.map((item) => item.id));
  for (const item of after.items) {
    const was = earlier.get(item.id);
    if (!was)
      changes.push({ kind: 'added', id: item.id, name: item.name, quantity: item.quantity });
    else if (was.quantity !== item.quantity) {
      changes.push({
        kind: 'quantity',
        id: item.id,
        name: item.name,
        from: was.quantity,
        to: item.quantity,
      });
    }
  }
  for (const item of before.items) {
    if (!later.has(item.id)) changes.push({ kind: 'removed', id: item.id, name: item.name });
  }
  if (before.name !== after.name) changes.push({ kind: 'renamed', to: after.name });
  return changes;
}

/** `"Torque wrench 1/2"" added (1) · Copy paper A4: 10 → 12 · renamed to “Q4”`. */
export function describeChanges(changes: readonly CartChange[], t: Translate): string {
  return changes
    .map((change) => {
      switch (change.kind) {
        case 'added':
          return t('live.added', { name: change.name, quantity: change.quantity });
        case 'removed':
          return t('live.removed', { name: change.name });
        case 'quantity':
          return t('live.quantity', { name: change.name, from: change.from, to: change.to });
        case 'renamed':
          return t('live.renamed', { name: change.to });
      }
    })
    .join(' · ');
}

/** The rows a change touched (to mark them for a while). */
export const changedItemIds = (changes: readonly CartChange[]): Set<string> =>
  new Set(
    changes.flatMap((change) => ('id' in change && change.kind !== 'removed' ? [change.id] : [])),
  );
