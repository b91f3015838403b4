// The resources of ordering (docs/glue-api.md §11): checkout data with its shipments,
// shipment and payment methods and business-unit addresses; the checkout answer; orders
// (list attributes, and the detail of §11e); a cart's vouchers.
import { PAYMENT, SHIPMENT_METHODS, type ShipmentMethod } from '../db/ordering-seed';
import type { BusinessUnitAddressRecord, CartRecord, OrderRecord } from '../db/records';
import type { CartView } from '../rules/cart-access';
import { callersAddresses, countryName } from '../rules/checkout';
import { isObject } from '../rules/checkout-request';
import type { Discount } from '../rules/discounts';
import { containedTax } from '../rules/totals';
import type { ResourceNode } from './resource-graph';
import { type NodeContext, cartNode } from './resources';

const price = (method: ShipmentMethod, cart: CartRecord) =>
  cart.priceMode === 'GROSS_MODE' ? method.grossPrice : method.netPrice;

/** A selected method as checkout data and shipments show it (§11a). */
const selectedMethod = (method: ShipmentMethod, cart: CartRecord) => ({
  id: Number(method.id),
  name: method.name,
  carrierName: method.carrierName,
  price: price(method, cart),
  taxRate: null,
  deliveryTime: null,
  currencyIsoCode: cart.currency,
});

export function shipmentMethodNode(
  ctx: NodeContext,
  method: ShipmentMethod,
  cart: CartRecord,
): ResourceNode {
  return {
    type: 'shipment-methods',
    id: method.id,
    attributes: {
      name: method.name,
      carrierName: method.carrierName,
      deliveryTime: null,
      price: price(method, cart),
      currencyIsoCode: cart.currency,
    },
    self: `${ctx.base}/shipment-methods/${method.id}`,
  };
}

export function businessUnitAddressNode(
  ctx: NodeContext,
  address: BusinessUnitAddressRecord,
): ResourceNode {
  const { address1, address2, address3, zipCode, city, phone, iso2Code, comment } = address;
  return {
    type: 'company-business-unit-addresses',
    id: address.id,
    attributes: { address1, address2, address3, zipCode, city, phone, iso2Code, comment },
    self: `${ctx.base}/company-business-unit-addresses/${address.id}`,
  };
}

const paymentMethodNode = (ctx: NodeContext): ResourceNode => ({
  type: 'payment-methods',
  id: PAYMENT.id,
  attributes: {
    paymentMethodName: PAYMENT.methodName,
    paymentProviderName: PAYMENT.providerKey,
    priority: 1,
    requiredRequestData: ['paymentMethod', 'paymentProvider'],
  },
  self: `${ctx.base}/payment-methods/${PAYMENT.id}`,
});

/** `POST /checkout-data`'s answer (§11a): the lists are empty in B2B; includes carry them. */
export function checkoutDataNode(
  ctx: NodeContext,
  view: CartView,
  method: ShipmentMethod | null,
  attributes: Record<string, unknown>,
): ResourceNode {
  const { cart } = view;
  const caller = ctx.caller;
  const shipment: ResourceNode = {
    type: 'shipments',
    // One group: every item to one address (a hash of the group's items in Glue).
    id: cart.items.map((item) => item.sku).join('.') || 'empty',
    attributes: {
      items: cart.items.map((item) => item.sku),
      shippingAddress: isObject(attributes.shippingAddress) ? attributes.shippingAddress : null,
      selectedShipmentMethod: method ? selectedMethod(method, cart) : null,
      requestedDeliveryDate: null,
    },
    self: `${ctx.base}/shipments`,
    related: {
      'shipment-methods': () => SHIPMENT_METHODS.map((m) => shipmentMethodNode(ctx, m, cart)),
    },
  };
  return {
    type: 'checkout-data',
    id: null,
    attributes: {
      addresses: [],
      paymentProviders: [],
      shipmentMethods: [],
      selectedShipmentMethods: method ? [selectedMethod(method, cart)] : [],
      selectedPaymentMethods: [],
    },
    self: `${ctx.base}/checkout-data`,
    related: {
      shipments: () => (cart.items.length > 0 ? [shipment] : []),
      'payment-methods': () => [paymentMethodNode(ctx)],
      'company-business-unit-addresses': () =>
        caller ? callersAddresses(caller).map((a) => businessUnitAddressNode(ctx, a)) : [],
      addresses: () => [],
      carts: () => [cartNode(ctx, view)],
    },
  };
}

/** `createdAt` as Glue writes it: `2026-12-07 10:21:14.307061` (UTC, §11k.9). */
export const orderDate = (ms: number) =>
  `${new Date(ms).toISOString().replace('T', ' ').replace('Z', '')}000`;

export function orderTotals(order: OrderRecord) {
  const subtotal = order.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
  const discountTotal = order.discounts.reduce((sum, d) => sum + d.amount, 0);
  const expenseTotal = order.shipments.reduce((sum, shipment) => sum + shipment.price, 0);
  const grandTotal = subtotal - discountTotal + expenseTotal;
  return {
    expenseTotal,
    discountTotal,
    taxTotal: containedTax(grandTotal),
    subtotal,
    grandTotal,
    canceledTotal: 0,
    remunerationTotal: 0,
  };
}

