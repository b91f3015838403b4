// docs/glue-api.md §11 (rev 4): checkout data, checkout, what happens to the cart and its
// shares, who may order, orders, thresholds and vouchers — literal statuses, codes and
// details, in English and (where Glue translates them) German.
import { describe, expect, it } from 'vitest';
import { backend } from '../node';
import { businessUnitAddressId } from '../db/ordering-seed';
import { NORTHWIND, SUMMIT } from '../db/demo-seed';
import { companyUserToken, doc, errorsOf, glue, type Persona } from '../test/glue-client';
import { CART } from '../test/ids';

const BASE = 'http://glue.test';
const HAFENSTRASSE = businessUnitAddressId(NORTHWIND, 'Procurement', 0);
const KOENIGSALLEE = businessUnitAddressId(SUMMIT, 'Head Office', 0);

const address = {
  salutation: 'Mr',
  firstName: 'Ben',
  lastName: 'Ortiz',
  address1: 'Werkstattweg',
  address2: '3',
  address3: '',
  zipCode: '22525',
  city: 'Hamburg',
  iso2Code: 'DE',
};

/** A checkout body as the robot suite sends it, for a cart and a shipment method. */
const order = (
  idCart: string,
  idShipmentMethod: unknown = 1,
  extra: Record<string, unknown> = {},
) =>
  doc('checkout', {
    idCart,
    customer: {
      salutation: 'Mr',
      email: 'ben.ortiz@northwind.example',
      firstName: 'Ben',
      lastName: 'Ortiz',
    },
    billingAddress: address,
    shippingAddress: address,
    payments: [{ paymentProviderName: 'DummyPayment', paymentMethodName: 'Invoice' }],
    shipment: { idShipmentMethod },
    ...extra,
  });

async function as(persona: Persona) {
  const token = await companyUserToken(persona);
  return {
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      glue('POST', path, { token, body, headers }),
    get: (path: string) => glue('GET', path, { token }),
    del: (path: string) => glue('DELETE', path, { token }),
    patch: (path: string, body: unknown) => glue('PATCH', path, { token, body }),
  };
}

const err = (status: number, code: string, detail: string) => ({ status, code, detail });
/** A checkout body without some of its attributes. */
const without = (body: ReturnType<typeof order>, ...keys: string[]) =>
  doc(
    'checkout',
    Object.fromEntries(Object.entries(body.data.attributes).filter(([key]) => !keys.includes(key))),
  );
const DE = { 'Accept-Language': 'de-DE' };
const SOFT_MINIMUM =
  'You need to add items for €1,000.00 to pass a recommended threshold, but if you want can proceed to checkout.';
const HARD_MINIMUM =
  "You should add items for €40.00 to pass a recommended threshold. You can't proceed with checkout";
const LIMIT =
  "You can't place this order because of your purchasing limit, please send your cart for approval or contact your manager.";

