// Ordering a cart (docs/glue-api.md §11): what `POST /checkout-data` reads and checks,
// and what `POST /checkout` places — in Glue's order (§11.0): attribute rules and
// request validators ran before (checkout-request.ts); here the cart (1103, 1104), the
// data (each problem its own 1102), the pre-conditions (thresholds, the placer's right
// to order, §11d), then the order, and the cart and its shares are deleted (§11c).
import type { MockDatabase } from '../db/database';
import {
  BUSINESS_UNIT_ADDRESSES,
  FIRST_NEW_ORDER_NUMBER,
  PAYMENT,
  SHIPMENT_METHODS,
  type ShipmentMethod,
  orderReference,
  roleOf,
} from '../db/ordering-seed';
import type {
  BusinessUnitAddressRecord,
  CartRecord,
  OrderAddress,
  OrderRecord,
  OrderShipment,
} from '../db/records';
import type { Caller } from './auth';
import { type CartView, sharesOfCart, viewOf } from './cart-access';
import { isObject } from './checkout-request';
import { cartDiscounts } from './discounts';
import { type GlueFailure, checkoutFail, fail, isFailure } from './glue-failure';
import { THRESHOLD_MESSAGES_DE, cartThresholds, euros, isHard } from './thresholds';
import { cartSubtotal } from './totals';

type Attributes = Record<string, unknown>;
export type Locale = 'en_US' | 'de_DE';

/** The countries the shop knows (a fake code is refused, §11b). */
const COUNTRIES: Record<string, string> = {
  DE: 'Germany',
  AT: 'Austria',
  CH: 'Switzerland',
  NL: 'Netherlands',
  FR: 'France',
  US: 'United States',
};
export const countryName = (iso2Code: string) => COUNTRIES[iso2Code] ?? iso2Code;

/** The glossary's texts of §11b, en_US and de_DE. */
const TEXTS = {
  shipmentNotFound: { en_US: 'Shipment method not found.', de_DE: 'Versandart nicht gefunden.' },
  paymentInvalid: {
    en_US: 'Checkout payment is not valid',
    de_DE: 'Checkout Zahlung ist ungültig',
  },
  billingCountry: {
    en_US: 'Billing address country not found for country code: ',
    de_DE: 'Rechnungsadresse Land für Ländercode nicht gefunden: ',
  },
  shippingCountry: {
    en_US: 'Shipping address country not found for country code: ',
    de_DE: 'Lieferadresse Land für Ländercode nicht gefunden: ',
  },
  purchasingLimit: {
    en_US:
      "You can't place this order because of your purchasing limit, please send your cart for approval or contact your manager.",
    de_DE:
      'Sie können diese Bestellung aufgrund Ihres Einkaufslimits nicht aufgeben. Senden Sie Ihren Warenkorb zur Genehmigung oder wenden Sie sich an Ihren Manager.',
  },
} as const;

/** The caller's view of the cart, or 422 `1103` (not 404: §11a). */
export function checkoutCart(
  db: MockDatabase,
  caller: Caller,
  idCart: string,
): CartView | GlueFailure {
  const cart = db.carts.get(idCart);
  const view = cart ? viewOf(db, caller, cart) : null;
  return view ?? fail('1103');
}

/** The addresses of the caller's business unit (§11a). */
export function callersAddresses(caller: Caller): BusinessUnitAddressRecord[] {
  const companyUser = caller.companyUser;
  if (!companyUser) return [];
  return BUSINESS_UNIT_ADDRESSES.filter(
    (address) =>
      address.companyId === companyUser.companyId &&
      address.businessUnit === companyUser.businessUnit,
  );
}

/** The shipment method asked for, if it is one of the shop's. */
export function chosenMethod(attributes: Attributes): ShipmentMethod | null {
  const shipment = isObject(attributes.shipment) ? attributes.shipment : null;
  const id = shipment ? String(shipment.idShipmentMethod) : null;
  return SHIPMENT_METHODS.find((method) => method.id === id) ?? null;
}

const methodPrice = (method: ShipmentMethod, cart: CartRecord) =>
  cart.priceMode === 'GROSS_MODE' ? method.grossPrice : method.netPrice;

