import { describe, expect, it } from 'vitest';
import { enCore } from '../../../lib/i18n/messages-en';
import { enPages } from '../../../lib/i18n/messages-en-pages';
import type { MessageKey, Params } from '../../../lib/i18n/i18n';
import { cartChanges, changedItemIds, describeChanges, type CartSnapshot } from './cart-changes';

const texts: Record<string, string> = { ...enCore, ...enPages };
const t = (key: MessageKey, params: Params = {}) =>
  (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

const before: CartSnapshot = {
  name: 'Q4 office restock',
  items: [
    { id: 'NW-3001', name: 'Copy paper A4, 500 sheets', quantity: 10 },
    { id: 'NW-3002', name: 'Ballpoint pens, blue, 50 pcs', quantity: 2 },
  ],
};

describe('what changed in a cart', () => {
  it('finds added and removed items, quantities and the name', () => {
    const after: CartSnapshot = {
      name: 'Q4 restock',
      items: [
        { id: 'NW-3001', name: 'Copy paper A4, 500 sheets', quantity: 12 },
        { id: 'NW-2003', name: 'Torque wrench 1/2"', quantity: 1 },
      ],
    };
    const changes = cartChanges(before, after);
    expect(changes).toEqual([
      { kind: 'quantity', id: 'NW-3001', name: 'Copy paper A4, 500 sheets', from: 10, to: 12 },
      { kind: 'added', id: 'NW-2003', name: 'Torque wrench 1/2"', quantity: 1 },
      { kind: 'removed', id: 'NW-3002', name: 'Ballpoint pens, blue, 50 pcs' },
      { kind: 'renamed', to: 'Q4 restock' },
    ]);
    expect(describeChanges(changes, t)).toBe(
      'Copy paper A4, 500 sheets: 10 → 12 · “Torque wrench 1/2"” added (1) · “Ballpoint pens, blue, 50 pcs” removed · renamed to “Q4 restock”',
    );
    expect([...changedItemIds(changes)]).toEqual(['NW-3001', 'NW-2003']);
  });

  it('finds nothing when only what people do not see changed', () => {
    expect(cartChanges(before, { ...before, items: [...before.items].reverse() })).toEqual([]);
  });
});
