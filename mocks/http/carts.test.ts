import { describe, expect, it } from 'vitest';
import {
  companyUserToken,
  customerToken,
  doc,
  errorsOf,
  glue,
  newCart,
  patchCart,
  tagOf,
} from '../test/glue-client';
import { CART, CU } from '../test/ids';

type Resource = {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: { type: string; id: string }[] }>;
};

const names = (data: Resource[]) => data.map((c) => c.attributes.name);

describe('GET /carts', () => {
  it('lists Anna’s own carts and the carts shared with her', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', '/carts', { token });
    expect(result.status).toBe(200);
    expect(names(result.body.data)).toEqual([
      'Q4 office restock',
      'Workshop tools',
      'Empty draft',
      'Safety gear',
    ]);
  });

  it('marks shared carts with the caller’s own permission group, own carts without', async () => {
    const token = await companyUserToken('ben');
    const result = await glue('GET', '/carts?include=cart-permission-groups', { token });
    const byName = Object.fromEntries(
      (result.body.data as Resource[]).map((c) => [c.attributes.name, c.relationships]),
    );
    expect(byName['Safety gear']).toBeUndefined();
    expect(byName['Q4 office restock']).toEqual({
      'cart-permission-groups': { data: [{ type: 'cart-permission-groups', id: '2' }] },
    });
    expect(byName['Workshop tools']).toEqual({
      'cart-permission-groups': { data: [{ type: 'cart-permission-groups', id: '1' }] },
    });
    // READ_ONLY and FULL_ACCESS each appear once in the flat `included`.
    expect(result.body.included.map((r: Resource) => `${r.type}/${r.id}`)).toEqual([
      'cart-permission-groups/2',
      'cart-permission-groups/1',
    ]);
  });

  it('includes shares, their company users and customers in one flat, de-duplicated list', async () => {
    const token = await companyUserToken('anna');
    const result = await glue(
      'GET',
      '/carts?include=shared-carts,company-users,customers,cart-permission-groups',
      { token },
    );
    const workshop = (result.body.data as Resource[]).find((c) => c.id === CART.workshop);
    expect(workshop?.relationships?.['shared-carts']?.data).toHaveLength(2);
    const included = result.body.included as Resource[];
    const keys = included.map((r) => `${r.type}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Ben is a recipient of two of Anna's carts but appears once.
    expect(keys.filter((k) => k === `company-users/${CU.ben}`)).toHaveLength(1);
    const ben = included.find((r) => r.id === CU.ben);
    expect(ben?.relationships?.customers?.data).toEqual([{ type: 'customers', id: 'DE--2' }]);
    expect(included.find((r) => r.type === 'customers' && r.id === 'DE--2')?.attributes).toEqual({
      salutation: 'Mr',
      firstName: 'Ben',
      lastName: 'Ortiz',
      email: 'ben.ortiz@northwind.example',
    });
    const share = included.find((r) => r.type === 'shared-carts');
    expect(share?.attributes).toEqual(
      expect.objectContaining({
        idCompanyUser: expect.any(String),
        idCartPermissionGroup: expect.any(Number),
      }),
    );
  });

  it('adds nested resources only when every type on the path is listed', async () => {
    const token = await companyUserToken('anna');
    const withoutItems = await glue('GET', `/carts/${CART.q4}?include=concrete-products`, {
      token,
    });
    expect(withoutItems.body).not.toHaveProperty('included');
    const withItems = await glue('GET', `/carts/${CART.q4}?include=items,concrete-products`, {
      token,
    });
    const items = (withItems.body.included as Resource[]).filter((r) => r.type === 'items');
    expect(items.map((i) => i.id)).toEqual(['NW-3001', 'NW-3002', 'NW-3003']);
    expect(items[0]?.relationships).toEqual({
      'concrete-products': { data: [{ type: 'concrete-products', id: 'NW-3001' }] },
    });
  });

  it('never shows another company’s carts', async () => {
    const token = await companyUserToken('frank');
    const result = await glue('GET', '/carts', { token });
    expect(names(result.body.data)).toEqual(['Summit restock']);
  });

  it('lets a customer token act as the default company user: shared carts too (rev)', async () => {
    const { accessToken } = await customerToken('ben');
    const result = await glue('GET', '/carts', { token: accessToken });
    expect(names(result.body.data)).toEqual(['Q4 office restock', 'Workshop tools', 'Safety gear']);
  });

  it('shows a customer without an active company user only their own carts', async () => {
    const { accessToken } = await customerToken('hugo');
    expect((await glue('GET', '/carts', { token: accessToken })).body.data).toEqual([]);
  });

  it('needs a valid token: 002 without, 001 with a bad one', async () => {
    expect(errorsOf(await glue('GET', '/carts'))).toEqual([
      { status: 403, code: '002', detail: 'Missing access token.' },
    ]);
    const bad = await glue('GET', '/carts', { token: 'garbage' });
    expect(bad.status).toBe(401);
    expect(errorsOf(bad)).toEqual([{ status: 401, code: '001', detail: 'Invalid access token.' }]);
  });
});

describe('GET /carts/{id}', () => {
  it('answers the cart with its totals in cents', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', `/carts/${CART.q4}`, { token });
    expect(result.body.data.attributes).toEqual({
      name: 'Q4 office restock',
      priceMode: 'GROSS_MODE',
      currency: 'EUR',
      store: 'DE',
      isDefault: true,
      discounts: [],
      // Under B2B's soft minimum of €1,000.00 (docs/glue-api.md §11f, rev 4).
      thresholds: [
        {
          type: 'soft-minimum-threshold',
          threshold: 100000,
          fee: null,
          deltaWithSubtotal: 90140,
          message:
            'You need to add items for €1,000.00 to pass a recommended threshold, but if you want can proceed to checkout.',
        },
      ],
      amendmentOrderReference: null,
      // 10 × 549 + 2 × 1290 + 1 × 1790 = 9860; 19 % VAT contained: 1574.
      totals: {
        expenseTotal: 0,
        discountTotal: 0,
        taxTotal: 1574,
        subtotal: 9860,
        grandTotal: 9860,
        priceToPay: 9860,
      },
    });
  });

  it('lets a recipient read it, with every share of the cart', async () => {
    const token = await companyUserToken('chloe');
    const result = await glue('GET', `/carts/${CART.workshop}?include=shared-carts`, { token });
    expect(result.status).toBe(200);
    expect(result.body.data.relationships['shared-carts'].data).toHaveLength(2);
  });

  it.each([
    ['a cart of someone else in the company', 'chloe', CART.q4],
    ['a cart of another company', 'frank', CART.q4],
    ['an unknown cart', 'anna', '00000000-0000-4000-8000-000000000000'],
  ])('answers 404 101 for %s (never 403)', async (_, persona, id) => {
    const token = await companyUserToken(persona as 'anna');
    const result = await glue('GET', `/carts/${id}`, { token });
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      errors: [{ status: 404, code: '101', detail: 'Cart with given uuid not found.' }],
    });
  });
});

describe('document details (rev)', () => {
  it('repeats the query string in the primary resource’s links.self', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue('GET', `/carts/${CART.q4}?include=items`, { token: anna });
    expect(result.body.data.links.self).toBe(`http://glue.test/carts/${CART.q4}?include=items`);
    const plain = await glue('GET', `/carts/${CART.q4}`, { token: anna });
    expect(plain.body.data.links.self).toBe(`http://glue.test/carts/${CART.q4}`);
  });

  it('writes nested resources before the resource that points to them', async () => {
    const ben = await companyUserToken('ben');
    const result = await glue(
      'GET',
      `/carts/${CART.q4}?include=items,concrete-products,shared-carts,company-users,customers,cart-permission-groups`,
      { token: ben },
    );
    const included = result.body.included as Resource[];
    const position = (type: string, id: string) =>
      included.findIndex((r) => r.type === type && r.id === id);
    // Every included resource comes after everything it points to.
    included.forEach((resource, index) => {
      for (const { type, id } of Object.values(resource.relationships ?? {}).flatMap(
        (rel) => rel.data,
      )) {
        expect(position(type, id)).toBeLessThan(index);
      }
    });
    const types = included.map((r) => r.type);
    expect(types.indexOf('concrete-products')).toBeLessThan(types.indexOf('items'));
    expect(types.indexOf('customers')).toBeLessThan(types.indexOf('company-users'));
    expect(types.indexOf('cart-permission-groups')).toBeLessThan(types.indexOf('shared-carts'));
  });
});

