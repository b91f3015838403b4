// Cart mutations own their cache work: the server's answer replaces the cached cart,
// lists are refetched, a quantity change is optimistic and rolled back on failure.
// The calling component owns what the user sees (messages, focus, navigation).
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isGlueError } from '../../lib/json-api/glue-error';
import type { Cart } from './cart-model';
import { cartQueries } from './cart-queries';
import type { CartCreateInput, CartUpdateInput, ItemAddInput } from './cart-schemas';
import {
  addItem,
  changeQuantity,
  createCart,
  deleteCart,
  removeItem,
  renameCart,
} from './carts-api';

function afterWrite(queryClient: QueryClient, cartId: string, error: unknown) {
  // 115: the owner has just made this cart read-only; show the cart as it is now.
  if (isGlueError(error, '115') || isGlueError(error, '101')) {
    void queryClient.invalidateQueries({ queryKey: cartQueries.detail(cartId).queryKey });
  }
  void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
}

export function useCreateCart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CartCreateInput) => createCart(input),
    onSuccess(cart) {
      queryClient.setQueryData(cartQueries.detail(cart.id).queryKey, cart);
      void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
    },
  });
}

export function useRenameCart(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CartUpdateInput) => renameCart(cartId, input),
    onSuccess(cart) {
      queryClient.setQueryData(cartQueries.detail(cartId).queryKey, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

export function useDeleteCart(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCart(cartId),
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
    mutationFn: (input: ItemAddInput) => addItem(cartId, input),
    onSuccess(cart) {
      queryClient.setQueryData(cartQueries.detail(cartId).queryKey, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

/** The cart as it looks with one quantity changed, until Glue answers. */
export function withQuantity(cart: Cart, sku: string, quantity: number): Cart {
  let delta = 0;
  const items = cart.items.map((item) => {
    if (item.sku !== sku) return item;
    const sumPrice = item.unitPrice * quantity;
    delta = sumPrice - item.sumPrice;
    return { ...item, quantity, sumPrice };
  });
  return {
    ...cart,
    items,
    totals: {
      ...cart.totals,
      subtotal: cart.totals.subtotal + delta,
      grandTotal: cart.totals.grandTotal + delta,
    },
  };
}

export function useChangeQuantity(cartId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = cartQueries.detail(cartId);
  return useMutation({
    mutationFn: ({ sku, quantity }: { sku: string; quantity: number }) =>
      changeQuantity(cartId, sku, quantity),
    async onMutate({ sku, quantity }) {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, withQuantity(previous, sku, quantity));
      return { previous };
    },
    onError(_error, _variables, context) {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess(cart) {
      queryClient.setQueryData(queryKey, cart);
    },
    onSettled(_data, error) {
      afterWrite(queryClient, cartId, error);
    },
  });
}

export function useRemoveItem(cartId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sku: string) => removeItem(cartId, sku),
    onSettled(_data, error) {
      void queryClient.invalidateQueries({ queryKey: cartQueries.detail(cartId).queryKey });
      afterWrite(queryClient, cartId, error);
    },
  });
}