describe('POST /checkout-data', () => {
  it('answers 200 with the cart id alone: empty lists in B2B, self is the request URL', async () => {
    const anna = await as('anna');
    const result = await anna.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.q4, payments: [] }),
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('ETag')).toBeNull();
    expect(result.body).toEqual({
      data: {
        type: 'checkout-data',
        id: null,
        attributes: {
          addresses: [],
          paymentProviders: [],
          shipmentMethods: [],
          selectedShipmentMethods: [],
          selectedPaymentMethods: [],
        },
        links: { self: `${BASE}/checkout-data` },
      },
    });
  });

  it('names the chosen method, and includes the methods, payment and the caller’s unit addresses', async () => {
    const anna = await as('anna');
    const result = await anna.post(
      '/checkout-data?include=shipments,shipment-methods,company-business-unit-addresses,payment-methods',
      doc('checkout-data', { idCart: CART.q4, shipment: { idShipmentMethod: 2 } }),
    );
    expect(result.status).toBe(200);
    expect(result.body.data.links.self).toBe(
      `${BASE}/checkout-data?include=shipments,shipment-methods,company-business-unit-addresses,payment-methods`,
    );
    expect(result.body.data.attributes.selectedShipmentMethods).toEqual([
      {
        id: 2,
        name: 'Express',
        carrierName: 'DHL',
        price: 590,
        taxRate: null,
        deliveryTime: null,
        currencyIsoCode: 'EUR',
      },
    ]);
    const included = result.body.included as {
      type: string;
      id: string;
      attributes: Record<string, unknown>;
    }[];
    const of = (type: string) => included.filter((r) => r.type === type);
    expect(
      of('shipment-methods').map((m) => [
        m.id,
        m.attributes.name,
        m.attributes.carrierName,
        m.attributes.price,
      ]),
    ).toEqual([
      ['1', 'Standard', 'DHL', 490],
      ['2', 'Express', 'DHL', 590],
      ['3', 'Standard', 'Hermes', 500],
      ['4', 'Same Day', 'Hermes', 1000],
      ['5', 'Next Day', 'Hermes', 1500],
    ]);
    expect(of('shipments')[0]?.attributes).toMatchObject({
      items: ['NW-3001', 'NW-3002', 'NW-3003'],
      selectedShipmentMethod: { id: 2, name: 'Express', price: 590 },
    });
    expect(of('payment-methods').map((p) => p.attributes)).toEqual([
      {
        paymentMethodName: 'Invoice',
        paymentProviderName: 'dummyPayment',
        priority: 1,
        requiredRequestData: ['paymentMethod', 'paymentProvider'],
      },
    ]);
    expect(
      of('company-business-unit-addresses').map((a) => [
        a.attributes.address1,
        a.attributes.address2,
        a.attributes.city,
      ]),
    ).toEqual([
      ['Hafenstraße', '12', 'Hamburg'],
      ['Lagerweg', '5', 'Hamburg'],
    ]);
  });

  it('does not fail on data problems, but on an unknown cart (1103) and a hard threshold (1101)', async () => {
    const eva = await as('eva');
    const fake = await eva.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.evas, shipment: { idShipmentMethod: 0 } }),
    );
    expect(fake.status).toBe(422);
    expect(errorsOf(fake)).toEqual([err(422, '1101', HARD_MINIMUM)]);
    const german = await eva.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.evas }),
      DE,
    );
    expect(errorsOf(german)).toEqual([
      err(
        422,
        '1101',
        'Sie sollten Waren im Wert von €40.00 dem Warenkorb hinzufügen um die empfohlene Schwelle zu erreichen. Sie können nicht mit der Bestellung fortfahren',
      ),
    ]);
    const frank = await as('frank');
    const foreign = await frank.post('/checkout-data', doc('checkout-data', { idCart: CART.q4 }));
    expect(foreign.status).toBe(422);
    expect(errorsOf(foreign)).toEqual([err(422, '1103', 'Cart not found.')]);
    const anna = await as('anna');
    const unknownMethod = await anna.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.q4, shipment: { idShipmentMethod: 0 } }),
    );
    expect(unknownMethod.status).toBe(200);
    expect(unknownMethod.body.data.attributes.selectedShipmentMethods).toEqual([]);
  });

  it('checks the attributes first, one 901 per field, and refuses two payments (400 1107)', async () => {
    const anna = await as('anna');
    const result = await anna.post(
      '/checkout-data',
      doc('checkout-data', {
        customer: {},
        billingAddress: { city: 'Ha' },
        payments: [{}],
        shipment: {},
      }),
    );
    expect(result.status).toBe(422);
    expect(errorsOf(result).map((e) => e.detail)).toEqual([
      'idCart => This field is missing.',
      'customer.salutation => This field is missing.',
      'customer.email => This field is missing.',
      'billingAddress.salutation => This field is missing.',
      'billingAddress.firstName => This field is missing.',
      'billingAddress.lastName => This field is missing.',
      'billingAddress.address1 => This field is missing.',
      'billingAddress.address2 => This field is missing.',
      'billingAddress.zipCode => This field is missing.',
      'billingAddress.iso2Code => This field is missing.',
      'billingAddress.city => This value is too short. It should have 3 characters or more.',
      'payments.0.paymentMethodName => This field is missing.',
      'payments.0.paymentProviderName => This field is missing.',
      'shipment.idShipmentMethod => This field is missing.',
    ]);
    expect(errorsOf(result).every((e) => e.status === 422 && e.code === '901')).toBe(true);
    const payment = { paymentProviderName: 'DummyPayment', paymentMethodName: 'Invoice' };
    const two = await anna.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.q4, payments: [payment, payment] }),
    );
    expect(two.status).toBe(400);
    expect(errorsOf(two)).toEqual([err(400, '1107', 'Multiple payments are not allowed.')]);
    const noToken = await glue('POST', '/checkout-data', {
      body: doc('checkout-data', { idCart: CART.q4 }),
    });
    expect(errorsOf(noToken)).toEqual([err(403, '002', 'Missing access token.')]);
  });
});