describe('POST /carts', () => {
  it('creates a cart (201) with null totals, and it becomes the default (rev)', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('POST', '/carts', { token, body: newCart('Spring order') });
    expect(result.status).toBe(201);
    const id = result.body.data.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.body.data).toEqual({
      type: 'carts',
      id,
      attributes: {
        name: 'Spring order',
        priceMode: 'GROSS_MODE',
        currency: 'EUR',
        store: 'DE',
        isDefault: true,
        discounts: [],
        thresholds: [],
        amendmentOrderReference: null,
        totals: {
          expenseTotal: null,
          discountTotal: null,
          taxTotal: null,
          subtotal: null,
          grandTotal: null,
          priceToPay: null,
        },
      },
      links: { self: `http://glue.test/carts/${id}` },
    });
    // Every later answer calculates the totals; the previous default lost its mark.
    const again = await glue('GET', `/carts/${id}`, { token });
    expect(again.body.data.attributes.totals).toEqual({
      expenseTotal: 0,
      discountTotal: 0,
      taxTotal: 0,
      subtotal: 0,
      grandTotal: 0,
      priceToPay: 0,
    });
    const q4 = await glue('GET', `/carts/${CART.q4}`, { token });
    expect(q4.body.data.attributes.isDefault).toBe(false);
    const list = await glue('GET', '/carts', { token });
    // Ben's Safety gear is his default, shared with Anna: on it isDefault is Anna's own
    // flag, false (rev 3), so her new cart is the only default in her list.
    expect(
      (list.body.data as Resource[]).filter((c) => c.attributes.isDefault).map((c) => c.id),
    ).toEqual([id]);
  });

  it('requires all four attributes: one 901 per missing or blank field (rev)', async () => {
    const token = await companyUserToken('anna');
    const missing = await glue('POST', '/carts', { token, body: doc('carts', {}) });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      errors: [
        { status: 422, code: '901', detail: 'name => This field is missing.' },
        { status: 422, code: '901', detail: 'priceMode => This field is missing.' },
        { status: 422, code: '901', detail: 'currency => This field is missing.' },
        { status: 422, code: '901', detail: 'store => This field is missing.' },
      ],
    });
    const blank = await glue('POST', '/carts', {
      token,
      body: doc('carts', { name: '', priceMode: '', currency: '', store: '' }),
    });
    expect(errorsOf(blank)).toEqual([
      { status: 422, code: '901', detail: 'name => This value should not be blank.' },
      { status: 422, code: '901', detail: 'priceMode => This value should not be blank.' },
      { status: 422, code: '901', detail: 'currency => This value should not be blank.' },
      { status: 422, code: '901', detail: 'store => This value should not be blank.' },
    ]);
    const onlyStore = await glue('POST', '/carts', {
      token,
      body: doc('carts', { name: 'x', priceMode: 'GROSS_MODE', currency: 'EUR' }),
    });
    expect(errorsOf(onlyStore)).toEqual([
      { status: 422, code: '901', detail: 'store => This field is missing.' },
    ]);
  });

  it('accepts a name of only spaces and of exactly 30 characters; refuses 31 (rev)', async () => {
    const token = await companyUserToken('ben');
    expect((await glue('POST', '/carts', { token, body: newCart('   ') })).status).toBe(201);
    expect((await glue('POST', '/carts', { token, body: newCart('y'.repeat(30)) })).status).toBe(
      201,
    );
    const tooLong = await glue('POST', '/carts', { token, body: newCart('y'.repeat(31)) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body).toEqual({
      errors: [
        {
          status: 422,
          code: '901',
          detail: 'name => This value is too long. It should have 30 characters or less.',
        },
      ],
    });
  });

  it('refuses a store other than DE with a single 112 (rev)', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('POST', '/carts', {
      token,
      body: newCart('x', { store: 'AT', currency: 'CHF', priceMode: 'BOTH' }),
    });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({
      errors: [{ status: 422, code: '112', detail: 'Store data is invalid.' }],
    });
  });

  it('refuses a wrong currency (117) and price mode (119), then 107 (rev)', async () => {
    const token = await companyUserToken('anna');
    const currency = await glue('POST', '/carts', {
      token,
      body: newCart('x', { currency: 'CHF' }),
    });
    expect(currency.body).toEqual({
      errors: [
        { status: 422, code: '117', detail: 'Currency is incorrect.' },
        { status: 422, code: '107', detail: 'Failed to create cart.' },
      ],
    });
    const mode = await glue('POST', '/carts', { token, body: newCart('x', { priceMode: 'BOTH' }) });
    expect(mode.body).toEqual({
      errors: [
        { status: 422, code: '119', detail: 'Price mode is incorrect.' },
        { status: 422, code: '107', detail: 'Failed to create cart.' },
      ],
    });
    const both = await glue('POST', '/carts', {
      token,
      body: newCart('x', { priceMode: 'BOTH', currency: 'CHF' }),
    });
    expect(both.status).toBe(422);
    expect(both.body).toEqual({
      errors: [
        { status: 422, code: '117', detail: 'Currency is incorrect.' },
        { status: 422, code: '119', detail: 'Price mode is incorrect.' },
        { status: 422, code: '107', detail: 'Failed to create cart.' },
      ],
    });
  });

  it('makes a taken name unique among the owner’s carts: " 1", " 2", … (rev)', async () => {
    const anna = await companyUserToken('anna');
    const create = async (name: string) =>
      (await glue('POST', '/carts', { token: anna, body: newCart(name) })).body.data.attributes
        .name as string;
    expect(await create('Empty draft')).toBe('Empty draft 1');
    expect(await create('Empty draft')).toBe('Empty draft 2');
    expect(await create('Empty draft 1')).toBe('Empty draft 1 1');
    expect(await create('Spring')).toBe('Spring');
    // Another owner may use the same name.
    const ben = await companyUserToken('ben');
    const bens = await glue('POST', '/carts', { token: ben, body: newCart('Empty draft') });
    expect(bens.body.data.attributes.name).toBe('Empty draft');
  });
});

