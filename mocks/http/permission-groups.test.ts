import { describe, expect, it } from 'vitest';
import { companyUserToken, customerToken, errorsOf, glue } from '../test/glue-client';

describe('GET /cart-permission-groups', () => {
  it('lists READ_ONLY (default) and FULL_ACCESS', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', '/cart-permission-groups', { token });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: [
        {
          type: 'cart-permission-groups',
          id: '1',
          attributes: { name: 'READ_ONLY', isDefault: true },
          links: { self: 'http://glue.test/cart-permission-groups/1' },
        },
        {
          type: 'cart-permission-groups',
          id: '2',
          attributes: { name: 'FULL_ACCESS', isDefault: false },
          links: { self: 'http://glue.test/cart-permission-groups/2' },
        },
      ],
      links: { self: 'http://glue.test/cart-permission-groups' },
    });
  });

  it('accepts any valid token, a customer token too', async () => {
    const { accessToken } = await customerToken('hugo');
    expect((await glue('GET', '/cart-permission-groups', { token: accessToken })).status).toBe(200);
  });

  it('needs a token (002)', async () => {
    const result = await glue('GET', '/cart-permission-groups');
    expect(result.status).toBe(403);
    expect(errorsOf(result)).toEqual([
      { status: 403, code: '002', detail: 'Missing access token.' },
    ]);
  });
});

describe('GET /cart-permission-groups/{id}', () => {
  it('answers one group as an object', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', '/cart-permission-groups/2', { token });
    expect(result.status).toBe(200);
    expect(result.body.data).toMatchObject({ id: '2', attributes: { name: 'FULL_ACCESS' } });
  });

  it('answers 404 2501 for an unknown id', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', '/cart-permission-groups/9', { token });
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      errors: [{ status: 404, code: '2501', detail: 'Cart permission group not found.' }],
    });
  });
});