describe('POST /checkout', () => {
  it('places Ben’s order of Anna’s shared cart: 201, the order included; the cart and its shares are gone', async () => {
    const ben = await as('ben');
    const anna = await as('anna');
    const q4 = await anna.get(`/carts/${CART.q4}?include=shared-carts`);
    const shareId = (q4.body.included as { id: string }[])[0]?.id ?? '';
    const result = await ben.post('/checkout?include=orders', order(CART.q4, 2));
    expect(result.status).toBe(201);
    expect(result.headers.get('ETag')).toBeNull();
    expect(result.body.data).toEqual({
      type: 'checkout',
      id: null,
      attributes: { orderReference: 'DE--1002', redirectUrl: null, isExternalRedirect: null },
      links: { self: `${BASE}/checkout?include=orders` },
      relationships: { orders: { data: [{ type: 'orders', id: 'DE--1002' }] } },
    });
    const placed = result.body.included[0];
    expect(placed.type).toBe('orders');
    expect(placed.attributes.totals).toEqual({
      expenseTotal: 590,
      discountTotal: 0,
      taxTotal: 1668,
      subtotal: 9860,
      grandTotal: 10450,
      canceledTotal: 0,
      remunerationTotal: 0,
    });
    expect(placed.attributes.shipments).toEqual([
      {
        shipmentMethodName: 'Express',
        carrierName: 'DHL',
        deliveryTime: null,
        defaultGrossPrice: 590,
        defaultNetPrice: 0,
        currencyIsoCode: 'EUR',
      },
    ]);
    expect(placed.attributes.payments).toEqual([
      { amount: 10450, paymentProvider: 'DummyPayment', paymentMethod: 'invoice' },
    ]);
    expect(placed.attributes.shippingAddress).toMatchObject({
      firstName: 'Ben',
      address1: 'Werkstattweg',
      country: 'Germany',
      iso2Code: 'DE',
    });

    for (const who of [anna, ben]) {
      expect(errorsOf(await who.get(`/carts/${CART.q4}`))).toEqual([
        err(404, '101', 'Cart with given uuid not found.'),
      ]);
    }
    expect(
      errorsOf(
        await anna.patch(
          `/shared-carts/${shareId}`,
          doc('shared-carts', { idCartPermissionGroup: 1 }),
        ),
      ),
    ).toEqual([err(404, '2705', 'Shared cart not found.')]);
    const annasCarts = await anna.get('/carts');
    expect(
      annasCarts.body.data.map((c: { attributes: { name: string; isDefault: boolean } }) => [
        c.attributes.name,
        c.attributes.isDefault,
      ]),
    ).toEqual([
      ['Workshop tools', false],
      ['Empty draft', true],
      ['Safety gear', false],
    ]);
    // No idempotency: the same order again is 1103.
    const again = await ben.post('/checkout', order(CART.q4, 2));
    expect(errorsOf(again)).toEqual([err(422, '1103', 'Cart not found.')]);
    // The order is the placer's.
    expect((await ben.get('/orders')).body.data.map((o: { id: string }) => o.id)).toEqual([
      'DE--1002',
    ]);
    expect(errorsOf(await anna.get('/orders/DE--1002'))).toEqual([
      err(404, '801', "Can't find order by the given order reference"),
    ]);
  });

  it('takes a business-unit address by id, with the names from the customer', async () => {
    const anna = await as('anna');
    const byId = { idCompanyBusinessUnitAddress: HAFENSTRASSE };
    const result = await anna.post(
      '/checkout?include=orders',
      order(CART.workshop, 1, { billingAddress: byId, shippingAddress: byId }),
    );
    expect(result.status).toBe(201);
    expect(result.body.included[0].attributes.shippingAddress).toMatchObject({
      salutation: 'Ms',
      firstName: 'Anna',
      lastName: 'Keller',
      address1: 'Hafenstraße',
      address2: '12',
      zipCode: '20457',
      city: 'Hamburg',
      country: 'Germany',
    });
    const foreign = { idCompanyBusinessUnitAddress: KOENIGSALLEE };
    const refused = await anna.post(
      '/checkout',
      order(CART.q4, 1, { billingAddress: foreign, shippingAddress: foreign }),
    );
    expect(errorsOf(refused)).toEqual([
      err(422, '1102', `Company address with ID ${KOENIGSALLEE} not found.`),
      err(422, '1102', `Company address with ID ${KOENIGSALLEE} not found.`),
    ]);
  });

  it('refuses data problems, each its own 1102, in English or German', async () => {
    const anna = await as('anna');
    const bad = order(CART.q4, 0, {
      billingAddress: { ...address, iso2Code: 'XX' },
      shippingAddress: { ...address, iso2Code: 'YY' },
      payments: [{ paymentProviderName: 'Paypal', paymentMethodName: 'Invoice' }],
    });
    const result = await anna.post('/checkout', bad);
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual([
      err(422, '1102', 'Shipment method not found.'),
      err(422, '1102', 'Billing address country not found for country code: XX'),
      err(422, '1102', 'Shipping address country not found for country code: YY'),
      err(422, '1102', 'Checkout payment is not valid'),
    ]);
    const german = await anna.post('/checkout', bad, DE);
    expect(errorsOf(german).map((e) => e.detail)).toEqual([
      'Versandart nicht gefunden.',
      'Rechnungsadresse Land für Ländercode nicht gefunden: XX',
      'Lieferadresse Land für Ländercode nicht gefunden: YY',
      'Checkout Zahlung ist ungültig',
    ]);
  });

  it('refuses an empty cart (1104), an unknown one (1103), and the shipment forms Glue refuses', async () => {
    const anna = await as('anna');
    expect(errorsOf(await anna.post('/checkout', order(CART.emptyDraft)))).toEqual([
      err(422, '1104', 'Cart is empty.'),
    ]);
    const frank = await as('frank');
    expect(errorsOf(await frank.post('/checkout', order(CART.q4)))).toEqual([
      err(422, '1103', 'Cart not found.'),
    ]);
    expect(errorsOf(await anna.post('/checkout', without(order(CART.q4), 'shipment')))).toEqual([
      err(422, '4303', 'Shipment attribute is not specified.'),
    ]);
    const mixed = order(CART.q4, 1, {
      shipments: [{ items: ['NW-3001'], shippingAddress: {}, idShipmentMethod: 1 }],
    });
    expect(errorsOf(await anna.post('/checkout', mixed))).toEqual([
      err(
        422,
        '4301',
        'Single and multiple shipments attributes are not allowed in the same request.',
      ),
      err(
        422,
        '4302',
        'Provided address is not valid. You can either provide address ID or address fields.',
      ),
    ]);
    const bare = without(order(CART.q4), 'billingAddress', 'payments');
    expect(errorsOf(await anna.post('/checkout', bare)).map((e) => e.detail)).toEqual([
      'billingAddress => This field is missing.',
      'payments => This field is missing.',
    ]);
  });

  it('refuses a cart under the hard minimum, and who may not order this much (§11d)', async () => {
    const eva = await as('eva');
    expect(errorsOf(await eva.post('/checkout', order(CART.evas)))).toEqual([
      err(422, '1102', HARD_MINIMUM),
    ]);
    const ben = await as('ben');
    expect(errorsOf(await ben.post('/checkout', order(CART.safetyGear)))).toEqual([
      err(422, '1102', LIMIT),
    ]);
    expect(errorsOf(await ben.post('/checkout', order(CART.safetyGear), DE))).toEqual([
      err(
        422,
        '1102',
        'Sie können diese Bestellung aufgrund Ihres Einkaufslimits nicht aufgeben. Senden Sie Ihren Warenkorb zur Genehmigung oder wenden Sie sich an Ihren Manager.',
      ),
    ]);
    const gina = await as('gina');
    expect(errorsOf(await gina.post('/checkout', order(CART.summitRestock)))).toEqual([
      err(422, '1102', LIMIT),
    ]);
    expect(backend.db.carts.has(CART.safetyGear)).toBe(true);
    expect(backend.db.carts.has(CART.summitRestock)).toBe(true);
  });

  it('places a split shipment: each group its address and method; an item left out is refused', async () => {
    const anna = await as('anna');
    const groups = [
      {
        items: ['NW-3001', 'NW-3002'],
        shippingAddress: { idCompanyBusinessUnitAddress: HAFENSTRASSE },
        idShipmentMethod: 1,
        requestedDeliveryDate: '2026-12-21',
      },
      { items: ['NW-3003'], shippingAddress: address, idShipmentMethod: 3 },
    ];
    const split = (shipments: unknown[]) =>
      doc('checkout', {
        ...without(order(CART.q4), 'shipment', 'shippingAddress').data.attributes,
        shipments,
      });
    const missing = await anna.post('/checkout', split(groups.slice(0, 1)));
    expect(errorsOf(missing)).toEqual([
      err(422, '1102', 'No shipment selected for the cart item NW-3003.'),
    ]);
    const data = await anna.post(
      '/checkout-data',
      doc('checkout-data', { idCart: CART.q4, shipments: groups.slice(0, 1) }),
    );
    expect(errorsOf(data)).toEqual([
      err(422, '1101', 'No shipment selected for the cart item NW-3003.'),
    ]);
    const placed = await anna.post('/checkout?include=orders', split(groups));
    expect(placed.status).toBe(201);
    const detail = placed.body.included[0].attributes;
    expect(detail.shippingAddress).toBeNull();
    expect(detail.shipments).toEqual([]);
    expect(
      detail.expenses.map((e: { name: string; sumPrice: number }) => [e.name, e.sumPrice]),
    ).toEqual([
      ['Standard', 490],
      ['Standard', 500],
    ]);
    expect(detail.totals).toMatchObject({ expenseTotal: 990, grandTotal: 10850 });
  });

  it('lets a read-only recipient order, as Glue does (§11k.1)', async () => {
    const chloe = await as('chloe');
    const result = await chloe.post('/checkout', order(CART.workshop));
    expect(result.status).toBe(201);
    expect(result.body.data.attributes.orderReference).toBe('DE--1002');
  });
});

