import { describe, expect, it } from 'vitest';
import { CART, CU } from '../test/ids';
import { createDatabase } from './database';
import { DATA_FILE_FORMAT, dataFileName, exportData, importData } from './data-file';

const exported = () => {
  const db = createDatabase();
  db.carts.delete(CART.emptyDraft);
  return exportData(db, new Date('2026-11-26T10:15:00.000Z'));
};

const problemOf = (text: string) => {
  const result = importData(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problem;
};

describe('mock data files', () => {
  it('export carts and shares of the scenario, no sessions', () => {
    const file = exported();
    expect(file).toMatchObject({
      format: DATA_FILE_FORMAT,
      version: 1,
      scenario: 'demo',
      exportedAt: '2026-11-26T10:15:00.000Z',
    });
    expect(file.carts.map((c) => c.id)).not.toContain(CART.emptyDraft);
    expect(file.shares.length).toBeGreaterThan(0);
    expect(Object.keys(file)).not.toContain('accessTokens');
    expect(dataFileName(file)).toBe('shared-carts-demo-2026-11-26T10-15-00-000Z.json');
  });

  it('import back into the same state', () => {
    const file = exported();
    const result = importData(JSON.stringify(file));
    if (!result.ok) throw new Error(result.problem);
    expect(result.db.carts.has(CART.emptyDraft)).toBe(false);
    expect([...result.db.carts.values()]).toEqual(file.carts);
    expect([...result.db.shares.values()]).toEqual(file.shares);
    expect(result.db.accessTokens.size).toBe(0);
  });

  it('refuse what is not JSON, or not such a file', () => {
    expect(problemOf('{ carts: ')).toBe('The file is not JSON.');
    expect(problemOf('{"carts": []}')).toBe('The file is not a mock data export of shared-carts.');
  });

  it('refuse a file of the wrong shape, saying where', () => {
    const file = exported();
    const broken = { ...file, carts: [{ ...file.carts[0], name: 42 }, ...file.carts.slice(1)] };
    const problem = problemOf(JSON.stringify(broken));
    expect(problem).toMatch(/^The file does not have the expected shape:\n/);
    expect(problem).toContain('carts[0].name');
  });

  it('refuse a file that refers to people, products or carts the scenario does not have', () => {
    const file = exported();
    const [first, ...rest] = file.carts;
    if (!first) throw new Error('the seed has carts');
    const broken = {
      ...file,
      carts: [
        { ...first, ownerReference: 'DE--99', items: [{ sku: 'NW-0000', quantity: 1 }] },
        ...rest,
      ],
      shares: [
        ...file.shares,
        { id: 's-x', cartId: 'gone', companyUserId: CU.ben, permissionGroupId: '1' },
      ],
    };
    const problem = problemOf(JSON.stringify(broken));
    expect(problem).toBe(
      `The file does not fit the demo scenario: cart "${first.name}" belongs to DE--99, who is not in the demo scenario; cart "${first.name}" holds NW-0000, which is no product; share s-x is of cart gone, which the file does not have.`,
    );
  });
});
