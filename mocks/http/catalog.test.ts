import { describe, expect, it } from 'vitest';
import { errorsOf, glue } from '../test/glue-client';

describe('GET /concrete-products/{sku}', () => {
  it('answers the product', async () => {
    const result = await glue('GET', '/concrete-products/NW-2001');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      type: 'concrete-products',
      id: 'NW-2001',
      attributes: {
        sku: 'NW-2001',
        name: 'Cordless drill 18 V',
        description: 'Cordless drill 18 V. Demo catalog item.',
      },
      links: { self: 'http://glue.test/concrete-products/NW-2001' },
    });
  });

  it('answers 404 302 for an unknown SKU', async () => {
    const result = await glue('GET', '/concrete-products/NOPE');
    expect(result.status).toBe(404);
    expect(errorsOf(result)).toEqual([
      { status: 404, code: '302', detail: 'Concrete product is not found.' },
    ]);
  });
});
