import { describe, expect, it } from 'vitest';
import { createDatabase, restore, snapshot } from './database';
import { DEMO_EMAILS, NORTHWIND, cartId, companyUserId } from './demo-seed';
import { LARGE_SCENARIO_SIZES } from './large-scenario';
import { clearState, loadState, saveState, stateKey } from './persistence';
import { stableUuid } from './uuid';

describe('stable ids', () => {
  it('derives the same UUIDv5 for the same name on every run', () => {
    expect(stableUuid('cart:x')).toBe(stableUuid('cart:x'));
    expect(stableUuid('cart:x')).not.toBe(stableUuid('cart:y'));
    expect(stableUuid('cart:x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('keeps the ids links were made with (the uuid package gives the same UUIDv5)', () => {
    // Computed by the earlier hand-written SHA-1: a cart link from before still opens.
    expect(cartId(DEMO_EMAILS.anna, 'Workshop tools')).toBe('9f9135fc-ce62-5601-827e-ccc173ab00a4');
  });

  it('gives two fresh databases the same ids', () => {
    const a = createDatabase();
    const b = createDatabase();
    expect([...a.carts.keys()]).toEqual([...b.carts.keys()]);
    expect([...a.shares.keys()]).toEqual([...b.shares.keys()]);
    expect(a.companyUsers.has(companyUserId(DEMO_EMAILS.anna, NORTHWIND))).toBe(true);
  });
});

describe('the demo data', () => {
  it('has 8 customers, 8 company users (Eva has two, Hugo none), 8 carts, 5 shares, 13 products of 12 abstract ones', () => {
    const db = createDatabase();
    expect(db.customers.size).toBe(8);
    expect(db.companyUsers.size).toBe(8);
    expect(db.carts.size).toBe(8);
    expect(db.shares.size).toBe(5);
    expect(db.products.size).toBe(13);
    expect(db.abstractProducts.size).toBe(12);
    expect(db.variants.get('A-NW-1001')?.map((p) => p.sku)).toEqual(['NW-1001', 'NW-1004']);
  });
});

describe('the large scenario', () => {
  const db = createDatabase({ scenario: 'large' });

  it('adds 10,000 Northwind colleagues, about 3 % inactive, with unique emails', () => {
    const northwind = [...db.companyUsers.values()].filter(
      (cu) => db.companies.get(cu.companyId)?.name === NORTHWIND,
    );
    expect(northwind).toHaveLength(5 + LARGE_SCENARIO_SIZES.colleagues);
    const inactive = northwind.filter((cu) => !cu.isActive).length / northwind.length;
    expect(inactive).toBeGreaterThan(0.02);
    expect(inactive).toBeLessThan(0.04);
    const emails = new Set([...db.customers.values()].map((c) => c.email));
    expect(emails.size).toBe(db.customers.size);
  });

  it('gives Anna 300 more carts of 1–30 items and shares 200 other carts with her', () => {
    const anna = db.customersByEmail.get(DEMO_EMAILS.anna);
    const own = [...db.carts.values()].filter((c) => c.ownerReference === anna?.reference);
    expect(own).toHaveLength(3 + 300);
    for (const cart of own.slice(3)) {
      expect(cart.items.length).toBeGreaterThanOrEqual(1);
      expect(cart.items.length).toBeLessThanOrEqual(30);
    }
    const annaCu = companyUserId(DEMO_EMAILS.anna, NORTHWIND);
    const shared = [...db.shares.values()].filter((s) => s.companyUserId === annaCu);
    expect(shared).toHaveLength(1 + 200);
    expect(new Set(shared.map((s) => s.permissionGroupId))).toEqual(new Set(['1', '2']));
  });

  it('keeps every cart name within Glue’s 30 characters, unique per owner (rev)', () => {
    const tooLong = [...db.carts.values()].filter((c) => c.name.length > 30).map((c) => c.name);
    expect(tooLong).toEqual([]);
    const perOwner = new Set([...db.carts.values()].map((c) => `${c.ownerReference}/${c.name}`));
    expect(perOwner.size).toBe(db.carts.size);
    // At most one default cart per owner.
    const defaults = new Map<string, number>();
    for (const cart of db.carts.values()) {
      defaults.set(
        cart.ownerReference,
        (defaults.get(cart.ownerReference) ?? 0) + Number(cart.isDefault),
      );
    }
    expect([...defaults.values()].every((count) => count <= 1)).toBe(true);
  });

  it('is the same on every build', () => {
    const again = createDatabase({ scenario: 'large' });
    expect(JSON.stringify(snapshot(again).carts)).toBe(JSON.stringify(snapshot(db).carts));
    expect([...again.customers.values()].at(-1)).toEqual([...db.customers.values()].at(-1));
  });
});

describe('persistence', () => {
  const memoryStorage = () => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
  };

  it('saves the mutable state and restores it into a fresh database', () => {
    const storage = memoryStorage();
    const db = createDatabase();
    const cart = [...db.carts.values()][0];
    if (!cart) throw new Error('no cart');
    cart.name = 'Renamed';
    db.shares.clear();
    saveState(storage, db);
    const fresh = createDatabase();
    expect(loadState(storage, fresh)).toBe(true);
    expect(fresh.carts.get(cart.id)?.name).toBe('Renamed');
    expect(fresh.shares.size).toBe(0);
  });

  it('keeps each scenario apart, ignores unreadable data, and resets to the seed', () => {
    const storage = memoryStorage();
    const db = createDatabase();
    db.carts.clear();
    saveState(storage, db);
    expect(storage.data.has(stateKey('demo'))).toBe(true);
    expect(loadState(storage, createDatabase({ scenario: 'large' }))).toBe(false);
    storage.setItem(stateKey('demo'), '{broken');
    const fresh = createDatabase();
    expect(loadState(storage, fresh)).toBe(false);
    expect(fresh.carts.size).toBe(8);
    clearState(storage, 'demo');
    expect(storage.data.size).toBe(0);
  });

  it('drops expired tokens when saving', () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const db = createDatabase({ clock: () => now });
    db.accessTokens.set('old', {
      token: 'old',
      customerReference: 'DE--1',
      companyUserId: null,
      expiresAt: now + 1,
    });
    now += 10;
    saveState(storage, db);
    const restored = createDatabase();
    loadState(storage, restored);
    expect(restored.accessTokens.size).toBe(0);
    restore(restored, snapshot(db));
    expect(restored.accessTokens.size).toBe(1);
  });
});