const orderAddress = (address: OrderRecord['billingAddress']) => ({
  salutation: address.salutation,
  firstName: address.firstName,
  middleName: null,
  lastName: address.lastName,
  address1: address.address1,
  address2: address.address2,
  address3: address.address3,
  company: address.company,
  city: address.city,
  zipCode: address.zipCode,
  poBox: null,
  phone: address.phone,
  cellPhone: null,
  description: null,
  comment: null,
  email: null,
  country: countryName(address.iso2Code),
  iso2Code: address.iso2Code,
});

const calculatedDiscount = (discount: Discount, quantity = 1) => ({
  unitAmount: discount.amount,
  sumAmount: discount.amount,
  displayName: discount.displayName,
  description: discount.displayName,
  voucherCode: discount.code,
  quantity,
});

/** The detail attributes of §11e (order page, `include=orders`). */
function orderDetail(order: OrderRecord) {
  const gross = order.priceMode === 'GROSS_MODE';
  return {
    billingAddress: orderAddress(order.billingAddress),
    shippingAddress: order.shippingAddress ? orderAddress(order.shippingAddress) : null,
    items: order.items.map((item, index) => {
      const sumPrice = item.unitPrice * item.quantity;
      return {
        name: item.name,
        sku: item.sku,
        quantity: item.quantity,
        sumPrice,
        unitPrice: item.unitPrice,
        unitGrossPrice: gross ? item.unitPrice : 0,
        sumGrossPrice: gross ? sumPrice : 0,
        unitNetPrice: gross ? 0 : item.unitPrice,
        sumNetPrice: gross ? 0 : sumPrice,
        taxRate: 19,
        unitTaxAmountFullAggregation: containedTax(item.unitPrice),
        sumTaxAmountFullAggregation: containedTax(sumPrice),
        sumSubtotalAggregation: sumPrice,
        unitSubtotalAggregation: item.unitPrice,
        unitPriceToPayAggregation: item.unitPrice,
        sumPriceToPayAggregation: sumPrice,
        taxRateAverageAggregation: 19,
        refundableAmount: sumPrice,
        canceledAmount: 0,
        unitExpensePriceAggregation: 0,
        sumExpensePriceAggregation: null,
        taxAmountAfterCancellation: null,
        orderReference: null,
        uuid: `${order.reference}-${String(index + 1)}`,
        isReturnable: false,
        idShipment: Math.max(1, order.shipments.findIndex((s) => s.items.includes(item.sku)) + 1),
        bundleItemIdentifier: null,
        relatedBundleItemIdentifier: null,
        metadata: { superAttributes: [], image: null },
        salesUnit: null,
        amount: null,
        productOptions: [],
        calculatedDiscounts: [],
      };
    }),
    expenses: order.shipments.map((shipment, index) => ({
      type: 'SHIPMENT_EXPENSE_TYPE',
      name: shipment.name,
      sumPrice: shipment.price,
      unitGrossPrice: gross ? shipment.price : 0,
      sumGrossPrice: gross ? shipment.price : 0,
      taxRate: 19,
      unitNetPrice: gross ? 0 : shipment.price,
      sumNetPrice: gross ? 0 : shipment.price,
      canceledAmount: null,
      idShipment: index + 1,
      idSalesExpense: index + 1,
    })),
    payments: [
      {
        amount: orderTotals(order).grandTotal,
        paymentProvider: order.payment.provider,
        paymentMethod: order.payment.method,
      },
    ],
    // Empty for a split shipment (§11e): its groups are in the expenses and the items.
    shipments: order.shippingAddress
      ? order.shipments.map((shipment) => ({
          shipmentMethodName: shipment.name,
          carrierName: shipment.carrierName,
          deliveryTime: null,
          defaultGrossPrice: gross ? shipment.price : 0,
          defaultNetPrice: gross ? 0 : shipment.price,
          currencyIsoCode: order.currency,
        }))
      : [],
    calculatedDiscounts: Object.fromEntries(
      order.discounts.map((discount) => [discount.displayName, calculatedDiscount(discount)]),
    ),
  };
}

export function orderNode(ctx: NodeContext, order: OrderRecord, detail: boolean): ResourceNode {
  return {
    type: 'orders',
    id: order.reference,
    attributes: {
      createdAt: orderDate(order.createdAt),
      currencyIsoCode: order.currency,
      priceMode: order.priceMode,
      totals: orderTotals(order),
      ...(detail ? orderDetail(order) : {}),
    },
    self: `${ctx.base}/orders/${order.reference}`,
  };
}

/** `POST /checkout`'s answer (§11b): the order reference; `include=orders` adds the order. */
export function checkoutNode(ctx: NodeContext, order: OrderRecord): ResourceNode {
  return {
    type: 'checkout',
    id: null,
    attributes: { orderReference: order.reference, redirectUrl: null, isExternalRedirect: null },
    self: `${ctx.base}/checkout`,
    related: { orders: () => [orderNode(ctx, order, true)] },
  };
}
