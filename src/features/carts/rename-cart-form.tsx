import { CartNameForm } from './cart-name-form';
import { useRenameCart } from './cart-mutations';

interface RenameCartFormProps {
  cartId: string;
  name: string;
  onDone: () => void;
}

export function RenameCartForm({ cartId, name, onDone }: RenameCartFormProps) {
  const rename = useRenameCart(cartId);
  return (
    <CartNameForm
      labels={{
        form: 'rename.label',
        field: 'rename.name',
        submit: 'rename.submit',
        pending: 'rename.pending',
      }}
      defaultName={name}
      onCancel={onDone}
      save={{
        isPending: rename.isPending,
        error: rename.error,
        mutate: (input, { onError }) => {
          rename.mutate(input, { onSuccess: onDone, onError });
        },
      }}
    />
  );
}
