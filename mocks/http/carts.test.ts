import { describe, expect, it } from 'vitest';
import { companyUserToken, customerToken, doc, errorsOf, glue } from '../test/glue-client';
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

  it('shows a customer token only the customer’s own carts', async () => {
    const { accessToken } = await customerToken('ben');
    const result = await glue('GET', '/carts', { token: accessToken });
    expect(names(result.body.data)).toEqual(['Safety gear']);
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
      thresholds: [],
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

describe('POST /carts', () => {
  it('creates a cart with Glue’s defaults (201)', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('POST', '/carts', {
      token,
      body: doc('carts', { name: 'Spring order' }),
    });
    expect(result.status).toBe(201);
    expect(result.body.data).toMatchObject({
      type: 'carts',
      attributes: {
        name: 'Spring order',
        priceMode: 'GROSS_MODE',
        currency: 'EUR',
        store: 'DE',
        isDefault: false,
        totals: { subtotal: 0, grandTotal: 0 },
      },
    });
    expect(result.body.data.id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await glue('GET', '/carts', { token });
    expect(names(list.body.data)).toContain('Spring order');
  });

  it.each([
    [{}, 'name => This field is missing.'],
    [{ name: '' }, 'name => This value should not be blank.'],
    [{ name: '   ' }, 'name => This value should not be blank.'],
    [{ name: 'x'.repeat(256) }, 'name => This value is too long.'],
    [{ name: 'Empty draft' }, 'name => A cart with this name already exists.'],
  ])('refuses %j with 422 901', async (attributes, detail) => {
    const token = await companyUserToken('anna');
    const result = await glue('POST', '/carts', { token, body: doc('carts', attributes) });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({ errors: [{ status: 422, code: '901', detail }] });
  });

  it('accepts a name of exactly 255 characters and a name another customer uses', async () => {
    const token = await companyUserToken('ben');
    expect(
      (await glue('POST', '/carts', { token, body: doc('carts', { name: 'y'.repeat(255) }) }))
        .status,
    ).toBe(201);
    expect(
      (await glue('POST', '/carts', { token, body: doc('carts', { name: 'Empty draft' }) })).status,
    ).toBe(201);
  });
});

describe('PATCH /carts/{id}', () => {
  const rename = (token: string, id: string, name: string) =>
    glue('PATCH', `/carts/${id}`, { token, body: doc('carts', { name }) });

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
    const chloe = await companyUserToken('chloe');
    expect(errorsOf(await rename(chloe, CART.q4, 'x'))[0]?.code).toBe('101');
  });

  it('refuses a name already used by another of the owner’s carts', async () => {
    const anna = await companyUserToken('anna');
    const result = await rename(anna, CART.emptyDraft, 'Workshop tools');
    expect(errorsOf(result)).toEqual([
      { status: 422, code: '901', detail: 'name => A cart with this name already exists.' },
    ]);
    expect((await rename(anna, CART.emptyDraft, 'Empty draft')).status).toBe(200);
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
