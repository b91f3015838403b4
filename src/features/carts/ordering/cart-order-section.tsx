// The cart page's "Order" part: the thresholds, the way to the order form (the app
// composes it in from the orders feature) for whoever may order, and the owner's vouchers.
// Owners and full-access colleagues order; read-only recipients are not offered it
// (Glue would let them, docs/glue-api.md §11d — Yves does not, and neither does this app).
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { type Cart, canEdit } from '../cart-model';
import { CartThresholds } from './cart-thresholds';
import { VoucherForm } from './voucher-form';

/** What the app puts here: the order link of a cart the user may order. */
export type RenderOrdering = (cart: Cart) => ReactNode;

interface CartOrderSectionProps {
  cart: Cart;
  /** The cart can no longer be written (gone, or now read-only): nothing to order. */
  locked: boolean;
  renderOrdering?: RenderOrdering;
}

export function CartOrderSection({ cart, locked, renderOrdering }: CartOrderSectionProps) {
  const { t } = useI18n();
  const mayOrder = canEdit(cart.access) && !locked;
  const owner = cart.access === 'owner';
  if (cart.thresholds.length === 0 && !mayOrder && !owner) return null;
  return (
    <section aria-labelledby="order-title" className="stack cart-order">
      <h2 id="order-title">{t('order.section')}</h2>
      <CartThresholds cart={cart} mayOrder={mayOrder} />
      {mayOrder && cart.items.length > 0 && renderOrdering?.(cart)}
      {owner && <VoucherForm cart={cart} />}
    </section>
  );
}
