import { Link } from 'react-router-dom';

export function CartNotFound() {
  return (
    <section aria-labelledby="cart-missing-title" className="card narrow">
      <h1 id="cart-missing-title">Cart not found</h1>
      <p>This cart doesn&apos;t exist or isn&apos;t shared with you.</p>
      <p>
        <Link to="/carts">Back to your carts</Link>
      </p>
    </section>
  );
}
