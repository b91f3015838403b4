// Rename with the cart's entity tag. When a colleague renamed or changed the cart in
// the meantime (412), the cart on the page is already the current one, the message
// says so, and the typed name waits in the field: one click saves it with the new tag.
import { glueIsCrossOrigin } from '../../../lib/glue/origin';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { errorMessage } from '../../../lib/json-api/error-message';
import { isGlueError } from '../../../lib/json-api/glue-error';
import type { Cart } from '../cart-model';
import { CartNameForm, nameSave } from './cart-name-form';
import { useRenameCart } from '../cart-mutations';
import { RenameNeedsSameOrigin } from './rename-needs-same-origin';

interface RenameCartFormProps {
  cartId: string;
  /** The cart's name as it is now (after a conflict: the colleague's). */
  name: string;
  /** `requestedName` differs from the cart's name when Glue made it unique. */
  onDone: (result?: { cart: Cart; requestedName: string }) => void;
}

export function RenameCartForm({ cartId, name, onDone }: RenameCartFormProps) {
  const rename = useRenameCart(cartId);
  const { t } = useI18n();
  return (
    <CartNameForm
      labels={{
        form: 'rename.label',
        field: 'rename.name',
        submit: 'rename.submit',
        pending: 'rename.pending',
      }}
      defaultName={name}
      onCancel={() => {
        onDone();
      }}
      describeError={(error) => {
        if (isGlueError(error, '006')) return errorMessage(error, t, 'rename', { name });
        // Cross-origin, the tag could not be read: the shop's setup, not the user.
        if (isGlueError(error, '005') && glueIsCrossOrigin()) return <RenameNeedsSameOrigin />;
        return null;
      }}
      save={nameSave(rename, (cart, input) => {
        onDone({ cart, requestedName: input.name });
      })}
    />
  );
}
