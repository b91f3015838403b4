import { describe, expect, it } from 'vitest';
import { backend } from '../node';
import { companyUserToken, customerToken, errorsOf, glue } from '../test/glue-client';
import { COMPANY, CU, UNKNOWN_UUID } from '../test/ids';

const ids = (data: { id: string }[]) => data.map((r) => r.id);

describe('GET /company-users/mine', () => {
  it('lists Eva’s two company users with their companies, with a customer token', async () => {
    const { accessToken } = await customerToken('eva');
    const result = await glue('GET', '/company-users/mine?include=companies', {
      token: accessToken,
    });
    expect(result.status).toBe(200);
    expect(ids(result.body.data)).toEqual([CU.eva, CU.evaSummit]);
    expect(result.body.data[0]).toEqual({
      type: 'company-users',
      id: CU.eva,
      attributes: { isActive: true, isDefault: true },
      links: { self: `http://glue.test/company-users/${CU.eva}` },
      relationships: { companies: { data: [{ type: 'companies', id: COMPANY.northwind }] } },
    });
    expect(result.body.included).toEqual([
      {
        type: 'companies',
        id: COMPANY.northwind,
        attributes: { name: 'Northwind Supplies GmbH', isActive: true },
        links: { self: `http://glue.test/companies/${COMPANY.northwind}` },
      },
      {
        type: 'companies',
        id: COMPANY.summit,
        attributes: { name: 'Summit Tools AG', isActive: true },
        links: { self: `http://glue.test/companies/${COMPANY.summit}` },
      },
    ]);
  });

  it('leaves out inactive company users (David has none left) and Hugo has none', async () => {
    for (const persona of ['david', 'hugo'] as const) {
      const { accessToken } = await customerToken(persona);
      expect((await glue('GET', '/company-users/mine', { token: accessToken })).body.data).toEqual(
        [],
      );
    }
  });
});

