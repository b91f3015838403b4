// One node builder per Glue resource type (docs/glue-api.md §3) with the relationships
// the server can include. `links.self` is `{base}/{type}/{id}`; shares are never
// nested under /carts, items are (as on the real server).
import type { MockDatabase } from '../db/database';
import type {
  AbstractProductRecord,
  CartItemRecord,
  CartRecord,
  CompanyUserRecord,
  PermissionGroupRecord,
  ProductRecord,
  ShareRecord,
} from '../db/records';
import type { Caller, TokenPair } from '../rules/auth';
import { type CartView, sharesOfCart } from '../rules/cart-access';
import { type Suggestions, abstractPrice, productUrl, variantsOf } from '../rules/catalog';
import { type Discount, cartDiscounts } from '../rules/discounts';
import { cartThresholds } from '../rules/thresholds';
import { UNCALCULATED_TOTALS, cartSubtotal, cartTotals, itemCalculations } from '../rules/totals';
import type { ResourceNode } from './resource-graph';

export interface NodeContext {
  db: MockDatabase;
  base: string;
  caller: Caller | null;
}

const defined = <T>(value: T | undefined | null): value is T => value != null;

export function permissionGroupNode(ctx: NodeContext, group: PermissionGroupRecord): ResourceNode {
  return {
    type: 'cart-permission-groups',
    id: group.id,
    attributes: { name: group.name, isDefault: group.isDefault },
    self: `${ctx.base}/cart-permission-groups/${group.id}`,
  };
}

export function productNode(ctx: NodeContext, product: ProductRecord): ResourceNode {
  return {
    type: 'concrete-products',
    id: product.sku,
    attributes: { sku: product.sku, name: product.name, description: product.description },
    self: `${ctx.base}/concrete-products/${product.sku}`,
  };
}

export function abstractProductNode(
  ctx: NodeContext,
  product: AbstractProductRecord,
): ResourceNode {
  const variants = variantsOf(ctx.db, product.sku);
  return {
    type: 'abstract-products',
    id: product.sku,
    attributes: {
      sku: product.sku,
      name: product.name,
      description: product.description,
      attributes: {},
      superAttributes: {},
      averageRating: null,
      reviewCount: 0,
      metaKeywords: '',
      metaDescription: '',
      attributeMap: {
        product_concrete_ids: variants.map((p) => p.sku),
        super_attributes: {},
        attribute_variants: {},
        attribute_variant_map: {},
      },
    },
    self: `${ctx.base}/abstract-products/${product.sku}`,
    related: { 'concrete-products': () => variants.map((p) => productNode(ctx, p)) },
  };
}

/** The one resource of a search answer: `id` null and no links (§4a). */
export function suggestionsNode(ctx: NodeContext, found: Suggestions): ResourceNode {
  return {
    type: 'catalog-search-suggestions',
    id: null,
    attributes: {
      completion: found.completion,
      abstractProducts: found.products.map((p) => ({
        abstractSku: p.sku,
        abstractName: p.name,
        price: abstractPrice(ctx.db, p.sku),
        url: productUrl(p.name),
        images: [],
      })),
      categories: [],
      cmsPages: [],
      categoryCollection: [],
      cmsPageCollection: [],
    },
    related: { 'abstract-products': () => found.products.map((p) => abstractProductNode(ctx, p)) },
  };
}

export function companyUserNode(ctx: NodeContext, companyUser: CompanyUserRecord): ResourceNode {
  return {
    type: 'company-users',
    id: companyUser.id,
    attributes: { isActive: companyUser.isActive, isDefault: companyUser.isDefault },
    self: `${ctx.base}/company-users/${companyUser.id}`,
    related: {
      customers: () => {
        const customer = ctx.db.customers.get(companyUser.customerReference);
        return customer
          ? [
              {
                type: 'customers',
                id: customer.reference,
                attributes: {
                  salutation: customer.salutation,
                  firstName: customer.firstName,
                  lastName: customer.lastName,
                  email: customer.email,
                },
                self: `${ctx.base}/customers/${customer.reference}`,
              },
            ]
          : [];
      },
      companies: () => {
        const company = ctx.db.companies.get(companyUser.companyId);
        return company
          ? [
              {
                type: 'companies',
                id: company.id,
                attributes: { name: company.name, isActive: company.isActive },
                self: `${ctx.base}/companies/${company.id}`,
              },
            ]
          : [];
      },
    },
  };
}

