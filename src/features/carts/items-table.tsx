import { formatMoney } from '../../ui/money';
import type { Cart } from './cart-model';
import { QuantityForm } from './quantity-form';

interface ItemsTableProps {
  cart: Cart;
  editable: boolean;
  onQuantity: (sku: string, quantity: number) => void;
  onRemove: (sku: string) => void;
  busy: boolean;
}

export function ItemsTable({ cart, editable, onQuantity, onRemove, busy }: ItemsTableProps) {
  const money = (cents: number) => formatMoney(cents, cart.currency);
  if (cart.items.length === 0) {
    return <p className="empty">This cart is empty.</p>;
  }
  return (
    <table className="table">
      <caption className="visually-hidden">Items</caption>
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col">SKU</th>
          <th scope="col" className="numeric">
            Unit price
          </th>
          <th scope="col" className="numeric">
            Quantity
          </th>
          <th scope="col" className="numeric">
            Line total
          </th>
          {editable && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {cart.items.map((item) => (
          <tr key={item.sku}>
            <th scope="row">{item.name}</th>
            <td>{item.sku}</td>
            <td className="numeric">{money(item.unitPrice)}</td>
            <td className="numeric">
              {editable ? (
                <QuantityForm
                  item={item}
                  disabled={busy}
                  onChange={(quantity) => {
                    onQuantity(item.sku, quantity);
                  }}
                />
              ) : (
                item.quantity
              )}
            </td>
            <td className="numeric">{money(item.sumPrice)}</td>
            {editable && (
              <td>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => {
                    onRemove(item.sku);
                  }}
                >
                  Remove<span className="visually-hidden"> {item.name}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
