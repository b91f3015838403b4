// docs/glue-api.md §6a (entity tags on carts) and §6b (the order of checks), both (rev).
import { describe, expect, it } from 'vitest';
import {
  companyUserToken,
  doc,
  errorsOf,
  glue,
  newCart,
  patchCart,
  tagOf,
} from '../test/glue-client';
import { CART } from '../test/ids';

const QUOTED = /^"[^"]+"$/;
const MISSING = { status: 428, code: '005', detail: 'If-Match header is missing.' };
const INVALID = { status: 412, code: '006', detail: 'If-Match header value is invalid.' };

describe('ETag', () => {
  it('comes with every answer whose data is one cart, and only those', async () => {
    const anna = await companyUserToken('anna');
    const get = await glue('GET', `/carts/${CART.q4}`, { token: anna });
    expect(get.headers.get('ETag')).toMatch(QUOTED);
    const created = await glue('POST', '/carts', { token: anna, body: newCart('Tagged') });
    expect(created.status).toBe(201);
    expect(created.headers.get('ETag')).toMatch(QUOTED);
    const id = created.body.data.id as string;
    const added = await glue('POST', `/carts/${id}/items`, {
      token: anna,
      body: doc('items', { sku: 'NW-1001', quantity: 2 }),
    });
    expect(added.status).toBe(201);
    expect(added.headers.get('ETag')).toMatch(QUOTED);
    const changed = await glue('PATCH', `/carts/${id}/items/NW-1001`, {
      token: anna,
      body: doc('items', { quantity: 3 }),
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).toMatch(QUOTED);
    const renamed = await patchCart(anna, id, { name: 'Tagged again' });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('ETag')).toMatch(QUOTED);
    // Collections of several carts, shares and deletions carry none.
    expect((await glue('GET', '/carts', { token: anna })).headers.get('ETag')).toBeNull();
    expect((await glue('DELETE', `/carts/${id}`, { token: anna })).headers.get('ETag')).toBeNull();
  });

  it('is the same for every reader and for a POST and the GET after it', async () => {
    const anna = await companyUserToken('anna');
    const ben = await companyUserToken('ben');
    expect(await tagOf(anna, CART.q4)).toBe(await tagOf(ben, CART.q4));
    const created = await glue('POST', '/carts', { token: anna, body: newCart('Same tag') });
    expect(await tagOf(anna, created.body.data.id as string)).toBe(created.headers.get('ETag'));
  });

  it('changes with a rename and with every item write that answers the cart', async () => {
    const anna = await companyUserToken('anna');
    const first = await tagOf(anna, CART.q4);
    const renamed = await patchCart(anna, CART.q4, { name: 'Q4 (new)' }, first);
    const second = renamed.headers.get('ETag');
    expect(second).not.toBe(first);
    expect(await tagOf(anna, CART.q4)).toBe(second);
    await glue('POST', `/carts/${CART.q4}/items`, {
      token: anna,
      body: doc('items', { sku: 'NW-1001', quantity: 1 }),
    });
    const third = await tagOf(anna, CART.q4);
    expect(third).not.toBe(second);
  });
});

