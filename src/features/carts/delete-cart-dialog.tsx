// Deleting a cart is final and reaches other people: the dialog says whom.
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Dialog } from '../../ui/dialog';
import { cartErrorMessage } from './cart-error-message';
import type { Cart } from './cart-model';
import { useDeleteCart } from './cart-mutations';

function Consequences({ cart }: { cart: Cart }) {
  if (cart.access === 'FULL_ACCESS') {
    return (
      <p>
        This cart is shared with you. Deleting it removes it for everyone,{' '}
        <strong>its owner included</strong>.
      </p>
    );
  }
  if (cart.shares.length === 0) return <p>This cannot be undone.</p>;
  return (
    <>
      <p>It is shared with these colleagues and will disappear for them too:</p>
      <ul>
        {cart.shares.map((share) => (
          <li key={share.id}>
            {share.person ? `${share.person.name} (${share.person.email})` : 'A colleague'}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DeleteCartDialog({ cart, onClose }: { cart: Cart; onClose: () => void }) {
  const navigate = useNavigate();
  const remove = useDeleteCart(cart.id);
  return (
    <Dialog title={`Delete “${cart.name}”?`} onClose={onClose}>
      <Consequences cart={cart} />
      {remove.isError && <Alert tone="error">{cartErrorMessage(remove.error)}</Alert>}
      <div className="actions">
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() => {
            remove.mutate(undefined, {
              onSuccess() {
                void navigate('/carts', {
                  replace: true,
                  state: { notice: `“${cart.name}” was deleted.` },
                });
              },
            });
          }}
        >
          {remove.isPending ? 'Deleting…' : 'Delete cart'}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Keep cart
        </button>
      </div>
    </Dialog>
  );
}