describe('GET /company-users', () => {
  it('lists everyone in the company, inactive people and the caller included', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue('GET', '/company-users', { token: anna });
    expect(ids(result.body.data)).toEqual([CU.anna, CU.ben, CU.chloe, CU.david, CU.eva]);
    expect(result.body.data[3].attributes).toEqual({ isActive: false, isDefault: true });
    expect(result.body.links).toEqual({ self: 'http://glue.test/company-users' });
  });

  it('includes customers', async () => {
    const frank = await companyUserToken('frank');
    const result = await glue('GET', '/company-users?include=customers', { token: frank });
    expect(
      result.body.included.map((c: { attributes: { email: string } }) => c.attributes.email),
    ).toEqual([
      'eva.fischer@northwind.example',
      'frank.meyer@summit.example',
      'gina.rossi@summit.example',
    ]);
  });

  it('needs a company user (403 1403) and the permission (403 1405)', async () => {
    // Hugo has no company user at all; a customer token of Anna acts as her default one.
    const { accessToken } = await customerToken('hugo');
    expect(
      (await glue('GET', '/company-users', { token: (await customerToken('anna')).accessToken }))
        .status,
    ).toBe(200);
    expect((await glue('GET', '/company-users', { token: accessToken })).body).toEqual({
      errors: [
        {
          status: 403,
          code: '1403',
          detail:
            'Current company user is not set. You need to select the current company user with /company-user-access-tokens in order to access the resource collection.',
        },
      ],
    });
    const chloe = await companyUserToken('chloe');
    expect((await glue('GET', '/company-users', { token: chloe })).body).toEqual({
      errors: [{ status: 403, code: '1405', detail: 'Forbidden' }],
    });
  });

  describe('paging', () => {
    it('pages only when both offset and limit are given, with first/last/next/prev links', async () => {
      const anna = await companyUserToken('anna');
      const first = await glue('GET', '/company-users?page[offset]=0&page[limit]=2', {
        token: anna,
      });
      expect(ids(first.body.data)).toEqual([CU.anna, CU.ben]);
      expect(first.body.links).toEqual({
        self: 'http://glue.test/company-users?page[offset]=0&page[limit]=2',
        first: 'http://glue.test/company-users?page[offset]=0&page[limit]=2',
        last: 'http://glue.test/company-users?page[offset]=4&page[limit]=2',
        next: 'http://glue.test/company-users?page[offset]=2&page[limit]=2',
      });
      expect(first.body).not.toHaveProperty('meta');
      const middle = await glue(
        'GET',
        '/company-users?include=customers&page[offset]=2&page[limit]=2',
        { token: anna },
      );
      expect(middle.body.links).toEqual({
        self: 'http://glue.test/company-users?include=customers&page[offset]=2&page[limit]=2',
        first: 'http://glue.test/company-users?include=customers&page[offset]=0&page[limit]=2',
        last: 'http://glue.test/company-users?include=customers&page[offset]=4&page[limit]=2',
        next: 'http://glue.test/company-users?include=customers&page[offset]=4&page[limit]=2',
        prev: 'http://glue.test/company-users?include=customers&page[offset]=0&page[limit]=2',
      });
      const last = await glue('GET', '/company-users?page[offset]=4&page[limit]=2', {
        token: anna,
      });
      expect(ids(last.body.data)).toEqual([CU.eva]);
      expect(last.body.links).not.toHaveProperty('next');
      const onlyOne = await glue('GET', '/company-users?page[limit]=2', { token: anna });
      expect(onlyOne.body.data).toHaveLength(5);
    });

    it.each([
      'page[offset]=-1&page[limit]=2',
      'page[offset]=0&page[limit]=abc',
      'page[offset]=1.5&page[limit]=2',
      'page[offset]=0&page[limit]=0',
      'page[offset]=2',
    ])('answers %s with a plain-text 400, not a JSON:API document (rev 3)', async (query) => {
      const anna = await companyUserToken('anna');
      const result = await glue('GET', `/company-users?${query}`, { token: anna });
      expect(result.status).toBe(400);
      expect(result.body).toBe('Pagination parameters are invalid.');
      expect(result.headers.get('Content-Type')).toBe('text/plain; charset=UTF-8');
      expect(result.headers.get('Content-Language')).toBeNull();
    });

    it('refuses bad paging before it looks at the token (framework first, §6b)', async () => {
      const result = await glue('GET', '/company-users?page[offset]=x&page[limit]=2');
      expect(result.status).toBe(400);
      expect(result.body).toBe('Pagination parameters are invalid.');
    });

    it('pages through 10,000 colleagues of the large scenario', async () => {
      backend.reset({ scenario: 'large' });
      const anna = await companyUserToken('anna');
      const result = await glue('GET', '/company-users?page[offset]=10000&page[limit]=100', {
        token: anna,
      });
      expect(result.body.data).toHaveLength(5);
      expect(result.body.links.last).toBe(
        'http://glue.test/company-users?page[offset]=10000&page[limit]=100',
      );
    });
  });
});

describe('GET /company-users/{id}', () => {
  it('answers a colleague', async () => {
    const anna = await companyUserToken('anna');
    const result = await glue('GET', `/company-users/${CU.ben}`, { token: anna });
    expect(result.status).toBe(200);
    expect(result.body.data.id).toBe(CU.ben);
  });

  it('answers 404 1404 for an unknown id and 403 1403 for another company’s user', async () => {
    const anna = await companyUserToken('anna');
    expect(errorsOf(await glue('GET', `/company-users/${UNKNOWN_UUID}`, { token: anna }))).toEqual([
      { status: 404, code: '1404', detail: 'Company user not found' },
    ]);
    const other = await glue('GET', `/company-users/${CU.frank}`, { token: anna });
    expect(other.status).toBe(403);
    expect(errorsOf(other)[0]?.code).toBe('1403');
  });
});