describe('If-Match on PATCH /carts/{id}', () => {
  it('is required: 428 005 without it', async () => {
    const anna = await companyUserToken('anna');
    const result = await patchCart(anna, CART.q4, { name: 'No tag' }, null);
    expect(result.status).toBe(428);
    expect(result.body).toEqual({ errors: [MISSING] });
  });

  it('must be the current tag: stale or made up → 412 006; quotes are optional', async () => {
    const anna = await companyUserToken('anna');
    const tag = await tagOf(anna, CART.q4);
    expect((await patchCart(anna, CART.q4, { name: 'Made up' }, '"abc"')).body).toEqual({
      errors: [INVALID],
    });
    const unquoted = await patchCart(anna, CART.q4, { name: 'Unquoted' }, tag.slice(1, -1));
    expect(unquoted.status).toBe(200);
    // The tag it was sent with is now stale.
    const stale = await patchCart(anna, CART.q4, { name: 'Stale' }, tag);
    expect(stale.status).toBe(412);
    expect(stale.body).toEqual({ errors: [INVALID] });
  });

  it('answers 412 for an unknown cart whatever the tag (not 404)', async () => {
    const anna = await companyUserToken('anna');
    const result = await patchCart(
      anna,
      '00000000-0000-4000-8000-000000000000',
      { name: 'Ghost' },
      await tagOf(anna, CART.q4),
    );
    expect(result.status).toBe(412);
    expect(result.body).toEqual({ errors: [INVALID] });
  });

  it('lets the later of two concurrent renames fail with 412, then succeed with the new tag', async () => {
    const anna = await companyUserToken('anna');
    const ben = await companyUserToken('ben');
    const annasTag = await tagOf(anna, CART.q4);
    const bensTag = await tagOf(ben, CART.q4);
    expect((await patchCart(anna, CART.q4, { name: 'Anna’s name' }, annasTag)).status).toBe(200);
    const late = await patchCart(ben, CART.q4, { name: 'Ben’s name' }, bensTag);
    expect(late.status).toBe(412);
    const fresh = await glue('GET', `/carts/${CART.q4}`, { token: ben });
    expect(fresh.body.data.attributes.name).toBe('Anna’s name');
    const retry = await patchCart(ben, CART.q4, { name: 'Ben’s name' }, fresh.headers.get('ETag'));
    expect(retry.status).toBe(200);
    expect(retry.body.data.attributes.name).toBe('Ben’s name');
  });

  it('is not needed to delete a cart or to write items', async () => {
    const anna = await companyUserToken('anna');
    expect(
      (
        await glue('PATCH', `/carts/${CART.q4}/items/NW-3001`, {
          token: anna,
          body: doc('items', { quantity: 4 }),
        })
      ).status,
    ).toBe(200);
    expect((await glue('DELETE', `/carts/${CART.emptyDraft}`, { token: anna })).status).toBe(204);
  });
});

describe('the order of checks (§6b)', () => {
  it('1. framework before the token: bad body, missing id', async () => {
    expect((await glue('PATCH', `/carts/${CART.q4}`, { body: 'x' })).body).toEqual({
      errors: [{ status: 400, detail: 'Post data is invalid.' }],
    });
    expect((await glue('POST', '/carts', { body: doc('items', {}) })).body).toEqual({
      errors: [{ status: 400, detail: 'Invalid type.' }],
    });
    expect((await glue('PATCH', '/carts', { body: doc('carts', { name: 'x' }) })).body).toEqual({
      errors: [{ status: 400, detail: 'Resource id is not specified.' }],
    });
    expect((await glue('DELETE', '/shared-carts')).body).toEqual({
      errors: [{ status: 400, detail: 'Resource id is not specified.' }],
    });
    expect(
      (await glue('POST', `/carts/${CART.q4}/shared-carts`, { body: '{"data":{}}' })).body,
    ).toEqual({ errors: [{ status: 400, detail: 'Post data is invalid.' }] });
  });

  it('2. the token before the attributes', async () => {
    const result = await glue('POST', '/carts', { body: doc('carts', {}) });
    expect(result.body).toEqual({
      errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
    });
    const shared = await glue('POST', `/carts/${CART.q4}/shared-carts`, {
      token: 'bad',
      body: doc('shared-carts', {}),
    });
    expect(shared.body).toEqual({
      errors: [{ status: 401, code: '001', detail: 'Invalid access token.' }],
    });
  });

  it('3. the attributes before If-Match', async () => {
    const anna = await companyUserToken('anna');
    const result = await patchCart(anna, CART.q4, { name: '' }, null);
    expect(errorsOf(result)).toEqual([
      { status: 422, code: '901', detail: 'name => This value should not be blank.' },
    ]);
  });

  it('4. If-Match before the endpoint’s rules (a read-only recipient gets 428, then 412, then 115)', async () => {
    const ben = await companyUserToken('ben');
    expect(errorsOf(await patchCart(ben, CART.workshop, { name: 'x' }, null))).toEqual([MISSING]);
    expect(errorsOf(await patchCart(ben, CART.workshop, { name: 'x' }, '"old"'))).toEqual([
      INVALID,
    ]);
    expect(errorsOf(await patchCart(ben, CART.workshop, { name: 'x' }))).toEqual([
      { status: 403, code: '115', detail: 'Unauthorized cart action.' },
    ]);
  });
});
