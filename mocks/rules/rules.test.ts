// The rules as plain functions: no MSW, no HTTP, just a database in and data or a
// GlueFailure out.
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../db/database';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../db/demo-seed';
import { CART, CU, UNKNOWN_UUID } from '../test/ids';
import { type Caller, authenticate, companyUserToken, login, refreshTokens } from './auth';
import { listCarts } from './carts';
import { isFailure } from './glue-failure';
import { addItem } from './items';
import { shareCart, unshare, updateShare } from './sharing';
import { cartTotals } from './totals';

const codeOf = (result: unknown) => (isFailure(result) ? result.errors[0]?.code : 'ok');

function callerFor(
  db: ReturnType<typeof createDatabase>,
  persona: keyof typeof DEMO_EMAILS,
): Caller {
  const pair = login(db, { username: DEMO_EMAILS[persona], password: DEMO_PASSWORD });
  if (isFailure(pair)) throw new Error('login failed');
  const withCompany = pair.idCompanyUser
    ? companyUserToken(
        db,
        authenticate(db, `Bearer ${pair.accessToken}`) as Caller,
        pair.idCompanyUser,
      )
    : pair;
  if (isFailure(withCompany)) throw new Error('company login failed');
  const caller = authenticate(db, `Bearer ${withCompany.accessToken}`);
  if (isFailure(caller)) throw new Error('token invalid');
  return caller;
}

describe('auth rules', () => {
  it('returns 002 for no header, 001 for a malformed one', () => {
    const db = createDatabase();
    expect(codeOf(authenticate(db, null))).toBe('002');
    expect(codeOf(authenticate(db, 'Basic abc'))).toBe('001');
    expect(codeOf(authenticate(db, 'Bearer'))).toBe('001');
  });

  it('rotates refresh tokens', () => {
    const db = createDatabase();
    const pair = login(db, { username: DEMO_EMAILS.ben, password: DEMO_PASSWORD });
    if (isFailure(pair)) throw new Error('login failed');
    expect(codeOf(refreshTokens(db, pair.refreshToken))).toBe('ok');
    expect(codeOf(refreshTokens(db, pair.refreshToken))).toBe('004');
  });
});

describe('sharing rules', () => {
  it('checks recipient (1404), company (2703), cart (101), group (2501), owner (2701), duplicate (2702) in order', () => {
    const db = createDatabase();
    const anna = callerFor(db, 'anna');
    const ben = callerFor(db, 'ben');
    const attempt = (caller: Caller, cartId: string, idCompanyUser: string, group: number) =>
      codeOf(shareCart(db, caller, cartId, { idCompanyUser, idCartPermissionGroup: group }));
    expect(attempt(anna, '', UNKNOWN_UUID, 9)).toBe('104');
    expect(attempt(anna, UNKNOWN_UUID, CU.david, 9)).toBe('1404');
    expect(attempt(anna, UNKNOWN_UUID, CU.gina, 9)).toBe('2703');
    expect(attempt(anna, UNKNOWN_UUID, CU.chloe, 9)).toBe('101');
    expect(attempt(ben, CART.emptyDraft, CU.chloe, 9)).toBe('2501');
    expect(attempt(ben, CART.emptyDraft, CU.chloe, 1)).toBe('2701');
    expect(attempt(anna, CART.workshop, CU.chloe, 2)).toBe('2702');
    expect(attempt(anna, CART.emptyDraft, CU.chloe, 2)).toBe('ok');
  });

  it('changes a group under the same id and unshares only for the owner', () => {
    const db = createDatabase();
    const anna = callerFor(db, 'anna');
    const ben = callerFor(db, 'ben');
    const created = shareCart(db, anna, CART.emptyDraft, {
      idCompanyUser: CU.ben,
      idCartPermissionGroup: 1,
    });
    if (isFailure(created)) throw new Error('share failed');
    const updated = updateShare(db, anna, created.id, { idCartPermissionGroup: '2' });
    expect(isFailure(updated) ? null : updated.id).toBe(created.id);
    expect(db.shares.get(created.id)?.permissionGroupId).toBe('2');
    expect(codeOf(unshare(db, ben, created.id))).toBe('2701');
    expect(codeOf(unshare(db, anna, created.id))).toBe('ok');
    expect(codeOf(unshare(db, anna, created.id))).toBe('2705');
  });

  it('gives a full-access recipient write access right after the change', () => {
    const db = createDatabase();
    const anna = callerFor(db, 'anna');
    const chloe = callerFor(db, 'chloe');
    expect(codeOf(addItem(db, chloe, CART.workshop, { sku: 'NW-1001', quantity: 1 }))).toBe('115');
    const share = [...db.shares.values()].find(
      (s) => s.cartId === CART.workshop && s.companyUserId === CU.chloe,
    );
    updateShare(db, anna, share?.id ?? '', { idCartPermissionGroup: 2 });
    expect(codeOf(addItem(db, chloe, CART.workshop, { sku: 'NW-1001', quantity: 1 }))).toBe('ok');
  });
});

describe('cart rules', () => {
  it('lists own and shared carts with the role of each', () => {
    const db = createDatabase();
    const roles = listCarts(db, callerFor(db, 'ben')).map((v) => [v.cart.name, v.role]);
    expect(roles).toEqual([
      ['Q4 office restock', 'full-access'],
      ['Workshop tools', 'read-only'],
      ['Safety gear', 'owner'],
    ]);
  });

  it('computes totals in cents with the contained 19 % VAT', () => {
    const db = createDatabase();
    const safety = db.carts.get(CART.safetyGear);
    if (!safety) throw new Error('seed cart missing');
    // 20 × 895 + 10 × 1450 = 32400; 32400 × 19 / 119 = 5173.1 → 5173
    expect(cartTotals(db, safety)).toMatchObject({
      subtotal: 32400,
      taxTotal: 5173,
      grandTotal: 32400,
    });
  });
});