export function shareNode(ctx: NodeContext, share: ShareRecord): ResourceNode {
  return {
    type: 'shared-carts',
    id: share.id,
    attributes: {
      idCompanyUser: share.companyUserId,
      idCartPermissionGroup: Number(share.permissionGroupId),
    },
    self: `${ctx.base}/shared-carts/${share.id}`,
    related: {
      'company-users': () =>
        [ctx.db.companyUsers.get(share.companyUserId)]
          .filter(defined)
          .map((cu) => companyUserNode(ctx, cu)),
      'cart-permission-groups': () =>
        [ctx.db.permissionGroups.get(share.permissionGroupId)]
          .filter(defined)
          .map((g) => permissionGroupNode(ctx, g)),
    },
  };
}

function itemNode(ctx: NodeContext, cart: CartRecord, item: CartItemRecord): ResourceNode {
  return {
    type: 'items',
    id: item.sku,
    attributes: {
      sku: item.sku,
      quantity: item.quantity,
      groupKey: item.sku,
      abstractSku: ctx.db.products.get(item.sku)?.abstractSku ?? item.sku,
      amount: null,
      salesUnit: null,
      calculations: itemCalculations(ctx.db, item, cart.priceMode),
      selectedProductOptions: [],
    },
    self: `${ctx.base}/carts/${cart.id}/items/${item.sku}`,
    related: {
      'concrete-products': () =>
        [ctx.db.products.get(item.sku)].filter(defined).map((p) => productNode(ctx, p)),
    },
  };
}

/** One applied voucher (`include=vouchers`, §11g): its id is its code. */
function voucherNode(ctx: NodeContext, cart: CartRecord, discount: Discount): ResourceNode {
  return {
    type: 'vouchers',
    id: discount.code,
    attributes: {
      amount: discount.amount,
      code: discount.code,
      discountType: 'voucher',
      displayName: discount.displayName,
      isExclusive: false,
      expirationDateTime: null,
      discountPromotionAbstractSku: null,
      discountPromotionQuantity: null,
    },
    self: `${ctx.base}/carts/${cart.id}/vouchers/${discount.code ?? ''}`,
  };
}

interface CartNodeOptions {
  /** The answer to `POST /carts`, whose totals Glue sends as null (§3). */
  uncalculated?: boolean;
  /** In `GET /carts`, which reads carts without expanders: no thresholds (§11f). */
  listed?: boolean;
}

export function cartNode(
  ctx: NodeContext,
  view: CartView,
  { uncalculated = false, listed = false }: CartNodeOptions = {},
): ResourceNode {
  const { cart } = view;
  const subtotal = cartSubtotal(ctx.db, cart);
  const discounts = cartDiscounts(cart, subtotal);
  return {
    type: 'carts',
    id: cart.id,
    attributes: {
      name: cart.name,
      priceMode: cart.priceMode,
      currency: cart.currency,
      store: cart.store,
      // On a cart shared with the caller, the caller's own flag for that share (rev 3).
      isDefault: view.share ? false : cart.isDefault,
      discounts: uncalculated ? [] : discounts,
      thresholds: uncalculated || listed ? [] : cartThresholds(subtotal, cart.items.length),
      amendmentOrderReference: null,
      totals: uncalculated ? UNCALCULATED_TOTALS : cartTotals(ctx.db, cart),
    },
    self: `${ctx.base}/carts/${cart.id}`,
    related: {
      items: () => cart.items.map((item) => itemNode(ctx, cart, item)),
      vouchers: () =>
        discounts.filter((d) => d.code !== null).map((d) => voucherNode(ctx, cart, d)),
      'shared-carts': () => sharesOfCart(ctx.db, cart.id).map((share) => shareNode(ctx, share)),
      // The caller's own group on a cart shared with them; absent on their own carts.
      'cart-permission-groups': () =>
        [view.share ? ctx.db.permissionGroups.get(view.share.permissionGroupId) : undefined]
          .filter(defined)
          .map((g) => permissionGroupNode(ctx, g)),
    },
  };
}

export function tokenNode(ctx: NodeContext, type: string, pair: TokenPair): ResourceNode {
  return { type, id: null, attributes: { ...pair }, self: `${ctx.base}/${type}` };
}
