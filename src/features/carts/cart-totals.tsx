import { formatMoney } from '../../ui/money';
import type { Cart } from './cart-model';

export function CartTotals({ cart }: { cart: Cart }) {
  const money = (cents: number) => formatMoney(cents, cart.currency);
  return (
    // A named group, so the totals can be found (and read) as one thing.
    <div role="group" aria-label="Totals">
      <dl className="totals">
        <div>
          <dt>Subtotal</dt>
          <dd>{money(cart.totals.subtotal)}</dd>
        </div>
        <div>
          <dt>Tax (19 % VAT included)</dt>
          <dd>{money(cart.totals.taxTotal)}</dd>
        </div>
        <div className="totals-grand">
          <dt>Grand total</dt>
          <dd>{money(cart.totals.grandTotal)}</dd>
        </div>
      </dl>
    </div>
  );
}
