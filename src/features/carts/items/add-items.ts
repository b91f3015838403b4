// Several items into one cart: Glue takes one `POST …/items` at a time, each answered by
// the whole cart (docs/glue-api.md §9), so they go one after another. A refused item does
// not stop the others; the caller learns which ones failed, and why.
import type { ItemAddInput } from '../../../contract/cart-schemas';
import type { Cart } from '../cart-model';
import { addItemChecked } from '../checked-writes';

export interface AddFailure<T> {
  input: T;
  error: unknown;
}

export interface AddedItems<T> {
  /** The cart after the last item Glue took; null when it took none. */
  cart: Cart | null;
  failures: AddFailure<T>[];
}

/** `before`: the cart as it is before the first item (a timed-out add is checked against it). */
export async function addItemsInOrder<T extends ItemAddInput>(
  cartId: string,
  inputs: readonly T[],
  onProgress: (done: number, total: number) => void,
  before?: Cart,
): Promise<AddedItems<T>> {
  let cart: Cart | null = null;
  const failures: AddFailure<T>[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      cart = await addItemChecked(
        cartId,
        { sku: input.sku, quantity: input.quantity },
        cart ?? before,
      );
    } catch (error) {
      failures.push({ input, error });
    }
    onProgress(index + 1, inputs.length);
  }
  return { cart, failures };
}
