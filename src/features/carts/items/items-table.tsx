import { useI18n } from '../../../lib/i18n/i18n-context';
import { formatMoney } from '../../../ui/money';
import type { Cart } from '../cart-model';
import { QuantityForm } from './quantity-form';
import { Button } from '../../../ui/button';
import { CellLabel, Table } from '../../../ui/table';

interface ItemsTableProps {
  cart: Cart;
  editable: boolean;
  /** Items are addressed by their resource id (group key), never by SKU. */
  onQuantity: (itemId: string, quantity: number) => void;
  onRemove: (itemId: string) => void;
  busy: boolean;
  /** Rows someone else just changed: marked for a while. */
  marked?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function ItemsTable({
  cart,
  editable,
  onQuantity,
  onRemove,
  busy,
  marked = NONE,
}: ItemsTableProps) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  if (cart.items.length === 0) {
    return <p className="empty">{t('cart.empty')}</p>;
  }
  return (
    <Table stacked>
      <caption className="visually-hidden">{t('cart.items')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cart.colProduct')}</th>
          <th scope="col">{t('cart.colSku')}</th>
          <th scope="col" className="numeric">
            {t('cart.colUnit')}
          </th>
          <th scope="col" className="numeric">
            {t('cart.colQuantity')}
          </th>
          <th scope="col" className="numeric">
            {t('cart.colLine')}
          </th>
          {editable && (
            <th scope="col">
              <span className="visually-hidden">{t('cart.colActions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {cart.items.map((item) => (
          <tr key={item.id} className={marked.has(item.id) ? 'row-changed' : undefined}>
            <th scope="row">
              {item.name}
              {marked.has(item.id) && (
                <span className="badge badge-changed">{t('live.changed')}</span>
              )}
            </th>
            <td>
              <CellLabel>{t('cart.colSku')}</CellLabel>
              {item.sku}
            </td>
            <td className="numeric">
              <CellLabel>{t('cart.colUnit')}</CellLabel>
              {money(item.unitPrice)}
            </td>
            <td className="numeric">
              <CellLabel>{t('cart.colQuantity')}</CellLabel>
              {editable ? (
                <QuantityForm
                  item={item}
                  disabled={busy}
                  onChange={(quantity) => {
                    onQuantity(item.id, quantity);
                  }}
                />
              ) : (
                item.quantity
              )}
            </td>
            <td className="numeric">
              <CellLabel>{t('cart.colLine')}</CellLabel>
              {money(item.sumPrice)}
            </td>
            {editable && (
              <td>
                <Button
                  size="small"
                  variant="danger"
                  onClick={() => {
                    onRemove(item.id);
                  }}
                >
                  {t('cart.remove')}
                  <span className="visually-hidden"> {item.name}</span>
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
