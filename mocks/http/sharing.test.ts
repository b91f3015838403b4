// docs/glue-api.md §6: every rule of the sharing endpoints, and the order they are checked in.
import { describe, expect, it } from 'vitest';
import {
  companyUserToken,
  customerToken,
  doc,
  errorsOf,
  glue,
  patchCart,
} from '../test/glue-client';
import { CART, CU, UNKNOWN_UUID } from '../test/ids';

const share = (token: string | null, cartId: string, attributes: Record<string, unknown>) =>
  glue('POST', `/carts/${cartId}/shared-carts`, { token, body: doc('shared-carts', attributes) });

const err = (status: number, code: string, detail: string) => ({
  errors: [{ status, code, detail }],
});

describe('POST /carts/{id}/shared-carts', () => {
  it('shares a cart (201) and the recipient sees it at that level', async () => {
    const anna = await companyUserToken('anna');
    const result = await share(anna, CART.emptyDraft, {
      idCompanyUser: CU.ben,
      idCartPermissionGroup: 1,
    });
    expect(result.status).toBe(201);
    const id = result.body.data.id as string;
    expect(result.body).toEqual({
      data: {
        type: 'shared-carts',
        id,
        attributes: { idCompanyUser: CU.ben, idCartPermissionGroup: 1 },
        links: { self: `http://glue.test/shared-carts/${id}` },
      },
    });
    const ben = await companyUserToken('ben');
    const cart = await glue('GET', `/carts/${CART.emptyDraft}?include=cart-permission-groups`, {
      token: ben,
    });
    expect(cart.status).toBe(200);
    expect(cart.body.included[0].attributes.name).toBe('READ_ONLY');
  });

  it('includes the recipient and the group when asked', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue(
      'POST',
      `/carts/${CART.emptyDraft}/shared-carts?include=company-users,cart-permission-groups`,
      {
        token: anna,
        body: doc('shared-carts', { idCompanyUser: CU.chloe, idCartPermissionGroup: 2 }),
      },
    );
    expect(result.body.data.relationships).toEqual({
      'company-users': { data: [{ type: 'company-users', id: CU.chloe }] },
      'cart-permission-groups': { data: [{ type: 'cart-permission-groups', id: '2' }] },
    });
    expect(result.body.included.map((r: { type: string }) => r.type)).toEqual([
      'company-users',
      'cart-permission-groups',
    ]);
  });

  describe('checks, in order', () => {
    it('1. token: 002 without, 001 with a bad one', async () => {
      expect((await share(null, CART.q4, {})).body).toEqual(
        err(403, '002', 'Missing access token.'),
      );
      expect((await share('bad', CART.q4, {})).body).toEqual(
        err(401, '001', 'Invalid access token.'),
      );
    });

    it('2. body shape before attributes', async () => {
      const anna = await companyUserToken('anna');
      const notJson = await glue('POST', `/carts/${CART.q4}/shared-carts`, {
        token: anna,
        body: 'x',
      });
      expect(notJson.body).toEqual({ errors: [{ status: 400, detail: 'Post data is invalid.' }] });
      const wrongType = await glue('POST', `/carts/${CART.q4}/shared-carts`, {
        token: anna,
        body: doc('carts', {}),
      });
      expect(wrongType.body).toEqual({ errors: [{ status: 400, detail: 'Invalid type.' }] });
    });

    it('3. each missing or blank attribute is its own 901', async () => {
      const anna = await companyUserToken('anna');
      const missing = await share(anna, CART.q4, {});
      expect(missing.status).toBe(422);
      expect(errorsOf(missing)).toEqual([
        { status: 422, code: '901', detail: 'idCompanyUser => This field is missing.' },
        { status: 422, code: '901', detail: 'idCartPermissionGroup => This field is missing.' },
      ]);
      const blank = await share(anna, CART.q4, { idCompanyUser: '', idCartPermissionGroup: '' });
      expect(errorsOf(blank)).toEqual([
        { status: 422, code: '901', detail: 'idCompanyUser => This value should not be blank.' },
        {
          status: 422,
          code: '901',
          detail: 'idCartPermissionGroup => This value should not be blank.',
        },
      ]);
      const notUuid = await share(anna, CART.q4, {
        idCompanyUser: 'ben',
        idCartPermissionGroup: 1,
      });
      expect(errorsOf(notUuid)).toEqual([
        { status: 422, code: '901', detail: 'idCompanyUser => This is not a valid UUID.' },
      ]);
    });

    it('4. an empty cart id: 400 104 (after the attributes)', async () => {
      const anna = await companyUserToken('anna');
      const result = await share(anna, '', {
        idCompanyUser: UNKNOWN_UUID,
        idCartPermissionGroup: 9,
      });
      expect(result.body).toEqual(err(400, '104', 'Cart uuid is missing.'));
      expect(errorsOf(await share(anna, '', {}))[0]?.code).toBe('901');
    });

    it('5. recipient must be an active company user: 404 1404 (unknown or inactive)', async () => {
      const anna = await companyUserToken('anna');
      for (const id of [UNKNOWN_UUID, CU.david]) {
        const result = await share(anna, UNKNOWN_UUID, {
          idCompanyUser: id,
          idCartPermissionGroup: 9,
        });
        expect(result.body).toEqual(err(404, '1404', 'Company user not found'));
      }
    });

    it('6. recipient must be in the caller’s company: 403 2703 (a caller without one too)', async () => {
      const anna = await companyUserToken('anna');
      const other = await share(anna, UNKNOWN_UUID, {
        idCompanyUser: CU.frank,
        idCartPermissionGroup: 9,
      });
      expect(other.body).toEqual(
        err(403, '2703', 'Cart can be shared only with company users from same company.'),
      );
      // Hugo has no company user; his customer token cannot act as one.
      const { accessToken } = await customerToken('hugo');
      const customerOnly = await share(accessToken, CART.q4, {
        idCompanyUser: CU.chloe,
        idCartPermissionGroup: 1,
      });
      expect(errorsOf(customerOnly)[0]?.code).toBe('2703');
      // A plain customer token of Anna acts as her default company user (rev): it shares.
      const annasCustomerToken = (await customerToken('anna')).accessToken;
      expect(
        (
          await share(annasCustomerToken, CART.q4, {
            idCompanyUser: CU.chloe,
            idCartPermissionGroup: 1,
          })
        ).status,
      ).toBe(201);
    });

    it('7. the cart must exist: 404 101', async () => {
      const anna = await companyUserToken('anna');
      const result = await share(anna, UNKNOWN_UUID, {
        idCompanyUser: CU.ben,
        idCartPermissionGroup: 9,
      });
      expect(result.body).toEqual(err(404, '101', 'Cart with given uuid not found.'));
    });

    it('8. the permission group must exist: 422 2501', async () => {
      const chloe = await companyUserToken('chloe');
      // Chloe does not own Q4 either: the group is checked before ownership.
      const result = await share(chloe, CART.q4, {
        idCompanyUser: CU.ben,
        idCartPermissionGroup: 9,
      });
      expect(result.body).toEqual(err(422, '2501', 'Cart permission group not found.'));
    });

    it('9. the caller must own the cart: 403 2701 (recipients, full access included)', async () => {
      const ben = await companyUserToken('ben');
      const result = await share(ben, CART.q4, {
        idCompanyUser: CU.chloe,
        idCartPermissionGroup: 1,
      });
      expect(result.body).toEqual(err(403, '2701', 'Action is forbidden.'));
      const chloe = await companyUserToken('chloe');
      expect(
        errorsOf(
          await share(chloe, CART.emptyDraft, { idCompanyUser: CU.ben, idCartPermissionGroup: 1 }),
        )[0]?.code,
      ).toBe('2701');
    });

    it('10. not twice to the same person, whatever the group, nor to the owner: 422 2702', async () => {
      const anna = await companyUserToken('anna');
      const again = await share(anna, CART.q4, { idCompanyUser: CU.ben, idCartPermissionGroup: 1 });
      expect(again.body).toEqual(err(422, '2702', 'Failed to share a cart.'));
      const owner = await share(anna, CART.q4, {
        idCompanyUser: CU.anna,
        idCartPermissionGroup: 1,
      });
      expect(errorsOf(owner)[0]?.code).toBe('2702');
    });
  });
});

