// Who the cart is shared with, at which level (changeable), and Remove. A removal can
// be undone from its toast and from the list (use-removed-shares.ts).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CartShare } from '../carts/public';
import { permissionGroupQueries } from '../permission-groups/public';
import { PermissionGroupPicker } from './permission-group-picker';
import { useI18n } from '../../lib/i18n/i18n-context';
import { type WriteFailure, WriteError } from '../../ui/write-error';
import { RemovedShareRow, ShareRow } from './share-rows';
import { useLevelChange } from './use-level-change';
import { useRemovedShares } from './use-removed-shares';

interface CurrentSharesProps {
  cartId: string;
  cartName: string;
  /** The cart's address, for the email to a colleague. */
  link: string;
  shares: CartShare[];
  onRemoved: () => void;
}

export function CurrentShares({ cartId, cartName, link, shares, onRemoved }: CurrentSharesProps) {
  // The groups are needed only to show and change levels: none to show, no request.
  const groups = useQuery({ ...permissionGroupQueries.list(), enabled: shares.length > 0 });
  const { t } = useI18n();
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const { stillRemoved, remove, shareAgain, sharingAgain } = useRemovedShares({
    cartId,
    shares,
    setFailure,
    onRemoved,
  });
  const { picked, changeLevel } = useLevelChange(cartId, setFailure);
  const personOf = (share: CartShare) =>
    share.person ?? { name: t('sharing.aColleague'), email: '' };
  const groupIdOf = (share: CartShare) =>
    groups.data?.find((g) => g.name === share.permission)?.id ?? null;

  if (shares.length === 0 && stillRemoved.length === 0) {
    return <p className="muted">{t('sharing.none')}</p>;
  }
  return (
    <div className="stack">
      {failure && <WriteError {...failure} about="sharing" />}
      {shares.length === 0 && <p className="muted">{t('sharing.none')}</p>}
      <ul className="share-list" aria-label={t('sharing.list')}>
        {shares.map((share) => {
          const person = personOf(share);
          return (
            <ShareRow
              key={share.id}
              share={share}
              person={person}
              cartName={cartName}
              link={link}
              picker={
                <PermissionGroupPicker
                  compact
                  hideLegend
                  legend={t('sharing.permissionFor', { name: person.name })}
                  value={picked[share.id] ?? groupIdOf(share)}
                  onChange={(groupId) => {
                    const name = groups.data?.find((g) => g.id === groupId)?.name;
                    if (name) changeLevel(share.id, person.name, groupId, name);
                  }}
                />
              }
              onRemove={() => {
                remove(share.id, {
                  companyUserId: share.companyUserId,
                  person,
                  groupId: groupIdOf(share),
                });
              }}
            />
          );
        })}
        {stillRemoved.map((gone) => (
          <RemovedShareRow
            key={`removed-${gone.companyUserId}`}
            gone={gone}
            busy={sharingAgain}
            onShareAgain={() => {
              shareAgain(gone);
            }}
          />
        ))}
      </ul>
    </div>
  );
}