describe('GET /orders', () => {
  it('lists the caller’s own orders, and one in detail; others’ are 801 / 802', async () => {
    const anna = await as('anna');
    const list = await anna.get('/orders');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      data: [
        {
          type: 'orders',
          id: 'DE--1001',
          attributes: {
            createdAt: '2026-11-02 09:15:00.000000',
            currencyIsoCode: 'EUR',
            priceMode: 'GROSS_MODE',
            totals: {
              expenseTotal: 490,
              discountTotal: 0,
              taxTotal: 1831,
              subtotal: 10980,
              grandTotal: 11470,
              canceledTotal: 0,
              remunerationTotal: 0,
            },
          },
          links: { self: `${BASE}/orders/DE--1001` },
        },
      ],
      links: { self: `${BASE}/orders` },
    });
    const detail = await anna.get('/orders/DE--1001');
    expect(detail.body.data.attributes.items).toHaveLength(1);
    expect(detail.body.data.attributes.items[0]).toMatchObject({
      name: 'Copy paper A4, 500 sheets',
      sku: 'NW-3001',
      quantity: 20,
      unitPrice: 549,
      sumPrice: 10980,
    });
    expect(detail.body.data.attributes.expenses[0]).toMatchObject({
      type: 'SHIPMENT_EXPENSE_TYPE',
      name: 'Standard',
      sumPrice: 490,
    });
    expect(detail.body.data.attributes.calculatedDiscounts).toEqual({});
    expect((await anna.get('/customers/DE--1/orders')).body.data).toHaveLength(1);
    const ben = await as('ben');
    expect(errorsOf(await ben.get('/orders/DE--1001'))).toEqual([
      err(404, '801', "Can't find order by the given order reference"),
    ]);
    expect(errorsOf(await ben.get('/customers/DE--1/orders'))).toEqual([
      err(403, '802', 'Unauthorized request.'),
    ]);
    expect((await ben.get('/orders')).body.data).toEqual([]);
  });

  it('pages and sorts Anna’s 121 orders of the large scenario', async () => {
    backend.reset({ scenario: 'large' });
    const anna = await as('anna');
    const all = await anna.get('/orders');
    expect(all.body.data).toHaveLength(121);
    const page = await anna.get('/orders?sort=-createdAt&page[offset]=2&page[limit]=1');
    expect(page.body.data).toHaveLength(1);
    expect(Object.keys(page.body.links).sort()).toEqual(['first', 'last', 'next', 'prev', 'self']);
    expect(page.body.links.last).toBe(
      `${BASE}/orders?sort=-createdAt&page[offset]=120&page[limit]=1`,
    );
    const newest = await anna.get('/orders?sort=-createdAt&page[offset]=0&page[limit]=20');
    const dates = newest.body.data.map(
      (o: { attributes: { createdAt: string } }) => o.attributes.createdAt,
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.body.data[0].id).toBe('DE--1001');
  });
});

