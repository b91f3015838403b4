// Grey rows where a table will be, while it loads: hidden from assistive technology,
// which hears the page's loading status instead.
export function SkeletonRows({ rows }: { rows: number }) {
  return (
    <div aria-hidden="true" className="skeleton-table">
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="skeleton-row" />
      ))}
    </div>
  );
}