describe('PATCH /carts/{id}', () => {
  const rename = (token: string, id: string, name: string) => patchCart(token, id, { name });

  it('renames as the owner and as a full-access recipient (200)', async () => {
    const anna = await companyUserToken('anna');
    expect((await rename(anna, CART.emptyDraft, 'Draft 2')).body.data.attributes.name).toBe(
      'Draft 2',
    );
    const ben = await companyUserToken('ben');
    const result = await rename(ben, CART.q4, 'Q4 restock (Ben)');
    expect(result.status).toBe(200);
    expect(result.body.data.attributes.name).toBe('Q4 restock (Ben)');
  });

  it('refuses a read-only recipient with 403 115 and a stranger with 404 101', async () => {
    const ben = await companyUserToken('ben');
    const readOnly = await rename(ben, CART.workshop, 'Mine now');
    expect(readOnly.status).toBe(403);
    expect(readOnly.body).toEqual({
      errors: [{ status: 403, code: '115', detail: 'Unauthorized cart action.' }],
    });
    // Chloe cannot read Q4, but a tag that is Q4's gets her as far as the rules: 404 101.
    const anna = await companyUserToken('anna');
    const chloe = await companyUserToken('chloe');
    const stranger = await patchCart(chloe, CART.q4, { name: 'x' }, await tagOf(anna, CART.q4));
    expect(stranger.body).toEqual({
      errors: [{ status: 404, code: '101', detail: 'Cart with given uuid not found.' }],
    });
  });

  it('makes a taken name unique; the cart’s own name is not taken (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await rename(anna, CART.emptyDraft, 'Workshop tools');
    expect(result.status).toBe(200);
    expect(result.body.data.attributes.name).toBe('Workshop tools 1');
    expect(
      (await rename(anna, CART.emptyDraft, 'Workshop tools 1')).body.data.attributes.name,
    ).toBe('Workshop tools 1');
    // A full-access colleague renames within the owner's carts.
    const ben = await companyUserToken('ben');
    expect((await rename(ben, CART.q4, 'Workshop tools')).body.data.attributes.name).toBe(
      'Workshop tools 2',
    );
  });

  it('refuses a name over 30 characters (rev)', async () => {
    const anna = await companyUserToken('anna');
    expect(errorsOf(await rename(anna, CART.emptyDraft, 'z'.repeat(31)))).toEqual([
      {
        status: 422,
        code: '901',
        detail: 'name => This value is too long. It should have 30 characters or less.',
      },
    ]);
  });

  it('leaves empty priceMode, currency and store as they are; never changes the store (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await patchCart(anna, CART.q4, {
      name: 'Q4',
      priceMode: '',
      currency: '',
      store: '',
    });
    expect(result.status).toBe(200);
    expect(result.body.data.attributes).toMatchObject({
      name: 'Q4',
      priceMode: 'GROSS_MODE',
      currency: 'EUR',
      store: 'DE',
    });
    const store = await patchCart(anna, CART.q4, { store: 'AT' });
    expect(store.status).toBe(200);
    expect(store.body.data.attributes.store).toBe('DE');
  });

  it('refuses 117 / 119 without 107, and 111 for a price mode switch with items (rev)', async () => {
    const anna = await companyUserToken('anna');
    const wrong = await patchCart(anna, CART.q4, { currency: 'CHF', priceMode: 'BOTH' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toEqual({
      errors: [
        { status: 422, code: '117', detail: 'Currency is incorrect.' },
        { status: 422, code: '119', detail: 'Price mode is incorrect.' },
      ],
    });
    const withItems = await patchCart(anna, CART.q4, { priceMode: 'NET_MODE' });
    expect(withItems.status).toBe(422);
    expect(withItems.body).toEqual({
      errors: [
        {
          status: 422,
          code: '111',
          detail: 'Can’t switch price mode when there are items in the cart.',
        },
      ],
    });
    const empty = await patchCart(anna, CART.emptyDraft, { priceMode: 'NET_MODE' });
    expect(empty.status).toBe(200);
    expect(empty.body.data.attributes.priceMode).toBe('NET_MODE');
  });
});