/** An address as the order keeps it: full fields, or a business-unit address (§11k.6). */
function resolveAddress(
  caller: Caller,
  given: unknown,
): { address: OrderAddress } | { unknownId: string } {
  const fields = isObject(given) ? given : {};
  const text = (key: string) => {
    const value = fields[key];
    return typeof value === 'string' ? value : '';
  };
  const { customer } = caller;
  const names = {
    salutation: text('salutation') || customer.salutation,
    firstName: text('firstName') || customer.firstName,
    lastName: text('lastName') || customer.lastName,
    company: text('company'),
    phone: text('phone'),
  };
  const id = fields.idCompanyBusinessUnitAddress;
  if (typeof id === 'string') {
    const companyId = caller.companyUser?.companyId;
    const found = BUSINESS_UNIT_ADDRESSES.find((a) => a.id === id && a.companyId === companyId);
    if (!found) return { unknownId: id };
    return {
      address: {
        ...names,
        address1: found.address1,
        address2: found.address2,
        address3: found.address3,
        zipCode: found.zipCode,
        city: found.city,
        iso2Code: found.iso2Code,
      },
    };
  }
  return {
    address: {
      ...names,
      address1: text('address1'),
      address2: text('address2'),
      address3: text('address3'),
      zipCode: text('zipCode'),
      city: text('city'),
      iso2Code: text('iso2Code'),
    },
  };
}

interface Delivery {
  /** One group, or one per group of a split shipment (each with its method). */
  shipments: OrderShipment[];
  billing: OrderAddress;
  /** Null for a split shipment. */
  shipping: OrderAddress | null;
}

interface Checked extends Delivery {
  view: CartView;
}

type Resolved = { address: OrderAddress } | { unknownId: string };

/** A resolved address's problems, in the request's language. */
function addressProblems(
  resolved: Resolved,
  text: { en_US: string; de_DE: string },
  locale: Locale,
) {
  if ('unknownId' in resolved) return [`Company address with ID ${resolved.unknownId} not found.`];
  const { iso2Code } = resolved.address;
  return iso2Code in COUNTRIES ? [] : [`${text[locale]}${iso2Code}`];
}

/** The item group keys no group of a split shipment carries (§11a, §11b). */
function uncoveredItems(cart: CartRecord, groups: unknown[]): string[] {
  const covered = new Set(
    groups.flatMap((group) =>
      isObject(group) && Array.isArray(group.items) ? group.items.map(String) : [],
    ),
  );
  return cart.items.map((item) => item.sku).filter((sku) => !covered.has(sku));
}

const noShipmentFor = (sku: string) => `No shipment selected for the cart item ${sku}.`;

/** Step 4 of §11.0: every data problem is its own `1102`. */
function dataProblems(
  caller: Caller,
  cart: CartRecord,
  attributes: Attributes,
  locale: Locale,
): string[] | Delivery {
  // In Glue's order: the shipment method, the billing address, the shipping address(es).
  const methods: string[] = [];
  const shippingProblems: string[] = [];
  const shipments: OrderShipment[] = [];
  const billing = resolveAddress(caller, attributes.billingAddress);
  let shipping: Resolved | null = null;
  const groups = Array.isArray(attributes.shipments) ? attributes.shipments : null;
  if (groups) {
    // A split shipment: each group its items, address and method (§11b).
    for (const group of groups) {
      const fields = isObject(group) ? group : {};
      const method = SHIPMENT_METHODS.find((m) => m.id === String(fields.idShipmentMethod));
      if (!method) methods.push(TEXTS.shipmentNotFound[locale]);
      const address = resolveAddress(caller, fields.shippingAddress);
      shippingProblems.push(...addressProblems(address, TEXTS.shippingCountry, locale));
      const items = Array.isArray(fields.items) ? fields.items.map(String) : [];
      if (method) shipments.push({ ...shipmentOf(method, cart), items });
    }
    shippingProblems.push(...uncoveredItems(cart, groups).map(noShipmentFor));
  } else {
    const method = chosenMethod(attributes);
    if (!method) methods.push(TEXTS.shipmentNotFound[locale]);
    else shipments.push({ ...shipmentOf(method, cart), items: cart.items.map((i) => i.sku) });
    shipping = resolveAddress(caller, attributes.shippingAddress);
    shippingProblems.push(...addressProblems(shipping, TEXTS.shippingCountry, locale));
  }
  const details = [
    ...methods,
    ...addressProblems(billing, TEXTS.billingCountry, locale),
    ...shippingProblems,
  ];
  const payments = Array.isArray(attributes.payments) ? attributes.payments : [];
  const payment = isObject(payments[0]) ? payments[0] : {};
  if (
    payment.paymentProviderName !== PAYMENT.providerName ||
    payment.paymentMethodName !== PAYMENT.methodName
  ) {
    details.push(TEXTS.paymentInvalid[locale]);
  }
  if (details.length > 0 || 'unknownId' in billing || (shipping && 'unknownId' in shipping)) {
    return details;
  }
  return { shipments, billing: billing.address, shipping: shipping ? shipping.address : null };
}

const shipmentOf = (method: ShipmentMethod, cart: CartRecord) => ({
  methodId: method.id,
  name: method.name,
  carrierName: method.carrierName,
  price: methodPrice(method, cart),
});

