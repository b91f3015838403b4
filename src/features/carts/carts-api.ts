// The cart endpoints of Glue. Each page is one request (cart-requests.ts).
// Every answer whose data is one cart carries its entity tag; it travels with the
// cached cart so a rename can send it back as If-Match (docs/glue-api.md §6a).
import { glue } from '../../lib/glue/client';
import { readResources } from '../../lib/json-api/resource-reader';
import type { CartCreateInput, ItemAddInput } from '../../contract/cart-schemas';
import { type Cart, type CartSummary, toCart, toCartSummary } from './cart-model';
import { DETAIL_INCLUDE, LIST_REQUEST } from './requests';

export async function fetchCarts(signal?: AbortSignal): Promise<CartSummary[]> {
  const document = await glue.many(LIST_REQUEST.path, { signal, query: LIST_REQUEST.query });
  const reader = readResources(document);
  return document.data.map((cart) => toCartSummary(reader, cart));
}

const cartPath = (id: string) => `/carts/${encodeURIComponent(id)}`;
const itemPath = (cartId: string, itemId: string) =>
  `${cartPath(cartId)}/items/${encodeURIComponent(itemId)}`;

/** A request answering one cart: the cart with its tag. */
async function cartAnswer(promise: ReturnType<typeof glue.tagged>): Promise<Cart> {
  const { document, etag } = await promise;
  return toCart(readResources(document), document.data, etag);
}

export const fetchCart = (id: string, signal?: AbortSignal): Promise<Cart> =>
  cartAnswer(glue.tagged('GET', cartPath(id), { signal, query: { include: DETAIL_INCLUDE } }));

export const createCart = (input: CartCreateInput) =>
  cartAnswer(glue.tagged('POST', '/carts', { body: { type: 'carts', attributes: input } }));

/** Needs the tag of the cart as the user saw it; a stale one is refused with 412 `006`. */
export const renameCart = (id: string, name: string, etag: string | null) =>
  cartAnswer(
    glue.tagged('PATCH', cartPath(id), {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'carts', attributes: { name } },
      ifMatch: etag,
    }),
  );

export const deleteCart = (id: string) => glue.none('DELETE', cartPath(id));

export const addItem = (cartId: string, input: ItemAddInput) =>
  cartAnswer(
    glue.tagged('POST', `${cartPath(cartId)}/items`, {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'items', attributes: input },
    }),
  );

export const changeQuantity = (cartId: string, itemId: string, quantity: number) =>
  cartAnswer(
    glue.tagged('PATCH', itemPath(cartId, itemId), {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'items', attributes: { quantity } },
    }),
  );

export const removeItem = (cartId: string, itemId: string) =>
  glue.none('DELETE', itemPath(cartId, itemId));

/** A voucher code on the owner's cart (docs/glue-api.md §11g): answered by the cart. */
export const addVoucher = (cartId: string, code: string) =>
  cartAnswer(
    glue.tagged('POST', `${cartPath(cartId)}/vouchers`, {
      query: { include: DETAIL_INCLUDE },
      body: { type: 'vouchers', attributes: { code } },
    }),
  );

export const removeVoucher = (cartId: string, code: string) =>
  glue.none('DELETE', `${cartPath(cartId)}/vouchers/${encodeURIComponent(code)}`);
