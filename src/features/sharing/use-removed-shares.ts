// Removing a share, and the memory that makes it undoable: from the toast, and — with
// no time limit (WCAG 2.2.1) — from the list, where the person stays as "Removed · Share
// again" while the page is open.
import { useState } from 'react';
import type { CartShare } from '../carts/public';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useToast } from '../../ui/toast';
import type { WriteFailure } from '../../ui/write-error';
import { useShareCart, useUnshare } from './sharing-mutations';

/** Someone whose share was removed on this page, with what it takes to share again. */
export interface RemovedShare {
  companyUserId: string;
  person: { name: string; email: string };
  groupId: string | null;
}

interface Options {
  cartId: string;
  shares: CartShare[];
  setFailure: (failure: WriteFailure | null) => void;
  onRemoved: () => void;
}

export function useRemovedShares({ cartId, shares, setFailure, onRemoved }: Options) {
  const unshare = useUnshare(cartId);
  const reshare = useShareCart(cartId);
  const toast = useToast();
  const { t } = useI18n();
  const [removed, setRemoved] = useState<RemovedShare[]>([]);
  // Shared again (here or from the share form): no longer "removed".
  const sharedIds = new Set(shares.map((share) => share.companyUserId));
  const stillRemoved = removed.filter((r) => !sharedIds.has(r.companyUserId));

  function shareAgain({ companyUserId, person, groupId }: RemovedShare) {
    if (!groupId) return;
    setFailure(null);
    reshare.mutate(
      { companyUserId, groupId },
      {
        onSuccess: () => {
          setRemoved((current) => current.filter((r) => r.companyUserId !== companyUserId));
          toast({ message: t('sharing.sharedAgain', { name: person.name }) });
        },
        onError: (e) => {
          setFailure({ error: e, say: (reason) => t('sharing.undoFailed', { reason }) });
        },
      },
    );
  }

  function remove(shareId: string, gone: RemovedShare) {
    setFailure(null);
    unshare.mutate(shareId, {
      onSuccess() {
        setRemoved((current) => [
          ...current.filter((r) => r.companyUserId !== gone.companyUserId),
          gone,
        ]);
        onRemoved();
        toast({
          message: t('sharing.removed', { name: gone.person.name }),
          action: gone.groupId
            ? {
                label: t('sharing.undo'),
                onAction() {
                  shareAgain(gone);
                },
              }
            : undefined,
        });
      },
      onError(e) {
        setFailure({
          error: e,
          say: (reason) => t('sharing.stillHasAccess', { name: gone.person.name, reason }),
        });
      },
    });
  }

  return { stillRemoved, remove, shareAgain, sharingAgain: reshare.isPending };
}