/** The grand total the placer's role is checked against: with the shipment (§11d). */
export function orderTotals(db: MockDatabase, cart: CartRecord, shipmentPrice: number) {
  const subtotal = cartSubtotal(db, cart);
  const discountTotal = cartDiscounts(cart, subtotal).reduce((sum, d) => sum + d.amount, 0);
  const grandTotal = subtotal - discountTotal + shipmentPrice;
  return {
    subtotal,
    discountTotal,
    expenseTotal: shipmentPrice,
    grandTotal,
    taxTotal: Math.round((grandTotal * 19) / 119),
    canceledTotal: 0,
    remunerationTotal: 0,
  };
}

/** The hard thresholds the cart breaks, in the request's language (§11b, §11f). */
function hardThresholds(db: MockDatabase, cart: CartRecord, locale: Locale): string[] {
  return cartThresholds(cartSubtotal(db, cart), cart.items.length)
    .filter(isHard)
    .map((t) =>
      locale === 'de_DE'
        ? (THRESHOLD_MESSAGES_DE[t.type]?.(euros(t.threshold)) ?? t.message)
        : t.message,
    );
}

/** `POST /checkout-data` (§11a): reads and validates; only a hard threshold fails it. */
export function readCheckoutData(
  db: MockDatabase,
  caller: Caller,
  attributes: Attributes,
  locale: Locale,
): { view: CartView; method: ShipmentMethod | null } | GlueFailure {
  const view = checkoutCart(db, caller, String(attributes.idCart));
  if (isFailure(view)) return view;
  const hard = hardThresholds(db, view.cart, locale);
  if (hard.length > 0) return checkoutFail('1101', hard);
  // A split shipment that leaves an item out (§11a).
  if (Array.isArray(attributes.shipments)) {
    const missing = uncoveredItems(view.cart, attributes.shipments);
    if (missing.length > 0) return checkoutFail('1101', missing.map(noShipmentFor));
  }
  const method = chosenMethod(attributes);
  return { view, method: method && view.cart.items.length > 0 ? method : null };
}

/** Steps 3–5 of §11.0, then the order. */
function checkOrder(
  db: MockDatabase,
  caller: Caller,
  attributes: Attributes,
  locale: Locale,
): Checked | GlueFailure {
  const view = checkoutCart(db, caller, String(attributes.idCart));
  if (isFailure(view)) return view;
  if (view.cart.items.length === 0) return fail('1104');
  const data = dataProblems(caller, view.cart, attributes, locale);
  if (Array.isArray(data)) return checkoutFail('1102', data);
  const preconditions = hardThresholds(db, view.cart, locale);
  const { limit } = roleOf(caller.customer.email);
  const shipping = data.shipments.reduce((sum, shipment) => sum + shipment.price, 0);
  const { grandTotal } = orderTotals(db, view.cart, shipping);
  if (limit !== null && grandTotal > limit) preconditions.push(TEXTS.purchasingLimit[locale]);
  if (preconditions.length > 0) return checkoutFail('1102', preconditions);
  return { view, ...data };
}

/** The owner's first other cart by name becomes their default (§11c, §11k.8). */
function passDefaultOn(db: MockDatabase, cart: CartRecord) {
  if (!cart.isDefault) return;
  const next = [...db.carts.values()]
    .filter((c) => c.ownerReference === cart.ownerReference && c.id !== cart.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))[0];
  if (next) next.isDefault = true;
}

const nextOrderNumber = (db: MockDatabase) =>
  Math.max(
    FIRST_NEW_ORDER_NUMBER - 1,
    ...[...db.orders.keys()].map((reference) => Number(reference.replace('DE--', '')) || 0),
  ) + 1;

/** `POST /checkout` (§11b): the order, which belongs to the placer; the cart goes (§11c). */
export function placeOrder(
  db: MockDatabase,
  caller: Caller,
  attributes: Attributes,
  locale: Locale,
): OrderRecord | GlueFailure {
  const checked = checkOrder(db, caller, attributes, locale);
  if (isFailure(checked)) return checked;
  const { view, shipments, billing, shipping } = checked;
  const { cart } = view;
  const subtotal = cartSubtotal(db, cart);
  const order: OrderRecord = {
    reference: orderReference(nextOrderNumber(db)),
    customerReference: caller.customer.reference,
    createdAt: db.now(),
    currency: cart.currency,
    priceMode: cart.priceMode,
    items: cart.items.map((item) => {
      const product = db.products.get(item.sku);
      return {
        sku: item.sku,
        name: product?.name ?? item.sku,
        quantity: item.quantity,
        unitPrice: product?.unitPrice ?? 0,
      };
    }),
    discounts: cartDiscounts(cart, subtotal),
    shipments,
    billingAddress: billing,
    shippingAddress: shipping,
    payment: { provider: PAYMENT.providerName, method: 'invoice' },
  };
  db.orders.set(order.reference, order);
  db.carts.delete(cart.id);
  for (const share of sharesOfCart(db, cart.id)) db.shares.delete(share.id);
  passDefaultOn(db, cart);
  return order;
}
