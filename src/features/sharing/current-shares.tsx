// Who the cart is shared with, at which level (changeable), and Remove. A removal can
// be undone from its toast, and — with no time limit (WCAG 2.2.1) — from the list:
// the person stays there as "Removed · Share again" while the page is open.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CartShare } from '../carts/public';
import { PermissionGroupPicker } from '../permission-groups/public';
import { permissionGroupQueries } from '../permission-groups/public';
import { useI18n } from '../../lib/i18n/i18n-context';
import { Alert } from '../../ui/alert';
import { useToast } from '../../ui/toast';
import { errorMessage } from '../../lib/json-api/error-message';
import { useChangePermission, useShareCart, useUnshare } from './sharing-mutations';
import { mailtoHref } from './tell-colleague';
import { Button } from '../../ui/button';

/** Someone whose share was removed on this page, with what it takes to share again. */
interface RemovedShare {
  companyUserId: string;
  person: { name: string; email: string };
  groupId: string | null;
}

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
  const change = useChangePermission(cartId);
  const unshare = useUnshare(cartId);
  const reshare = useShareCart(cartId);
  const toast = useToast();
  const { t } = useI18n();
  const personOf = (share: CartShare) =>
    share.person ?? { name: t('sharing.aColleague'), email: '' };
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedShare[]>([]);
  // Shared again (here or from the share form): no longer "removed".
  const sharedIds = new Set(shares.map((share) => share.companyUserId));
  const stillRemoved = removed.filter((r) => !sharedIds.has(r.companyUserId));
  // The level just picked shows at once, before the optimistic cache update lands.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const unpick = (shareId: string) => {
    setPicked((current) =>
      Object.fromEntries(Object.entries(current).filter(([id]) => id !== shareId)),
    );
  };
  const groupIdOf = (share: CartShare) =>
    groups.data?.find((g) => g.name === share.permission)?.id ?? null;

  function shareAgain({ companyUserId, person, groupId }: RemovedShare) {
    if (!groupId) return;
    setError(null);
    reshare.mutate(
      { companyUserId, groupId },
      {
        onSuccess: () => {
          setRemoved((current) => current.filter((r) => r.companyUserId !== companyUserId));
          toast({ message: t('sharing.sharedAgain', { name: person.name }) });
        },
        onError: (e) => {
          setError(t('sharing.undoFailed', { reason: errorMessage(e, t, 'sharing') }));
        },
      },
    );
  }

  function remove(share: CartShare) {
    const gone: RemovedShare = {
      companyUserId: share.companyUserId,
      person: personOf(share),
      groupId: groupIdOf(share),
    };
    setError(null);
    unshare.mutate(share.id, {
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
        setError(
          t('sharing.stillHasAccess', {
            name: gone.person.name,
            reason: errorMessage(e, t, 'sharing'),
          }),
        );
      },
    });
  }

  if (shares.length === 0 && stillRemoved.length === 0) {
    return <p className="muted">{t('sharing.none')}</p>;
  }
  return (
    <div className="stack">
      {error && <Alert tone="error">{error}</Alert>}
      {shares.length === 0 && <p className="muted">{t('sharing.none')}</p>}
      <ul className="share-list" aria-label={t('sharing.list')}>
        {shares.map((share) => {
          const person = personOf(share);
          return (
            <li key={share.id} className="share-row">
              <span className="share-person">
                <span className="share-name">{person.name}</span>
                <span className="muted">{person.email}</span>
              </span>
              <PermissionGroupPicker
                compact
                hideLegend
                legend={t('sharing.permissionFor', { name: person.name })}
                value={picked[share.id] ?? groupIdOf(share)}
                onChange={(groupId) => {
                  const name = groups.data?.find((g) => g.id === groupId)?.name;
                  if (!name) return;
                  setError(null);
                  setPicked((current) => ({ ...current, [share.id]: groupId }));
                  change.mutate(
                    { shareId: share.id, groupId, name },
                    {
                      onSettled: () => {
                        unpick(share.id);
                      },
                      onSuccess: () => {
                        toast({
                          message: t(
                            name === 'FULL_ACCESS' ? 'sharing.nowFull' : 'sharing.nowReadOnly',
                            { name: person.name },
                          ),
                        });
                      },
                      onError: (e) => {
                        setError(
                          t('sharing.notChanged', {
                            name: person.name,
                            reason: errorMessage(e, t, 'sharing'),
                          }),
                        );
                      },
                    },
                  );
                }}
              />
              {person.email && (
                <a
                  className="share-email"
                  href={mailtoHref({
                    to: person.email,
                    subject: t('sharing.emailSubject', { cart: cartName }),
                    body: t('sharing.emailBody', {
                      name: person.name,
                      cart: cartName,
                      access: t(
                        share.permission === 'FULL_ACCESS'
                          ? 'access.FULL_ACCESS'
                          : 'access.READ_ONLY',
                      ),
                      link,
                    }),
                  })}
                >
                  {t('sharing.email', { name: person.name })}
                </a>
              )}
              <Button
                size="small"
                variant="danger"
                onClick={() => {
                  remove(share);
                }}
              >
                {t('sharing.remove')}
                <span className="visually-hidden"> {person.name}</span>
              </Button>
            </li>
          );
        })}
        {stillRemoved.map((gone) => (
          <li key={`removed-${gone.companyUserId}`} className="share-row share-row-removed">
            <span className="share-person">
              <span className="share-name">{gone.person.name}</span>
              <span className="muted">{gone.person.email}</span>
            </span>
            <span className="badge">{t('sharing.removedRow')}</span>
            {gone.groupId && (
              <Button
                size="small"
                variant="secondary"
                disabled={reshare.isPending}
                onClick={() => {
                  shareAgain(gone);
                }}
              >
                {t('sharing.shareAgain')}
                <span className="visually-hidden">
                  {' '}
                  {t('sharing.shareAgainWith', { name: gone.person.name })}
                </span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