describe('thresholds on the cart (§11f)', () => {
  it('lists the unmet ones on a cart, none on an empty cart or in GET /carts', async () => {
    const anna = await as('anna');
    expect((await anna.get(`/carts/${CART.q4}`)).body.data.attributes.thresholds).toEqual([
      {
        type: 'soft-minimum-threshold',
        threshold: 100000,
        fee: null,
        deltaWithSubtotal: 90140,
        message: SOFT_MINIMUM,
      },
    ]);
    expect((await anna.get(`/carts/${CART.emptyDraft}`)).body.data.attributes.thresholds).toEqual(
      [],
    );
    const list = await anna.get('/carts');
    expect(
      list.body.data.every(
        (c: { attributes: { thresholds: unknown[] } }) => c.attributes.thresholds.length === 0,
      ),
    ).toBe(true);
    const eva = await as('eva');
    expect((await eva.get(`/carts/${CART.evas}`)).body.data.attributes.thresholds).toEqual([
      {
        type: 'hard-minimum-threshold',
        threshold: 4000,
        fee: null,
        deltaWithSubtotal: 1610,
        message: HARD_MINIMUM,
      },
      {
        type: 'soft-minimum-threshold',
        threshold: 100000,
        fee: null,
        deltaWithSubtotal: 97610,
        message: SOFT_MINIMUM,
      },
    ]);
  });
});

