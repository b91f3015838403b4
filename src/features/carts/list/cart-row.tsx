// One row of the cart list: the cart's name as a link, its access, items, total and who
// it is shared with.
import { type MouseEvent, memo } from 'react';
import { type Language, type Translate, formatCount, plural } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { formatMoney } from '../../../ui/money';
import { CellLabel } from '../../../ui/table';
import { ACCESS_LABEL } from '../access-label';
import { type CartSummary, isMyDefault } from '../cart-model';

/** The sharing column: who else has the cart. */
function sharing(cart: CartSummary, t: Translate, language: Language) {
  if (cart.access !== 'owner') return t('carts.sharedWithYou');
  return cart.shareCount === 0 ? '—' : plural(t, language, 'carts.colleagues', cart.shareCount);
}

interface CartRowProps {
  cart: CartSummary;
  isNew: boolean;
  hidden: boolean;
  /** The cart page's address and a way there, from the table (see CartRow). */
  href: string;
  onOpen: (cartId: string) => void;
}

/** A plain left click stays in the app; a middle click or Ctrl+click opens a new tab. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 &&
  !event.defaultPrevented &&
  !event.metaKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  !event.altKey;

/**
 * One cart. Rows are memoised and a filtered-out row is only hidden, so a keystroke in
 * the name filter touches only the rows whose visibility changed. The link is a plain
 * <a> on purpose: a router <Link> listens to the address, which the filter changes on
 * every keystroke (docs/decisions/cart-row-plain-link.md; lint holds it).
 */
export const CartRow = memo(function CartRow({ cart, isNew, hidden, href, onOpen }: CartRowProps) {
  const { t, language, locale } = useI18n();
  return (
    <tr hidden={hidden}>
      <th scope="row">
        <a
          href={href}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            onOpen(cart.id);
          }}
        >
          {cart.name}
        </a>
        {isMyDefault(cart) && <span className="badge badge-default">{t('carts.default')}</span>}
        {isNew && <span className="badge badge-new">{t('carts.newBadge')}</span>}
      </th>
      <td>
        <CellLabel>{t('carts.colAccess')}</CellLabel>
        <span className={`access access-${cart.access}`}>{t(ACCESS_LABEL[cart.access])}</span>
      </td>
      <td className="numeric">
        <CellLabel>{t('carts.colItems')}</CellLabel>
        {formatCount(cart.itemCount, locale)}
      </td>
      <td className="numeric">
        <CellLabel>{t('carts.colTotal')}</CellLabel>
        {cart.totals
          ? formatMoney(cart.totals.grandTotal, cart.currency, locale)
          : t('cart.noTotal')}
      </td>
      <td>
        <CellLabel>{t('carts.colShared')}</CellLabel>
        {sharing(cart, t, language)}
      </td>
    </tr>
  );
});
