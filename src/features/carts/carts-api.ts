// The cart endpoints of Glue. Each page is one request: includes instead of waterfalls.
import { glue } from '../../lib/glue';
import { readResources } from '../../lib/json-api/resource-reader';
import type { CartCreateInput, CartUpdateInput, ItemAddInput } from './cart-schemas';
import { type Cart, type CartSummary, toCart, toCartSummary } from './cart-model';

const LIST_INCLUDE = ['items', 'shared-carts', 'cart-permission-groups'];
const DETAIL_INCLUDE = [
  'items',
  'concrete-products',
  'shared-carts',
  'company-users',
  'customers',
  'cart-permission-groups',
];

export async function fetchCarts(signal?: AbortSignal): Promise<CartSummary[]> {
  const document = await glue.many('/carts', { signal, query: { include: LIST_INCLUDE } });
  const reader = readResources(document);
  return document.data.map((cart) => toCartSummary(reader, cart));
}

const cartPath = (id: string) => `/carts/${encodeURIComponent(id)}`;

export async function fetchCart(id: string, signal?: AbortSignal): Promise<Cart> {
  const document = await glue.one('GET', cartPath(id), {
    signal,
    query: { include: DETAIL_INCLUDE },
  });
  return toCart(readResources(document), document.data);
}

/** Item and cart writes answer the whole cart: it replaces the cached one. */
async function cartAnswer(promise: ReturnType<typeof glue.one>): Promise<Cart> {
  const document = await promise;
  return toCart(readResources(document), document.data);
}

export const createCart = (input: CartCreateInput) =>
  cartAnswer(glue.one('POST', '/carts', { body: { type: 'carts', attributes: input } }));

export const renameCart = (id: string, input: CartUpdateInput) =>
  cartAnswer(
    glue.one('PATCH', cartPath(id), {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'carts', attributes: input },
    }),
  );

export const deleteCart = (id: string) => glue.none('DELETE', cartPath(id));

export const addItem = (cartId: string, input: ItemAddInput) =>
  cartAnswer(
    glue.one('POST', `${cartPath(cartId)}/items`, {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'items', attributes: input },
    }),
  );

export const changeQuantity = (cartId: string, sku: string, quantity: number) =>
  cartAnswer(
    glue.one('PATCH', `${cartPath(cartId)}/items/${encodeURIComponent(sku)}`, {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'items', attributes: { quantity } },
    }),
  );

export const removeItem = (cartId: string, sku: string) =>
  glue.none('DELETE', `${cartPath(cartId)}/items/${encodeURIComponent(sku)}`);
