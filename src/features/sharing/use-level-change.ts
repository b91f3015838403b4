// Changing a share's level: the level just picked shows at once, before the optimistic
// cache update lands, and a failure rolls back (in the mutation) and says why.
import { useState } from 'react';
import type { PermissionName } from '../carts/public';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useToast } from '../../ui/toast';
import type { WriteFailure } from '../../ui/write-error';
import { useChangePermission } from './sharing-mutations';

export function useLevelChange(cartId: string, setFailure: (failure: WriteFailure | null) => void) {
  const change = useChangePermission(cartId);
  const toast = useToast();
  const { t } = useI18n();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const unpick = (shareId: string) => {
    setPicked((current) =>
      Object.fromEntries(Object.entries(current).filter(([id]) => id !== shareId)),
    );
  };

  function changeLevel(shareId: string, personName: string, groupId: string, name: PermissionName) {
    setFailure(null);
    setPicked((current) => ({ ...current, [shareId]: groupId }));
    change.mutate(
      { shareId, groupId, name },
      {
        onSettled: () => {
          unpick(shareId);
        },
        onSuccess: () => {
          toast({
            message: t(name === 'FULL_ACCESS' ? 'sharing.nowFull' : 'sharing.nowReadOnly', {
              name: personName,
            }),
          });
        },
        onError: (e) => {
          setFailure({
            error: e,
            say: (reason) => t('sharing.notChanged', { name: personName, reason }),
          });
        },
      },
    );
  }

  return { picked, changeLevel };
}