describe('PATCH /shared-carts/{id}', () => {
  async function annasShareOfWorkshopWithBen(anna: string) {
    const cart = await glue('GET', `/carts/${CART.workshop}?include=shared-carts`, { token: anna });
    const shareResource = (
      cart.body.included as { id: string; attributes: { idCompanyUser: string } }[]
    ).find((s) => s.attributes.idCompanyUser === CU.ben);
    if (!shareResource) throw new Error('seed share missing');
    return shareResource.id;
  }
  const patch = (token: string | null, path: string, attributes: Record<string, unknown>) =>
    glue('PATCH', path, { token, body: doc('shared-carts', attributes) });

  it('changes the group (200), keeps the id and ignores other attributes', async () => {
    const anna = await companyUserToken('anna');
    const id = await annasShareOfWorkshopWithBen(anna);
    const result = await patch(anna, `/shared-carts/${id}`, {
      idCartPermissionGroup: 2,
      idCompanyUser: CU.chloe,
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      type: 'shared-carts',
      id,
      attributes: { idCompanyUser: CU.ben, idCartPermissionGroup: 2 },
      links: { self: `http://glue.test/shared-carts/${id}` },
    });
    const ben = await companyUserToken('ben');
    expect((await patchCart(ben, CART.workshop, { name: 'Tools' })).status).toBe(200);
  });

  it('checks in order: body, id in path, token, 901, 2705, 2501, 2701 (§6b)', async () => {
    const anna = await companyUserToken('anna');
    const id = await annasShareOfWorkshopWithBen(anna);
    expect((await glue('PATCH', `/shared-carts/${id}`, { body: '{}' })).body).toEqual({
      errors: [{ status: 400, detail: 'Post data is invalid.' }],
    });
    // A missing id is a framework error (§6b): before the token and the attributes.
    expect((await patch(null, '/shared-carts', {})).body).toEqual({
      errors: [{ status: 400, detail: 'Resource id is not specified.' }],
    });
    expect((await patch(null, `/shared-carts/${id}`, {})).body).toEqual(
      err(403, '002', 'Missing access token.'),
    );
    expect((await patch(anna, `/shared-carts/${id}`, {})).body).toEqual(
      err(422, '901', 'idCartPermissionGroup => This field is missing.'),
    );
    expect(
      (await patch(anna, `/shared-carts/${UNKNOWN_UUID}`, { idCartPermissionGroup: 9 })).body,
    ).toEqual(err(404, '2705', 'Shared cart not found.'));
    const ben = await companyUserToken('ben');
    expect((await patch(ben, `/shared-carts/${id}`, { idCartPermissionGroup: 9 })).body).toEqual(
      err(422, '2501', 'Cart permission group not found.'),
    );
    expect((await patch(ben, `/shared-carts/${id}`, { idCartPermissionGroup: 2 })).body).toEqual(
      err(403, '2701', 'Action is forbidden.'),
    );
  });
});

