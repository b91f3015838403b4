// Glue's ordering endpoints (docs/glue-api.md §11): what the order form needs, placing the
// order, and the user's orders. The payment is the one B2B has: Invoice of DummyPayment.
import { glue } from '../../lib/glue/client';
import { attributesOf, readResources } from '../../lib/json-api/resource-reader';
import { z } from 'zod/mini';
import {
  type BusinessUnitAddress,
  type Buyer,
  type CheckoutData,
  type Order,
  toCheckoutData,
  toOrder,
} from './order-model';

/** The order form's one request: methods come only through shipments (§11a). */
const CHECKOUT_DATA_INCLUDE = [
  'shipments',
  'shipment-methods',
  'company-business-unit-addresses',
  'payment-methods',
];

export async function fetchCheckoutData(
  cartId: string,
  signal?: AbortSignal,
): Promise<CheckoutData> {
  const document = await glue.one('POST', '/checkout-data', {
    signal,
    query: { include: CHECKOUT_DATA_INCLUDE },
    body: { type: 'checkout-data', attributes: { idCart: cartId } },
  });
  return toCheckoutData(readResources(document), document.data);
}

export interface OrderInput {
  cartId: string;
  methodId: string;
  address: BusinessUnitAddress;
  buyer: Buyer;
}

/** The robot suite's shape (§11b): full address fields, names from the buyer. */
function orderAttributes({ cartId, methodId, address, buyer }: OrderInput) {
  const postal = {
    salutation: buyer.salutation,
    firstName: buyer.firstName,
    lastName: buyer.lastName,
    address1: address.address1,
    address2: address.address2,
    address3: address.address3,
    zipCode: address.zipCode,
    city: address.city,
    iso2Code: address.iso2Code,
    company: buyer.company,
  };
  return {
    idCart: cartId,
    customer: {
      salutation: buyer.salutation,
      email: buyer.email,
      firstName: buyer.firstName,
      lastName: buyer.lastName,
    },
    billingAddress: postal,
    shippingAddress: postal,
    payments: [{ paymentProviderName: 'DummyPayment', paymentMethodName: 'Invoice' }],
    shipment: { idShipmentMethod: Number(methodId) },
  };
}

/** Places the order; the answer includes it in full (`include=orders`). */
export async function placeOrder(input: OrderInput): Promise<Order> {
  const document = await glue.one('POST', '/checkout', {
    query: { include: ['orders'] },
    body: { type: 'checkout', attributes: orderAttributes(input) },
  });
  const reader = readResources(document);
  const order = reader.related(document.data, 'orders')[0];
  const reference = attributesOf(
    document.data,
    z.object({ orderReference: z.string() }),
  ).orderReference;
  return order ? toOrder(order) : fetchOrder(reference);
}

export interface OrderPage {
  orders: Order[];
  hasNext: boolean;
  /** The offset of the last page, from Glue's `last` link (Glue gives no count). */
  lastOffset: number;
}

const offsetOf = (link: string | undefined) =>
  Number(/page\[offset\]=(\d+)/.exec(decodeURIComponent(link ?? ''))?.[1] ?? 0);

/** The user's orders, newest first, one page. */
export async function fetchOrders(offset: number, limit: number, signal?: AbortSignal) {
  const document = await glue.many('/orders', {
    signal,
    query: { sort: '-createdAt', 'page[offset]': String(offset), 'page[limit]': String(limit) },
  });
  const { links } = document;
  return {
    orders: document.data.map(toOrder),
    hasNext: links.next !== undefined,
    lastOffset: offsetOf(links.last),
  } satisfies OrderPage;
}

export async function fetchOrder(reference: string, signal?: AbortSignal): Promise<Order> {
  const document = await glue.one('GET', `/orders/${encodeURIComponent(reference)}`, { signal });
  return toOrder(document.data);
}
