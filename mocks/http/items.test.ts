import { describe, expect, it } from 'vitest';
import { companyUserToken, doc, errorsOf, glue } from '../test/glue-client';
import { CART } from '../test/ids';

const add = (token: string, cartId: string, attributes: Record<string, unknown>) =>
  glue('POST', `/carts/${cartId}/items?include=items`, { token, body: doc('items', attributes) });
const change = (token: string, cartId: string, sku: string, attributes: Record<string, unknown>) =>
  glue('PATCH', `/carts/${cartId}/items/${sku}`, { token, body: doc('items', attributes) });

describe('POST /carts/{id}/items', () => {
  it('adds an item and answers the cart document (201) with new totals', async () => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.emptyDraft, { sku: 'NW-2003', quantity: 2 });
    expect(result.status).toBe(201);
    expect(result.body.data.type).toBe('carts');
    expect(result.body.data.id).toBe(CART.emptyDraft);
    expect(result.body.data.attributes.totals).toEqual({
      expenseTotal: 0,
      discountTotal: 0,
      taxTotal: 2871,
      subtotal: 17980,
      grandTotal: 17980,
      priceToPay: 17980,
    });
    expect(result.body.included).toEqual([
      {
        type: 'items',
        id: 'NW-2003',
        attributes: {
          sku: 'NW-2003',
          quantity: 2,
          groupKey: 'NW-2003',
          abstractSku: 'A-NW-2003', // its abstract product (rev 3, docs/demo-data.md)
          amount: null,
          salesUnit: null,
          calculations: {
            unitPrice: 8990,
            sumPrice: 17980,
            taxRate: 19,
            unitNetPrice: 0,
            sumNetPrice: 0,
            unitGrossPrice: 8990,
            sumGrossPrice: 17980,
            unitTaxAmountFullAggregation: 1435,
            sumTaxAmountFullAggregation: 2871,
            sumSubtotalAggregation: 17980,
            unitSubtotalAggregation: 8990,
            unitProductOptionPriceAggregation: 0,
            sumProductOptionPriceAggregation: 0,
            unitDiscountAmountAggregation: 0,
            sumDiscountAmountAggregation: 0,
            unitDiscountAmountFullAggregation: 0,
            sumDiscountAmountFullAggregation: 0,
            unitPriceToPayAggregation: 8990,
            sumPriceToPayAggregation: 17980,
          },
          selectedProductOptions: [],
        },
        links: { self: `http://glue.test/carts/${CART.emptyDraft}/items/NW-2003` },
      },
    ]);
  });

  it('raises the quantity when the SKU is already in the cart', async () => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.q4, { sku: 'NW-3002', quantity: 3 });
    const pens = result.body.included.find((i: { id: string }) => i.id === 'NW-3002');
    expect(pens.attributes.quantity).toBe(5);
  });

  it('refuses an unknown SKU with 102 and 113 (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.q4, { sku: 'NOPE-1', quantity: 1 });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({
      errors: [
        { status: 422, code: '102', detail: 'Product "NOPE-1" not found' },
        { status: 422, code: '113', detail: 'Cart item could not be added.' },
      ],
    });
  });

  it.each([
    [0, ['quantity => This value should be greater than 0.']],
    [-1, ['quantity => This value should be greater than 0.']],
    ['-2', ['quantity => This value should be greater than 0.']],
    [
      '',
      [
        'quantity => This value should not be blank.',
        'quantity => This value should be of type numeric.',
        'quantity => This value should be greater than 0.',
      ],
    ],
    [null, ['quantity => This value should not be blank.']],
    ['abc', ['quantity => This value should be of type numeric.']],
  ])('refuses quantity %j with every rule that applies (rev)', async (quantity, details) => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.q4, { sku: 'NW-3001', quantity });
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual(
      details.map((detail) => ({ status: 422, code: '901', detail })),
    );
  });

  it('takes a numeric string as a number (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.emptyDraft, { sku: 'NW-1001', quantity: '3' });
    expect(result.status).toBe(201);
    expect(result.body.included[0].attributes.quantity).toBe(3);
  });

  it('refuses a blank SKU (rev)', async () => {
    const anna = await companyUserToken('anna');
    expect(errorsOf(await add(anna, CART.q4, { sku: '', quantity: 1 }))).toEqual([
      { status: 422, code: '901', detail: 'sku => This value should not be blank.' },
    ]);
  });

  it('lists nested resources first in included: products before items (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue(
      'POST',
      `/carts/${CART.emptyDraft}/items?include=items,concrete-products`,
      {
        token: anna,
        body: doc('items', { sku: 'NW-1002', quantity: 1 }),
      },
    );
    expect(
      result.body.included.map((r: { type: string; id: string }) => `${r.type}/${r.id}`),
    ).toEqual(['concrete-products/NW-1002', 'items/NW-1002']);
    // A cart answered by an item endpoint has its plain link (rev 3).
    expect(result.body.data.links.self).toBe(`http://glue.test/carts/${CART.emptyDraft}`);
  });

  it('reports every missing field', async () => {
    const anna = await companyUserToken('anna');
    const result = await add(anna, CART.q4, {});
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual([
      { status: 422, code: '901', detail: 'sku => This field is missing.' },
      { status: 422, code: '901', detail: 'quantity => This field is missing.' },
    ]);
  });

  it('lets a full-access recipient add; refuses read-only (115) and strangers (101)', async () => {
    const ben = await companyUserToken('ben');
    expect((await add(ben, CART.q4, { sku: 'NW-1001', quantity: 1 })).status).toBe(201);
    expect(errorsOf(await add(ben, CART.workshop, { sku: 'NW-1001', quantity: 1 }))).toEqual([
      { status: 403, code: '115', detail: 'Unauthorized cart action.' },
    ]);
    const frank = await companyUserToken('frank');
    expect(errorsOf(await add(frank, CART.q4, { sku: 'NW-1001', quantity: 1 }))[0]?.code).toBe(
      '101',
    );
  });

  it('checks write access before the SKU (115 before 113)', async () => {
    const ben = await companyUserToken('ben');
    expect(errorsOf(await add(ben, CART.workshop, { sku: 'NOPE', quantity: 1 }))[0]?.code).toBe(
      '115',
    );
  });
});

