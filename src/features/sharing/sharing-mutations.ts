// Share, change and unshare. The cart detail in the cache is the truth the panel shows:
// a permission change and a removal are optimistic and rolled back on failure.
// (Sharing uses the carts feature's public query factory to reach that cache.)
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Cart, PermissionName } from '../carts/public';
import { cartQueries } from '../carts/public';
import { shareCart, unshareCart, updateShare } from './sharing-api';

function useCartCache(cartId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = cartQueries.detail(cartId);
  return {
    queryClient,
    async edit(change: (cart: Cart) => Cart) {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, change(previous));
      return { previous };
    },
    restore(previous: Cart | undefined) {
      if (previous) queryClient.setQueryData(queryKey, previous);
    },
    refresh() {
      void queryClient.invalidateQueries({ queryKey });
      void queryClient.invalidateQueries({ queryKey: cartQueries.lists() });
    },
  };
}

export function useShareCart(cartId: string) {
  const cache = useCartCache(cartId);
  return useMutation({
    mutationFn: ({ companyUserId, groupId }: { companyUserId: string; groupId: string }) =>
      shareCart(cartId, companyUserId, groupId),
    onSettled() {
      cache.refresh();
    },
  });
}

export function useChangePermission(cartId: string) {
  const cache = useCartCache(cartId);
  return useMutation({
    mutationFn: ({
      shareId,
      groupId,
    }: {
      shareId: string;
      groupId: string;
      name: PermissionName;
    }) => updateShare(shareId, groupId),
    onMutate: ({ shareId, name }) =>
      cache.edit((cart) => ({
        ...cart,
        shares: cart.shares.map((s) => (s.id === shareId ? { ...s, permission: name } : s)),
      })),
    onError(_error, _variables, context) {
      cache.restore(context?.previous);
    },
    onSettled() {
      cache.refresh();
    },
  });
}

export function useUnshare(cartId: string) {
  const cache = useCartCache(cartId);
  return useMutation({
    mutationFn: (shareId: string) => unshareCart(shareId),
    onMutate: (shareId) =>
      cache.edit((cart) => ({ ...cart, shares: cart.shares.filter((s) => s.id !== shareId) })),
    onError(_error, _shareId, context) {
      cache.restore(context?.previous);
    },
    onSettled() {
      cache.refresh();
    },
  });
}