describe('vouchers (§11g)', () => {
  it('applies codes on the owner’s cart (201, the cart with a new tag), includes them, and removes one (204)', async () => {
    const anna = await as('anna');
    const before = (await anna.get(`/carts/${CART.q4}`)).headers.get('ETag');
    const added = await anna.post(
      `/carts/${CART.q4}/vouchers?include=vouchers`,
      doc('vouchers', { code: 'NW-WELCOME5' }),
    );
    expect(added.status).toBe(201);
    expect(added.headers.get('ETag')).not.toBe(before);
    expect(added.body.data.links.self).toBe(`${BASE}/carts/${CART.q4}`);
    expect(added.body.data.attributes.discounts).toEqual([
      { displayName: '5 € welcome discount', amount: 500, code: 'NW-WELCOME5' },
    ]);
    expect(added.body.data.attributes.totals).toMatchObject({
      subtotal: 9860,
      discountTotal: 500,
      grandTotal: 9360,
      priceToPay: 9360,
    });
    expect(added.body.included).toEqual([
      {
        type: 'vouchers',
        id: 'NW-WELCOME5',
        attributes: {
          amount: 500,
          code: 'NW-WELCOME5',
          discountType: 'voucher',
          displayName: '5 € welcome discount',
          isExclusive: false,
          expirationDateTime: null,
          discountPromotionAbstractSku: null,
          discountPromotionQuantity: null,
        },
        links: { self: `${BASE}/carts/${CART.q4}/vouchers/NW-WELCOME5` },
      },
    ]);
    const ten = await anna.post(`/carts/${CART.q4}/vouchers`, doc('vouchers', { code: 'NW-TEN' }));
    expect(ten.body.data.attributes.totals).toMatchObject({
      discountTotal: 1486,
      grandTotal: 8374,
    });
    const removed = await anna.del(`/carts/${CART.q4}/vouchers/NW-WELCOME5`);
    expect(removed.status).toBe(204);
    expect((await anna.get(`/carts/${CART.q4}`)).body.data.attributes.discounts).toEqual([
      { displayName: '10 % on office supplies', amount: 986, code: 'NW-TEN' },
    ]);
  });

  it('refuses what cannot apply (3302), a code not in the cart (3301), a blank code (901), and recipients (101)', async () => {
    const anna = await as('anna');
    for (const code of ['NW-EXPIRED', 'NOPE']) {
      const refused = await anna.post(`/carts/${CART.q4}/vouchers`, doc('vouchers', { code }));
      expect(refused.status).toBe(422);
      expect(errorsOf(refused)).toEqual([err(422, '3302', "Cart code can't be added.")]);
    }
    expect(
      errorsOf(await anna.post(`/carts/${CART.q4}/vouchers`, doc('vouchers', { code: ' ' }))),
    ).toEqual([err(422, '901', 'code => This value should not be blank.')]);
    expect(errorsOf(await anna.del(`/carts/${CART.q4}/vouchers/NW-TEN`))).toEqual([
      err(422, '3301', 'Cart code not found in cart.'),
    ]);
    const ben = await as('ben');
    expect(
      errorsOf(await ben.post(`/carts/${CART.q4}/vouchers`, doc('vouchers', { code: 'NW-TEN' }))),
    ).toEqual([err(404, '101', 'Cart with given uuid not found.')]);
  });
});
