// Who the cart is shared with, at which level (changeable), and Remove with Undo.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CartShare } from '../carts/cart-model';
import { PermissionGroupPicker } from '../permission-groups/permission-group-picker';
import { permissionGroupQueries } from '../permission-groups/permission-group-queries';
import { Alert } from '../../ui/alert';
import { useToast } from '../../ui/toast';
import { sharingErrorMessage } from './sharing-error-message';
import { useChangePermission, useShareCart, useUnshare } from './sharing-mutations';

const personOf = (share: CartShare) => share.person ?? { name: 'A colleague', email: '' };

interface CurrentSharesProps {
  cartId: string;
  shares: CartShare[];
  onRemoved: () => void;
}

export function CurrentShares({ cartId, shares, onRemoved }: CurrentSharesProps) {
  const groups = useQuery(permissionGroupQueries.list());
  const change = useChangePermission(cartId);
  const unshare = useUnshare(cartId);
  const reshare = useShareCart(cartId);
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const groupIdOf = (share: CartShare) =>
    groups.data?.find((g) => g.name === share.permission)?.id ?? null;

  function remove(share: CartShare) {
    const person = personOf(share);
    const groupId = groupIdOf(share);
    setError(null);
    unshare.mutate(share.id, {
      onSuccess() {
        onRemoved();
        toast({
          message: `${person.name} no longer has access to this cart.`,
          action: groupId
            ? {
                label: 'Undo',
                onAction() {
                  reshare.mutate(
                    { companyUserId: share.companyUserId, groupId },
                    {
                      onSuccess: () => {
                        toast({ message: `Shared with ${person.name} again.` });
                      },
                      onError: (e) => {
                        setError(`Undo failed: ${sharingErrorMessage(e)}`);
                      },
                    },
                  );
                },
              }
            : undefined,
        });
      },
      onError(e) {
        setError(`${person.name} still has access: ${sharingErrorMessage(e)}`);
      },
    });
  }

  if (shares.length === 0) {
    return <p className="muted">This cart is not shared with anyone yet.</p>;
  }
  return (
    <div className="stack">
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="share-list" aria-label="Shared with">
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
                legend={`Permission for ${person.name}`}
                value={groupIdOf(share)}
                onChange={(groupId) => {
                  const name = groups.data?.find((g) => g.id === groupId)?.name;
                  if (!name) return;
                  setError(null);
                  change.mutate(
                    { shareId: share.id, groupId, name },
                    {
                      onSuccess: () => {
                        toast({
                          message: `${person.name} now has ${name === 'FULL_ACCESS' ? 'full access' : 'read-only access'}.`,
                        });
                      },
                      onError: (e) => {
                        setError(
                          `The permission of ${person.name} was not changed: ${sharingErrorMessage(e)}`,
                        );
                      },
                    },
                  );
                }}
              />
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => {
                  remove(share);
                }}
              >
                Remove<span className="visually-hidden"> {person.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
