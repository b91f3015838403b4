// Cart mutations own their cache work: the server's answer replaces the cached cart,
// lists are refetched, a quantity change is optimistic and rolled back on failure.
// The calling component owns what the user sees (messages, focus, navigation). A write
// that runs out of time is checked against the cart before it counts as failed
// (checked-writes.ts).
import {
  type QueryClient,
  useIsMutating,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { isGlueError } from '../../lib/json-api/glue-error';
import type { Cart } from './cart-model';
import { cartQueries } from './cart-queries';
import { cartBasics } from './cart-defaults';
import type { ItemAddInput } from '../../contract/cart-schemas';
import { addVoucher, createCart, removeVoucher } from './carts-api';
import {
  addItemChecked,
  changeQuantityChecked,
  deleteCartChecked,
  removeItemChecked,
  renameCartChecked,
} from './checked-writes';

function afterWrite(queryClient: QueryClient, cartId: string, error: unknown) {
  // After a refused write the cached cart may be out of date: 115, the owner has just
  // made it read-only for this person (reload it: the edit controls go); 101, it was
  // deleted or no longer shared (reloading shows "not found"). The lists are refetched
  // after every write.
  if (isGlueError(error, '115') || isGlueError(error, '101')) {
    void queryClient.invalidateQueries({ queryKey: cartQueries.detail(cartId).queryKey });
  }
  void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
}

/**
 * Puts Glue's answer into the cache. A refetch already in flight started before the
 * write and would bring the old cart back: it is cancelled first.
 */
export async function replaceCachedCart(queryClient: QueryClient, cart: Cart) {
  const { queryKey } = cartQueries.detail(cart.id);
  await queryClient.cancelQueries({ queryKey });
  queryClient.setQueryData(queryKey, cart);
}

/**
 * Every write to one cart has a mutation key under the cart's query key, so "is the user
 * writing to this cart?" is one question (the live check waits for the answer).
 */
export const cartWriteKey = (cartId: string, write: string) => [
  ...cartQueries.detail(cartId).queryKey,
  write,
];

/** Whether one of the user's own writes to the cart is under way. */
export const isWritingTo = (queryClient: QueryClient, cartId: string): boolean =>
  queryClient.isMutating({ mutationKey: cartQueries.detail(cartId).queryKey }) > 0;

/** The same, as a hook: re-renders when such a write starts or ends. */
export const useIsWritingTo = (cartId: string): boolean =>
  useIsMutating({ mutationKey: cartQueries.detail(cartId).queryKey }) > 0;

/** The created cart, and whether Glue had to change the name to make it unique. */
export interface CreatedCart {
  cart: Cart;
  requestedName: string;
}

export function useCreateCart() {
  const queryClient = useQueryClient();
  return useMutation({
    async mutationFn({ name }: { name: string }): Promise<CreatedCart> {
      // The user's own carts say which price mode, currency and store a new one takes.
      const carts = await queryClient
        .query({ ...cartQueries.list(), staleTime: 'static' })
        .catch(() => undefined);
      const cart = await createCart({ name, ...cartBasics(carts) });
      return { cart, requestedName: name };
    },
    async onSuccess({ cart }) {
      await replaceCachedCart(queryClient, cart);
      // The new cart is the default now: every cached cart may have changed (and the
      // POST answer has no totals yet), so all are refetched when next shown.
      await queryClient.invalidateQueries({ queryKey: cartQueries.all });
    },
  });
}

export function useRenameCart(cartId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = cartQueries.detail(cartId);
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'rename'),
    async mutationFn({ name }: { name: string }) {
      // The tag of the cart as the user sees it now: after a conflict, the fresh one.
      const before = queryClient.getQueryData(queryKey);
      try {
        return await renameCartChecked(cartId, name, before?.etag ?? null, before);
      } catch (error) {
        // 412: a colleague changed the cart. Load it as it is now (with its new tag)
        // before the user decides, so "save again" is one click.
        if (isGlueError(error, '006')) {
          await queryClient.query({ ...cartQueries.detail(cartId), staleTime: 0 });
        }
        throw error;
      }
    },
    async onSuccess(cart) {
      await replaceCachedCart(queryClient, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

export function useDeleteCart(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'delete'),
    mutationFn: () => deleteCartChecked(cartId),
    onSuccess() {
      queryClient.removeQueries({ queryKey: cartQueries.detail(cartId).queryKey });
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

export function useAddItem(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'add'),
    mutationFn: (input: ItemAddInput) =>
      addItemChecked(cartId, input, queryClient.getQueryData(cartQueries.detail(cartId).queryKey)),
    async onSuccess(cart) {
      await replaceCachedCart(queryClient, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

/** The cart as it looks with one quantity changed, until Glue answers. */
export function withQuantity(cart: Cart, itemId: string, quantity: number): Cart {
  let delta = 0;
  const items = cart.items.map((item) => {
    if (item.id !== itemId) return item;
    const sumPrice = item.unitPrice * quantity;
    delta = sumPrice - item.sumPrice;
    return { ...item, quantity, sumPrice };
  });
  const { totals } = cart;
  return {
    ...cart,
    items,
    totals: totals && {
      ...totals,
      subtotal: totals.subtotal + delta,
      grandTotal: totals.grandTotal + delta,
    },
  };
}

/** Every quantity change of one cart, to count the ones still under way. */
const quantityKey = (cartId: string) => cartWriteKey(cartId, 'quantity');

/**
 * Quantity changes show at once and go to Glue one after another per cart (a mutation
 * scope), so an older answer can never overtake a newer one. A failure undoes only its
 * own change; Glue's answer replaces the cart only when no later change is waiting (it
 * would lack them), and after a failure the last one to settle reloads the cart.
 */
export function useChangeQuantity(
  cartId: string,
  { onFailure }: { onFailure?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  const { queryKey } = cartQueries.detail(cartId);
  const mutationKey = quantityKey(cartId);
  // This mutation is still pending while its callbacks run: 1 means "no one else".
  const isLast = () => queryClient.isMutating({ mutationKey }) <= 1;
  return useMutation({
    mutationKey,
    scope: { id: mutationKey.join('/') },
    mutationFn: ({ itemId, quantity }: { itemId: string; quantity: number }) =>
      changeQuantityChecked(cartId, itemId, quantity),
    async onMutate({ itemId, quantity }) {
      await queryClient.cancelQueries({ queryKey });
      const current = queryClient.getQueryData(queryKey);
      const before = current?.items.find((item) => item.id === itemId)?.quantity;
      if (current) queryClient.setQueryData(queryKey, withQuantity(current, itemId, quantity));
      return { before };
    },
    onError(error, { itemId, quantity }, context) {
      const current = queryClient.getQueryData(queryKey);
      const shown = current?.items.find((item) => item.id === itemId)?.quantity;
      // Undo this change only, and only if no later change to the row replaced it.
      if (current && context?.before !== undefined && shown === quantity) {
        queryClient.setQueryData(queryKey, withQuantity(current, itemId, context.before));
      }
      onFailure?.(error);
    },
    async onSettled(cart, error) {
      if (isLast()) {
        if (cart) {
          await replaceCachedCart(queryClient, cart);
        } else {
          await queryClient.invalidateQueries({ queryKey });
        }
      }
      afterWrite(queryClient, cartId, error);
    },
  });
}

/**
 * Removing shows at once (Glue answers 204, no cart), and comes back with the reason if
 * Glue refuses; the cart is reloaded afterwards for its totals.
 */
export function useRemoveItem(cartId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = cartQueries.detail(cartId);
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'remove'),
    mutationFn: (itemId: string) => removeItemChecked(cartId, itemId),
    async onMutate(itemId) {
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData(queryKey);
      if (before) {
        queryClient.setQueryData(queryKey, {
          ...before,
          items: before.items.filter((item) => item.id !== itemId),
        });
      }
      return { before };
    },
    onError(_error, _itemId, context) {
      if (context?.before) queryClient.setQueryData(queryKey, context.before);
    },
    onSettled(_data, error) {
      void queryClient.invalidateQueries({ queryKey });
      afterWrite(queryClient, cartId, error);
    },
  });
}

/** A voucher code on the user's own cart; the answer is the cart with its discounts. */
export function useAddVoucher(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'voucher-add'),
    mutationFn: (code: string) => addVoucher(cartId, code),
    async onSuccess(cart) {
      await replaceCachedCart(queryClient, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

/** Removing a code answers 204: the cart is read again for its totals. */
export function useRemoveVoucher(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: cartWriteKey(cartId, 'voucher-remove'),
    mutationFn: (code: string) => removeVoucher(cartId, code),
    async onSettled(_data, error) {
      await queryClient.invalidateQueries({ queryKey: cartQueries.detail(cartId).queryKey });
      afterWrite(queryClient, cartId, error);
    },
  });
}
