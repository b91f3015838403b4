// The cart's items, totals and the add form. Quantity changes queue up and each failure
// is said, not only the last one's; a removed row takes its focused button with it, so
// focus goes to the Items heading.
import { useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { errorMessage } from '../../../lib/json-api/error-message';
import { Alert } from '../../../ui/alert';
import { Unhurried } from '../../../ui/unhurried';
import { type Cart, canEdit } from '../cart-model';
import { useChangeQuantity, useRemoveItem } from '../cart-mutations';
import { AddItems } from '../items/add-items-section';
import { ItemsTable } from '../items/items-table';
import { CartTotals } from './cart-totals';

export function CartItemsSection({ cart, marked }: { cart: Cart; marked?: ReadonlySet<string> }) {
  const { t } = useI18n();
  const [quantityError, setQuantityError] = useState<unknown>(null);
  const changeQuantity = useChangeQuantity(cart.id, { onFailure: setQuantityError });
  const removeItem = useRemoveItem(cart.id);
  const editable = canEdit(cart.access);
  const itemsHeading = useRef<HTMLHeadingElement>(null);
  const writeError = quantityError ?? removeItem.error;

  return (
    <>
      {writeError && <Alert tone="error">{errorMessage(writeError, t, 'cart')}</Alert>}
      <section aria-labelledby="items-title" className="stack">
        <h2 id="items-title" ref={itemsHeading} tabIndex={-1}>
          {t('cart.items')}
        </h2>
        <ItemsTable
          cart={cart}
          editable={editable}
          busy={removeItem.isPending}
          marked={marked}
          onQuantity={(itemId, quantity) => {
            removeItem.reset();
            setQuantityError(null);
            changeQuantity.mutate({ itemId, quantity });
          }}
          onRemove={(itemId) => {
            setQuantityError(null);
            removeItem.mutate(itemId, {
              onSuccess() {
                itemsHeading.current?.focus();
              },
            });
          }}
        />
        <CartTotals cart={cart} />
        {editable && (
          // Below the totals: it comes a moment after them (ui/unhurried.tsx).
          <Unhurried fallback={null}>
            <AddItems cartId={cart.id} currency={cart.currency} />
          </Unhurried>
        )}
      </section>
    </>
  );
}
