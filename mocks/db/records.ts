// What the mock database stores. These are backend records, not wire resources:
// the http layer turns them into JSON:API documents.

export type PriceMode = 'GROSS_MODE' | 'NET_MODE';

export interface CompanyRecord {
  id: string;
  name: string;
  isActive: boolean;
}

export interface CustomerRecord {
  /** The customer reference, e.g. `DE--1`: the `customers` resource id. */
  reference: string;
  salutation: 'Mr' | 'Ms';
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

export interface CompanyUserRecord {
  id: string;
  customerReference: string;
  companyId: string;
  businessUnit: string;
  isActive: boolean;
  isDefault: boolean;
  /** The "see company users" permission of docs/glue-api.md §4. */
  canSeeCompanyUsers: boolean;
}

export interface PermissionGroupRecord {
  id: string;
  name: 'READ_ONLY' | 'FULL_ACCESS';
  isDefault: boolean;
}

/** A concrete product: what a cart holds. */
export interface ProductRecord {
  sku: string;
  name: string;
  description: string;
  /** Gross unit price in cents. */
  unitPrice: number;
  /** The abstract product it is a variant of (docs/demo-data.md, rev 3). */
  abstractSku: string;
}

/** An abstract product: what a search finds; its variants are the concrete products. */
export interface AbstractProductRecord {
  sku: string;
  name: string;
  description: string;
}

export interface CartItemRecord {
  sku: string;
  quantity: number;
}

export interface CartRecord {
  id: string;
  /** Carts belong to a customer (as in Spryker), not to one of their company users. */
  ownerReference: string;
  name: string;
  priceMode: PriceMode;
  currency: 'EUR';
  store: 'DE';
  isDefault: boolean;
  items: CartItemRecord[];
  /** Creation order, to pick the next default cart deterministically. */
  createdAt: number;
  /**
   * The entity tag Glue stored for this cart (docs/glue-api.md §6a, rev 3): written when a cart
   * is answered to a POST or PATCH (items included) or first to a GET; an item DELETE
   * leaves it as it was. Absent until the cart is first answered.
   */
  etag?: string;
  /** Voucher codes applied to the cart (docs/glue-api.md §11g), in the order added. */
  vouchers?: string[];
}

export interface ShareRecord {
  id: string;
  cartId: string;
  companyUserId: string;
  permissionGroupId: string;
}

export interface TokenRecord {
  token: string;
  customerReference: string;
  companyUserId: string | null;
  expiresAt: number;
}

/** A postal address as an order keeps it (docs/glue-api.md §11e). */
export interface OrderAddress {
  salutation: string;
  firstName: string;
  lastName: string;
  address1: string;
  address2: string;
  address3: string;
  zipCode: string;
  city: string;
  iso2Code: string;
  company: string;
  phone: string;
}

/** An address of a company business unit (§11a): no person names. */
export interface BusinessUnitAddressRecord {
  id: string;
  companyId: string;
  businessUnit: string;
  address1: string;
  address2: string;
  address3: string;
  zipCode: string;
  city: string;
  iso2Code: string;
  phone: string;
  comment: string;
}

export interface OrderItemRecord {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface OrderDiscountRecord {
  displayName: string;
  amount: number;
  code: string | null;
}

export interface OrderShipment {
  methodId: string;
  name: string;
  carrierName: string;
  price: number;
  /** The item group keys it carries. */
  items: string[];
}

/** A placed order (§11e): it belongs to the person who placed it. */
export interface OrderRecord {
  reference: string;
  customerReference: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  currency: 'EUR';
  priceMode: PriceMode;
  items: OrderItemRecord[];
  discounts: OrderDiscountRecord[];
  /** One, or one per group of items of a split shipment. */
  shipments: OrderShipment[];
  billingAddress: OrderAddress;
  /** Null for a split shipment: each group has an address of its own (§11e). */
  shippingAddress: OrderAddress | null;
  payment: { provider: string; method: string };
}
