export function HomePage() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Shared carts</h1>
      <p>Work on one order together: share your carts with colleagues of your company.</p>
    </section>
  );
}
