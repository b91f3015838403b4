import { useNavigate } from 'react-router-dom';
import { CartNameForm, nameSave } from './cart-name-form';
import { useCreateCart } from '../cart-mutations';
import type { z } from 'zod/mini';
import type { takenNameState } from '../router-states';

/** Names a new cart and opens it. */
export function CreateCartForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCart();
  return (
    <CartNameForm
      labels={{
        form: 'create.label',
        field: 'create.name',
        submit: 'create.submit',
        pending: 'create.pending',
      }}
      defaultName=""
      onCancel={onCancel}
      save={nameSave(create, ({ cart, requestedName }) => {
        const state: z.infer<typeof takenNameState> | null =
          cart.name === requestedName ? null : { takenName: requestedName };
        void navigate(`/carts/${cart.id}`, { state });
      })}
    />
  );
}
