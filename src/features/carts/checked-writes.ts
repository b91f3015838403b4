// A cart write that ran out of time may still have happened: Glue has no idempotency
// keys, and the answer may have been lost after the cart changed. Saying "not saved"
// then would be wrong, and retrying would add the items twice. So the cart is read
// again, and what it holds says: done (the cart as it is now is the answer), or not done
// (TimeoutError with `checked`: "not saved, try again"). When even that read fails,
// the first error stands: "may or may not have been saved".
import { isGlueError, TimeoutError } from '../../lib/json-api/glue-error';
import type { ItemAddInput } from '../../contract/cart-schemas';
import type { Cart } from './cart-model';
import {
  addItem,
  changeQuantity,
  deleteCart,
  fetchCart,
  removeItem,
  renameCart,
} from './carts-api';

/** null: Glue says the cart is not there (404 `101`). */
type Outcome<T> = (now: Cart | null) => { done: true; value: T } | { done: false };

async function checked<T>(
  cartId: string,
  write: () => Promise<T>,
  outcome: Outcome<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    let now: Cart | null;
    try {
      now = await fetchCart(cartId);
    } catch (readError) {
      if (!isGlueError(readError, '101')) throw error;
      now = null;
    }
    const found = outcome(now);
    if (found.done) return found.value;
    throw new TimeoutError(error.limitMs, true, true);
  }
}

const quantityOf = (cart: Cart | null | undefined, sku: string) =>
  cart?.items.find((item) => item.sku === sku)?.quantity ?? 0;

/** `before`: the cart as it was when the item was sent (its quantity of the SKU counts). */
export const addItemChecked = (cartId: string, input: ItemAddInput, before: Cart | undefined) =>
  checked<Cart>(
    cartId,
    () => addItem(cartId, input),
    (now) =>
      now && quantityOf(now, input.sku) === quantityOf(before, input.sku) + input.quantity
        ? { done: true, value: now }
        : { done: false },
  );

export const changeQuantityChecked = (cartId: string, itemId: string, quantity: number) =>
  checked<Cart>(
    cartId,
    () => changeQuantity(cartId, itemId, quantity),
    (now) =>
      now?.items.find((item) => item.id === itemId)?.quantity === quantity
        ? { done: true, value: now }
        : { done: false },
  );

export const removeItemChecked = (cartId: string, itemId: string) =>
  checked(
    cartId,
    () => removeItem(cartId, itemId),
    (now) =>
      now && !now.items.some((item) => item.id === itemId)
        ? { done: true, value: undefined }
        : { done: false },
  );

/** Glue may have made the name unique (`name 1`): that counts as done too. */
export const renameCartChecked = (
  cartId: string,
  name: string,
  etag: string | null,
  before: Cart | undefined,
) =>
  checked<Cart>(
    cartId,
    () => renameCart(cartId, name, etag),
    (now) =>
      now && now.name !== before?.name && (now.name === name || now.name.startsWith(`${name} `))
        ? { done: true, value: now }
        : { done: false },
  );

export const deleteCartChecked = (cartId: string) =>
  checked(
    cartId,
    () => deleteCart(cartId),
    (now) => (now === null ? { done: true, value: undefined } : { done: false }),
  );
