import { describe, expect, it } from 'vitest';
import { MAX_ITEM_LINES, readItemLines } from './item-lines';

describe('reading a list of items', () => {
  it('takes a SKU and a quantity separated by spaces, a comma, a semicolon or a tab', () => {
    const { lines } = readItemLines('NW-1001 3\nNW-1002,2\nNW-1003;4\nNW-2001\t5');
    expect(lines).toEqual([
      { line: 1, text: 'NW-1001 3', sku: 'NW-1001', quantity: 3 },
      { line: 2, text: 'NW-1002,2', sku: 'NW-1002', quantity: 2 },
      { line: 3, text: 'NW-1003;4', sku: 'NW-1003', quantity: 4 },
      { line: 4, text: 'NW-2001\t5', sku: 'NW-2001', quantity: 5 },
    ]);
  });

  it('takes quantity 1 when there is none, skips empty lines and a header, unquotes cells', () => {
    const { lines } = readItemLines('"SKU";"Quantity"\r\n\r\n"NW-3003";"2"\r\n  NW-3001  \r\n');
    expect(lines).toEqual([
      { line: 3, text: '"NW-3003";"2"', sku: 'NW-3003', quantity: 2 },
      { line: 4, text: 'NW-3001', sku: 'NW-3001', quantity: 1 },
    ]);
  });

  it('refuses a line it cannot read, with its number', () => {
    const { lines } = readItemLines('NW-1001 two\nNW-1002 0\nNW-1003 1 extra\nNW-1004 -2');
    expect(lines).toEqual([
      { line: 1, text: 'NW-1001 two', problem: 'quantity' },
      { line: 2, text: 'NW-1002 0', problem: 'quantity' },
      { line: 3, text: 'NW-1003 1 extra', problem: 'format' },
      { line: 4, text: 'NW-1004 -2', problem: 'quantity' },
    ]);
  });

  it('counts every line with an item on it, so a list over the limit can be refused', () => {
    const text = Array.from({ length: MAX_ITEM_LINES + 1 }, (_, i) => `NW-1001 ${i + 1}`).join(
      '\n',
    );
    expect(readItemLines(text).count).toBe(101);
  });
});
