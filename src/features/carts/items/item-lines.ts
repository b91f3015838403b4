// Reading a pasted list or a .csv file of items: one line each, a SKU and a quantity
// separated by spaces, a comma, a semicolon or a tab (as a spreadsheet copies them), the
// quantity 1 when there is none. A header line ("SKU;Quantity") and empty lines are
// skipped; cells may be quoted. A line that cannot be read keeps its number and text.

/** Glue answers each item with the whole cart: a list longer than this is refused. */
export const MAX_ITEM_LINES = 100;

export type ItemLine =
  | { line: number; text: string; sku: string; quantity: number }
  | { line: number; text: string; problem: 'format' | 'quantity' };

export interface ReadLines {
  lines: ItemLine[];
  /** Lines with an item on them (read or not); over MAX_ITEM_LINES nothing is sent. */
  count: number;
}

const SEPARATOR = /[\s,;]+/;
const HEADER = /^\W*(sku|artikelnummer|item|product)\W*$/i;
const unquote = (cell: string) => cell.replace(/^["']|["']$/g, '').trim();

export function readItemLines(text: string): ReadLines {
  const lines: ItemLine[] = [];
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const cells = raw.trim().split(SEPARATOR).map(unquote).filter(Boolean);
    if (cells.length === 0) continue;
    if (lines.length === 0 && HEADER.test(cells[0] ?? '')) continue;
    lines.push(readCells(index + 1, raw.trim(), cells));
  }
  return { lines, count: lines.length };
}

function readCells(line: number, text: string, cells: string[]): ItemLine {
  const [sku = '', quantity, ...rest] = cells;
  if (rest.length > 0) return { line, text, problem: 'format' };
  if (quantity === undefined) return { line, text, sku, quantity: 1 };
  if (!/^\d+$/.test(quantity) || Number(quantity) < 1) return { line, text, problem: 'quantity' };
  return { line, text, sku, quantity: Number(quantity) };
}

/** A line with an item on it that could be read. */
export type ReadItemLine = Extract<ItemLine, { sku: string }>;

export const isReadable = (line: ItemLine): line is ReadItemLine => 'sku' in line;
