// Cart documents (docs/glue-api.md §1, §3, §4 and §6a):
// which self links keep the query, when entity tags are stored, whose isDefault a shared
// cart shows, and who may delete a last cart.
import { describe, expect, it } from 'vitest';
import { companyUserToken, doc, errorsOf, glue, patchCart, tagOf } from '../test/glue-client';
import { CART, CU } from '../test/ids';

const BASE = 'http://glue.test';

describe('links.self of a cart answered by an item endpoint (§1)', () => {
  it('is the plain cart link for POST …/items and PATCH …/items/{id} with a query', async () => {
    const anna = await companyUserToken('anna');
    const added = await glue('POST', `/carts/${CART.q4}/items?include=items`, {
      token: anna,
      body: doc('items', { sku: 'NW-1002', quantity: 1 }),
    });
    expect(added.status).toBe(201);
    expect(added.body.data.links).toEqual({ self: `${BASE}/carts/${CART.q4}` });
    const changed = await glue('PATCH', `/carts/${CART.q4}/items/NW-1002?include=items`, {
      token: anna,
      body: doc('items', { quantity: 4 }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data.links).toEqual({ self: `${BASE}/carts/${CART.q4}` });
  });

  it('keeps the query when the path addresses the cart itself', async () => {
    const anna = await companyUserToken('anna');
    const read = await glue('GET', `/carts/${CART.q4}?include=items`, { token: anna });
    expect(read.body.data.links).toEqual({ self: `${BASE}/carts/${CART.q4}?include=items` });
  });
});

describe('ETag of GET /carts (§1)', () => {
  it('is the one cart’s tag when the list holds exactly one cart', async () => {
    const eva = await companyUserToken('eva');
    const list = await glue('GET', '/carts', { token: eva });
    expect(list.body.data).toHaveLength(1);
    expect(list.headers.get('ETag')).toBe(await tagOf(eva, CART.evas));
  });

  it('is absent with several carts', async () => {
    const anna = await companyUserToken('anna');
    const list = await glue('GET', '/carts', { token: anna });
    expect(list.body.data.length).toBeGreaterThan(1);
    expect(list.headers.get('ETag')).toBeNull();
  });
});

describe('the stored entity tag (§6a)', () => {
  it('is not rewritten by an item DELETE: GET answers the previous tag, and PATCH takes it', async () => {
    const anna = await companyUserToken('anna');
    const before = await tagOf(anna, CART.q4);
    const removed = await glue('DELETE', `/carts/${CART.q4}/items/NW-3002`, { token: anna });
    expect(removed.status).toBe(204);
    expect(removed.headers.get('ETag')).toBeNull();
    expect(await tagOf(anna, CART.q4)).toBe(before);
    const renamed = await patchCart(anna, CART.q4, { name: 'Q4 after delete' }, before);
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('ETag')).not.toBe(before);
  });

  it('comes back the same for the same attributes', async () => {
    const anna = await companyUserToken('anna');
    const first = await tagOf(anna, CART.q4);
    const away = await patchCart(anna, CART.q4, { name: 'Somewhere else' }, first);
    const back = await patchCart(
      anna,
      CART.q4,
      { name: 'Q4 office restock' },
      away.headers.get('ETag') ?? '',
    );
    expect(back.status).toBe(200);
    expect(back.headers.get('ETag')).toBe(first);
  });
});

describe('cart attributes (§3, §4)', () => {
  it('isDefault of a cart shared with me is my own flag (false), not the owner’s', async () => {
    const anna = await companyUserToken('anna');
    const ben = await companyUserToken('ben');
    const annas = await glue('GET', `/carts/${CART.q4}`, { token: anna });
    expect(annas.body.data.attributes.isDefault).toBe(true);
    const bens = await glue('GET', `/carts/${CART.q4}`, { token: ben });
    expect(bens.body.data.attributes.isDefault).toBe(false);
    const list = await glue('GET', '/carts', { token: ben });
    const q4 = (list.body.data as { id: string; attributes: { isDefault: boolean } }[]).find(
      (cart) => cart.id === CART.q4,
    );
    expect(q4?.attributes.isDefault).toBe(false);
  });

  it('carries amendmentOrderReference: null', async () => {
    const anna = await companyUserToken('anna');
    const read = await glue('GET', `/carts/${CART.q4}`, { token: anna });
    expect(read.body.data.attributes).toHaveProperty('amendmentOrderReference', null);
  });
});

describe('DELETE /carts/{id} and the caller’s last cart (§4, 105)', () => {
  it('refuses a full-access colleague who owns no cart of their own', async () => {
    // Gina (full access to Frank's only cart) deletes it: she still owns one herself.
    const gina = await companyUserToken('gina');
    const deleted = await glue('DELETE', `/carts/${CART.summitRestock}`, { token: gina });
    expect(deleted.status).toBe(204);
    // Now Frank owns nothing; Gina shares her cart with him at full access.
    const shared = await glue('POST', `/carts/${CART.ginas}/shared-carts`, {
      token: gina,
      body: doc('shared-carts', { idCompanyUser: CU.frank, idCartPermissionGroup: 2 }),
    });
    expect(shared.status).toBe(201);
    const frank = await companyUserToken('frank');
    const refused = await glue('DELETE', `/carts/${CART.ginas}`, { token: frank });
    expect(refused.status).toBe(422);
    expect(errorsOf(refused)).toEqual([
      { status: 422, code: '105', detail: 'Cart could not be deleted.' },
    ]);
  });

  it('still refuses an owner their last cart', async () => {
    const gina = await companyUserToken('gina');
    const refused = await glue('DELETE', `/carts/${CART.ginas}`, { token: gina });
    expect(errorsOf(refused)).toEqual([
      { status: 422, code: '105', detail: 'Cart could not be deleted.' },
    ]);
  });
});
