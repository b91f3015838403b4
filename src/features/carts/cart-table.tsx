import { Link } from 'react-router-dom';
import { formatMoney } from '../../ui/money';
import { ACCESS_LABEL } from './access-label';
import { type CartSummary, isMyDefault } from './cart-model';

const plural = (count: number, one: string, many: string) =>
  `${String(count)} ${count === 1 ? one : many}`;

function sharing(cart: CartSummary) {
  if (cart.access !== 'owner') return 'Shared with you';
  return cart.shareCount === 0 ? '—' : plural(cart.shareCount, 'colleague', 'colleagues');
}

export function CartTable({ carts }: { carts: CartSummary[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Carts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Access</th>
          <th scope="col" className="numeric">
            Items
          </th>
          <th scope="col" className="numeric">
            Total
          </th>
          <th scope="col">Shared with</th>
        </tr>
      </thead>
      <tbody>
        {carts.map((cart) => (
          <tr key={cart.id}>
            <th scope="row">
              <Link to={`/carts/${cart.id}`}>{cart.name}</Link>
              {isMyDefault(cart) && <span className="badge badge-default">Default</span>}
            </th>
            <td>
              <span className={`access access-${cart.access}`}>{ACCESS_LABEL[cart.access]}</span>
            </td>
            <td className="numeric">{cart.itemCount}</td>
            <td className="numeric">{formatMoney(cart.totals.grandTotal, cart.currency)}</td>
            <td>{sharing(cart)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CartTableSkeleton() {
  return (
    <div aria-hidden="true" className="skeleton-table">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="skeleton-row" />
      ))}
    </div>
  );
}