describe('PATCH /carts/{id}/items/{sku}', () => {
  it('changes the quantity and answers the cart (200)', async () => {
    const anna = await companyUserToken('anna');
    const result = await change(anna, CART.q4, 'NW-3001', { quantity: 20 });
    expect(result.status).toBe(200);
    expect(result.body.data.type).toBe('carts');
    // 20 × 549 + 2 × 1290 + 1790 = 15350
    expect(result.body.data.attributes.totals.grandTotal).toBe(15350);
  });

  it('checks in order: readable (101), item exists (103), writable (115)', async () => {
    const chloe = await companyUserToken('chloe');
    expect(errorsOf(await change(chloe, CART.q4, 'NOPE', { quantity: 1 }))[0]?.code).toBe('101');
    const ben = await companyUserToken('ben');
    expect(errorsOf(await change(ben, CART.workshop, 'NOPE', { quantity: 1 }))).toEqual([
      { status: 404, code: '103', detail: 'Item with the given group key not found in the cart.' },
    ]);
    expect(errorsOf(await change(ben, CART.workshop, 'NW-2001', { quantity: 1 }))[0]?.code).toBe(
      '115',
    );
  });

  it('removes the item with quantity 0 and answers the cart without it (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue('PATCH', `/carts/${CART.q4}/items/NW-3001?include=items`, {
      token: anna,
      body: doc('items', { quantity: 0 }),
    });
    expect(result.status).toBe(200);
    expect(result.body.data.relationships.items.data.map((i: { id: string }) => i.id)).toEqual([
      'NW-3002',
      'NW-3003',
    ]);
  });

  it('refuses the current quantity with 422 114 (rev)', async () => {
    const anna = await companyUserToken('anna');
    const result = await change(anna, CART.q4, 'NW-3001', { quantity: 10 });
    expect(result.status).toBe(422);
    expect(result.body).toEqual({
      errors: [{ status: 422, code: '114', detail: 'Cart item could not be updated.' }],
    });
  });

  it.each([
    [
      '',
      [
        'quantity => This value should not be blank.',
        'quantity => This value should be of type numeric.',
      ],
    ],
    ['many', ['quantity => This value should be of type numeric.']],
    [undefined, ['quantity => This field is missing.']],
  ])(
    'refuses quantity %j with 901 and no "greater than 0" rule (rev)',
    async (quantity, details) => {
      const anna = await companyUserToken('anna');
      const result = await change(
        anna,
        CART.q4,
        'NW-3001',
        quantity === undefined ? {} : { quantity },
      );
      expect(errorsOf(result)).toEqual(
        details.map((detail) => ({ status: 422, code: '901', detail })),
      );
    },
  );
});

describe('item paths without an id (rev)', () => {
  it.each([
    ['PATCH', `/carts//items/NW-3001`],
    ['DELETE', `/carts//items/NW-3001`],
    ['PATCH', `/carts/${CART.q4}/items`],
    ['DELETE', `/carts/${CART.q4}/items`],
  ])('%s %s → 400 "Resource id is not specified."', async (method, path) => {
    const anna = await companyUserToken('anna');
    const result = await glue(method, path, {
      token: anna,
      body: method === 'PATCH' ? doc('items', { quantity: 2 }) : undefined,
    });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      errors: [{ status: 400, detail: 'Resource id is not specified.' }],
    });
  });
});

describe('DELETE /carts/{id}/items/{sku}', () => {
  it('removes the item (204)', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue('DELETE', `/carts/${CART.q4}/items/NW-3003`, { token: anna });
    expect(result.status).toBe(204);
    expect(result.body).toBeNull();
    const cart = await glue('GET', `/carts/${CART.q4}?include=items`, { token: anna });
    expect(cart.body.data.relationships.items.data.map((i: { id: string }) => i.id)).toEqual([
      'NW-3001',
      'NW-3002',
    ]);
  });

  it('answers 103 for an item not in the cart and 115 for a read-only recipient', async () => {
    const anna = await companyUserToken('anna');
    expect(
      errorsOf(await glue('DELETE', `/carts/${CART.q4}/items/NW-9999`, { token: anna }))[0]?.code,
    ).toBe('103');
    const ben = await companyUserToken('ben');
    expect(
      errorsOf(await glue('DELETE', `/carts/${CART.workshop}/items/NW-2001`, { token: ben }))[0]
        ?.code,
    ).toBe('115');
  });
});