describe('DELETE /carts/{id}', () => {
  it('deletes the cart and all its shares (204)', async () => {
    const anna = await companyUserToken('anna');
    const shares = await glue('GET', `/carts/${CART.workshop}?include=shared-carts`, {
      token: anna,
    });
    const shareIds = shares.body.data.relationships['shared-carts'].data.map(
      (s: { id: string }) => s.id,
    );
    const result = await glue('DELETE', `/carts/${CART.workshop}`, { token: anna });
    expect(result.status).toBe(204);
    expect(result.body).toBeNull();
    expect((await glue('GET', `/carts/${CART.workshop}`, { token: anna })).status).toBe(404);
    for (const id of shareIds) {
      const again = await glue('DELETE', `/shared-carts/${id}`, { token: anna });
      expect(again.body).toEqual({
        errors: [{ status: 404, code: '2705', detail: 'Shared cart not found.' }],
      });
    }
    const ben = await companyUserToken('ben');
    expect(names((await glue('GET', '/carts', { token: ben })).body.data)).not.toContain(
      'Workshop tools',
    );
  });

  it('refuses to delete the caller’s last own cart with 422 105', async () => {
    const chloe = await companyUserToken('chloe');
    const result = await glue('DELETE', `/carts/${CART.chloes}`, { token: chloe });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({
      errors: [{ status: 422, code: '105', detail: 'Cart could not be deleted.' }],
    });
  });

  it('makes the oldest remaining cart the default when the default one is deleted', async () => {
    const anna = await companyUserToken('anna');
    await glue('DELETE', `/carts/${CART.q4}`, { token: anna });
    const workshop = await glue('GET', `/carts/${CART.workshop}`, { token: anna });
    expect(workshop.body.data.attributes.isDefault).toBe(true);
  });

  it('lets a full-access recipient delete, not a read-only one', async () => {
    const ben = await companyUserToken('ben');
    expect(errorsOf(await glue('DELETE', `/carts/${CART.workshop}`, { token: ben }))).toEqual([
      { status: 403, code: '115', detail: 'Unauthorized cart action.' },
    ]);
    expect((await glue('DELETE', `/carts/${CART.q4}`, { token: ben })).status).toBe(204);
  });
});
