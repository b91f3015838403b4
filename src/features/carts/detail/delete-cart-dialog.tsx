// Deleting a cart is final and reaches other people: the dialog says whom.
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { WriteError } from '../../../ui/write-error';
import { Dialog } from '../../../ui/dialog';
import type { Cart } from '../cart-model';
import { useDeleteCart } from '../cart-mutations';
import { Button } from '../../../ui/button';

function Consequences({ cart }: { cart: Cart }) {
  const { t } = useI18n();
  if (cart.access === 'FULL_ACCESS') return <p>{t('delete.fullAccess')}</p>;
  if (cart.shares.length === 0) return <p>{t('delete.final')}</p>;
  return (
    <>
      <p>{t('delete.sharedWith')}</p>
      <ul>
        {cart.shares.map((share) => (
          <li key={share.id}>
            {share.person ? `${share.person.name} (${share.person.email})` : t('delete.aColleague')}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DeleteCartDialog({ cart, onClose }: { cart: Cart; onClose: () => void }) {
  const navigate = useNavigate();
  const remove = useDeleteCart(cart.id);
  const { t } = useI18n();
  return (
    <Dialog title={t('delete.title', { name: cart.name })} onClose={onClose}>
      <Consequences cart={cart} />
      <WriteError error={remove.error} about="cart" />
      <div className="actions">
        <Button
          variant="danger"
          pending={remove.isPending}
          pendingLabel={t('delete.pending')}
          onClick={() => {
            remove.mutate(undefined, {
              onSuccess() {
                void navigate('/carts', {
                  replace: true,
                  state: { notice: t('carts.deleted', { name: cart.name }) },
                });
              },
            });
          }}
        >
          {t('delete.submit')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('delete.keep')}
        </Button>
      </div>
    </Dialog>
  );
}