describe('DELETE /shared-carts/{id}', () => {
  it('stops sharing (204): the recipient no longer sees the cart', async () => {
    const anna = await companyUserToken('anna');
    const cart = await glue('GET', `/carts/${CART.q4}?include=shared-carts`, { token: anna });
    const id = cart.body.data.relationships['shared-carts'].data[0].id as string;
    const result = await glue('DELETE', `/shared-carts/${id}`, { token: anna });
    expect(result.status).toBe(204);
    expect(result.body).toBeNull();
    const ben = await companyUserToken('ben');
    expect((await glue('GET', `/carts/${CART.q4}`, { token: ben })).status).toBe(404);
  });

  it('refuses a recipient (403 2701) and an unknown share (404 2705)', async () => {
    const ben = await companyUserToken('ben');
    const mine = await glue('GET', `/carts/${CART.q4}?include=shared-carts`, { token: ben });
    const id = mine.body.data.relationships['shared-carts'].data[0].id as string;
    expect((await glue('DELETE', `/shared-carts/${id}`, { token: ben })).body).toEqual(
      err(403, '2701', 'Action is forbidden.'),
    );
    expect((await glue('DELETE', `/shared-carts/${UNKNOWN_UUID}`, { token: ben })).body).toEqual(
      err(404, '2705', 'Shared cart not found.'),
    );
  });
});
