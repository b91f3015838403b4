// "Copy to my carts": anyone who can read a cart — above all a read-only recipient who
// wants to order the same things — gets a cart of their own with its items. Glue has
// no copy endpoint, so it is one `POST /carts` and one `POST …/items` per item, in
// order. An item that fails (a product gone, a quantity refused) does not stop the
// others: the copy keeps what could be added and says what could not, and why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CART_NAME_MAX_LENGTH } from '../../../contract/cart-schemas';
import type { Cart, CartItem } from '../cart-model';
import { cartQueries } from '../cart-queries';
import { createCart } from '../carts-api';
import { addItemsInOrder } from '../items/add-items';
import { replaceCachedCart } from '../cart-mutations';

/** "Copy of …" cut to Glue's 30 characters (code points, as Glue counts them). */
export function copyName(prefixed: string): string {
  const characters = Array.from(prefixed);
  return characters.length <= CART_NAME_MAX_LENGTH
    ? prefixed
    : characters.slice(0, CART_NAME_MAX_LENGTH).join('').trimEnd();
}

export interface CopyFailure {
  item: CartItem;
  error: unknown;
}

export interface CopiedCart {
  cart: Cart;
  requestedName: string;
  failures: CopyFailure[];
}

export interface CopyProgress {
  done: number;
  total: number;
}

export function useCopyCart() {
  const queryClient = useQueryClient();
  // Null until the new cart exists; then how many items have been tried.
  const [progress, setProgress] = useState<CopyProgress | null>(null);
  const mutation = useMutation({
    async mutationFn({ source, name }: { source: Cart; name: string }): Promise<CopiedCart> {
      // Same price mode, currency and store as the original: the same prices.
      const { priceMode, currency, store, items } = source;
      const created = await createCart({ name, priceMode, currency, store });
      setProgress({ done: 0, total: items.length });
      const added = await addItemsInOrder(created.id, items, (done, total) => {
        setProgress({ done, total });
      });
      return {
        cart: added.cart ?? created,
        requestedName: name,
        failures: added.failures.map(({ input, error }) => ({ item: input, error })),
      };
    },
    async onSuccess({ cart }) {
      await replaceCachedCart(queryClient, cart);
      // The copy is the user's default cart now: every cached cart may have changed.
      await queryClient.invalidateQueries({ queryKey: cartQueries.all });
    },
    onSettled() {
      setProgress(null);
    },
  });
  return { ...mutation, progress };
}
