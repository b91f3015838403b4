// A data table with the app's table styles; its caption and headers are the caller's.
// A `stacked` table turns each row into a card on narrow screens (phones): the headers
// leave the screen (not the accessibility tree), and each cell shows its column's name
// through a CellLabel that assistive technology skips — so every cell keeps the
// accessible name and table semantics it has on a wide screen.
import type { ComponentPropsWithRef, ReactNode } from 'react';
import './table.css';

interface TableProps extends ComponentPropsWithRef<'table'> {
  stacked?: boolean;
}

export function Table({ className, stacked = false, ...table }: TableProps) {
  const classes = ['table', stacked ? 'table-stacked' : null, className].filter(Boolean);
  return <table className={classes.join(' ')} {...table} />;
}

/** A cell's column name, shown only when the table is stacked into cards. */
export function CellLabel({ children }: { children: ReactNode }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  );
}
