import { describe, expect, it, vi } from 'vitest';
import { createSeenCartsStore } from './seen-carts-store';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => data.set(key, value),
    removeItem: (key: string) => data.delete(key),
  };
}

describe('the carts a company user has opened', () => {
  it('remembers opened carts per company user, and tells its listeners', () => {
    const store = createSeenCartsStore(memoryStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.markSeen('ben', 'q4');
    expect([...store.seen('ben')]).toEqual(['q4']);
    expect(store.seen('chloe').size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);
    store.markSeen('ben', 'q4');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('gives the same snapshot until something changes (React needs that)', () => {
    const store = createSeenCartsStore(memoryStorage());
    store.markSeen('ben', 'q4');
    expect(store.seen('ben')).toBe(store.seen('ben'));
  });

  it('forgets a cart that is no longer shared, so sharing it again makes it new again', () => {
    const store = createSeenCartsStore(memoryStorage());
    store.markSeen('ben', 'q4');
    store.markSeen('ben', 'workshop');
    store.keepOnly('ben', new Set(['workshop']));
    expect([...store.seen('ben')]).toEqual(['workshop']);
  });

  it('reads what another tab stored, and survives a damaged entry', () => {
    const storage = memoryStorage();
    const store = createSeenCartsStore(storage);
    storage.setItem('shared-carts.seen-carts.v1.ben', '["q4"]');
    expect([...store.seen('ben')]).toEqual(['q4']);
    storage.setItem('shared-carts.seen-carts.v1.ben', '{not json');
    expect(store.seen('ben').size).toBe(0);
  });
});
