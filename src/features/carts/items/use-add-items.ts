// Adding a list of items: one after another with progress; the cart on screen follows
// Glue's last answer. Its mutation key is the cart's, so the live check waits for it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { cartQueries } from '../cart-queries';
import { cartWriteKey, replaceCachedCart } from '../cart-mutations';
import { addItemsInOrder } from './add-items';
import type { ReadItemLine } from './item-lines';

export function useAddItems(cartId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationKey: cartWriteKey(cartId, 'items'),
    async mutationFn(lines: ReadItemLine[]) {
      setProgress({ done: 0, total: lines.length });
      const before = queryClient.getQueryData(cartQueries.detail(cartId).queryKey);
      return addItemsInOrder(
        cartId,
        lines,
        (done, total) => {
          setProgress({ done, total });
        },
        before,
      );
    },
    async onSuccess({ cart }) {
      if (cart) await replaceCachedCart(queryClient, cart);
    },
    onSettled() {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
    },
  });
  return { ...mutation, progress };
}
