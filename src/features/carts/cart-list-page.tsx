import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../lib/json-api/error-message';
import { Alert } from '../../ui/alert';
import { cartQueries } from './cart-queries';

const ACCESS_LABEL = {
  owner: 'Owner',
  FULL_ACCESS: 'Shared with you — full access',
  READ_ONLY: 'Shared with you — read-only',
} as const;

export function CartListPage() {
  const carts = useQuery(cartQueries.list());
  return (
    <section aria-labelledby="carts-title">
      <h1 id="carts-title">Your carts</h1>
      {carts.isPending && <p role="status">Loading your carts…</p>}
      {carts.isError && <Alert tone="error">{errorMessage(carts.error)}</Alert>}
      {carts.data && (
        <ul className="cart-list">
          {carts.data.map((cart) => (
            <li key={cart.id}>
              <span className="cart-name">{cart.name}</span>{' '}
              <span className="muted">{ACCESS_LABEL[cart.access]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
