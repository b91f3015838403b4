import { describe, expect, it } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD } from '../db/demo-seed';
import { backend } from '../node';
import { companyUserToken, customerToken, doc, errorsOf, glue } from '../test/glue-client';
import { CU } from '../test/ids';

const login = (username: string, password: string) =>
  glue('POST', '/access-tokens', { body: doc('access-tokens', { username, password }) });

const switchTo = (token: string, idCompanyUser: unknown) =>
  glue('POST', '/company-user-access-tokens', {
    token,
    body: doc('company-user-access-tokens', { idCompanyUser }),
  });

describe('POST /access-tokens', () => {
  it('answers 201 with a Bearer token pair and the default company user', async () => {
    const result = await login(DEMO_EMAILS.anna, DEMO_PASSWORD);
    expect(result.status).toBe(201);
    expect(result.headers.get('Content-Type')).toBe('application/vnd.api+json');
    expect(result.body.data).toMatchObject({
      type: 'access-tokens',
      id: null,
      attributes: {
        tokenType: 'Bearer',
        expiresIn: 28800,
        refreshTokenExpiresIn: 2592000,
        idCompanyUser: CU.anna,
      },
      links: { self: 'http://glue.test/access-tokens' },
    });
    expect(result.body.data.attributes.accessToken).toMatch(/^[0-9a-f]{64}$/);
    expect(result.body.data.attributes.refreshToken).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives Eva her Northwind company user and Hugo none', async () => {
    expect((await customerToken('eva')).idCompanyUser).toBe(CU.eva);
    expect((await customerToken('hugo')).idCompanyUser).toBeNull();
  });

  it('logs in with the email in any letter case', async () => {
    expect((await login('Anna.Keller@Northwind.example', DEMO_PASSWORD)).status).toBe(201);
  });

  it.each([
    ['a wrong password', DEMO_EMAILS.anna, 'wrong'],
    ['an unknown email', 'nobody@example.com', DEMO_PASSWORD],
  ])('refuses %s with 401 003 and WWW-Authenticate', async (_, username, password) => {
    const result = await login(username, password);
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      errors: [{ status: 401, code: '003', detail: 'Failed to authenticate user.' }],
    });
    expect(result.headers.get('WWW-Authenticate')).toBe('Bearer realm="Access to shop API"');
  });

  it('validates each missing attribute as its own 901', async () => {
    const result = await glue('POST', '/access-tokens', { body: doc('access-tokens', {}) });
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual([
      { status: 422, code: '901', detail: 'username => This field is missing.' },
      { status: 422, code: '901', detail: 'password => This field is missing.' },
    ]);
  });
});

describe('POST /company-user-access-tokens', () => {
  it('answers 201 with a token that acts as the company user', async () => {
    const customer = await customerToken('anna');
    const result = await switchTo(customer.accessToken, CU.anna);
    expect(result.status).toBe(201);
    expect(result.body.data).toMatchObject({
      type: 'company-user-access-tokens',
      attributes: { tokenType: 'Bearer', idCompanyUser: CU.anna },
    });
    const colleagues = await glue('GET', '/company-users', {
      token: result.body.data.attributes.accessToken,
    });
    expect(colleagues.status).toBe(200);
  });

  it('lets Eva switch to Summit Tools', async () => {
    const token = await companyUserToken('eva', CU.evaSummit);
    const mine = await glue('GET', '/company-users?include=companies', { token });
    expect(mine.status).toBe(200);
    const carts = await glue('GET', '/carts', { token });
    expect(carts.body.data.map((c: { attributes: { name: string } }) => c.attributes.name)).toEqual(
      ["Eva's cart"],
    );
  });

  it.each([
    ['another customer’s company user', CU.ben],
    ['an unknown company user', '00000000-0000-4000-8000-000000000000'],
  ])('refuses %s with 401 003', async (_, id) => {
    const customer = await customerToken('anna');
    const result = await switchTo(customer.accessToken, id);
    expect(result.status).toBe(401);
    expect(errorsOf(result)).toEqual([
      { status: 401, code: '003', detail: 'Failed to authenticate user.' },
    ]);
  });

  it('refuses David’s inactive company user with 401 003', async () => {
    const customer = await customerToken('david');
    expect(customer.idCompanyUser).toBe(CU.david);
    const result = await switchTo(customer.accessToken, CU.david);
    expect(result.status).toBe(401);
    expect(errorsOf(result)[0]?.code).toBe('003');
  });

  it('needs a token: 403 002 without one, 401 001 with a bad one', async () => {
    const missing = await glue('POST', '/company-user-access-tokens', {
      body: doc('company-user-access-tokens', { idCompanyUser: CU.anna }),
    });
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual({
      errors: [{ status: 403, code: '002', detail: 'Missing access token.' }],
    });
    const bad = await switchTo('not-a-token', CU.anna);
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({
      errors: [{ status: 401, code: '001', detail: 'Invalid access token.' }],
    });
    expect(bad.headers.get('WWW-Authenticate')).toBe('Bearer realm="Access to shop API"');
  });
});

describe('POST /refresh-tokens', () => {
  const refresh = (refreshToken: string) =>
    glue('POST', '/refresh-tokens', { body: doc('refresh-tokens', { refreshToken }) });

  it('answers a new pair, and the old refresh token stops working', async () => {
    const first = await customerToken('anna');
    const result = await refresh(first.refreshToken);
    expect(result.status).toBe(201);
    expect(result.body.data.type).toBe('refresh-tokens');
    expect(result.body.data.attributes.accessToken).not.toBe(first.accessToken);
    expect(result.body.data.attributes.refreshToken).not.toBe(first.refreshToken);
    const again = await refresh(first.refreshToken);
    expect(again.status).toBe(401);
    expect(again.body).toEqual({
      errors: [{ status: 401, code: '004', detail: 'Failed to refresh token.' }],
    });
    expect(again.headers.get('WWW-Authenticate')).toBe('Bearer realm="Access to shop API"');
  });

  it('keeps the company user of the refreshed token', async () => {
    const customer = await customerToken('eva');
    const switched = await switchTo(customer.accessToken, CU.evaSummit);
    const result = await refresh(switched.body.data.attributes.refreshToken);
    expect(result.body.data.attributes.idCompanyUser).toBe(CU.evaSummit);
    const carts = await glue('GET', '/company-users/' + CU.frank, {
      token: result.body.data.attributes.accessToken,
    });
    expect(carts.status).toBe(200);
  });

  it('refuses an unknown refresh token with 401 004', async () => {
    const result = await refresh('nope');
    expect(errorsOf(result)).toEqual([
      { status: 401, code: '004', detail: 'Failed to refresh token.' },
    ]);
  });
});

describe('DELETE /refresh-tokens/mine', () => {
  it('answers 204 with no body and revokes the caller’s refresh tokens', async () => {
    const tokens = await customerToken('anna');
    const result = await glue('DELETE', '/refresh-tokens/mine', { token: tokens.accessToken });
    expect(result.status).toBe(204);
    expect(result.body).toBeNull();
    const refreshed = await glue('POST', '/refresh-tokens', {
      body: doc('refresh-tokens', { refreshToken: tokens.refreshToken }),
    });
    expect(refreshed.status).toBe(401);
    expect(errorsOf(refreshed)[0]?.code).toBe('004');
  });
});

describe('token lifetime', () => {
  it('treats an expired access token as invalid (001) until it is refreshed', async () => {
    let now = Date.parse('2026-11-21T10:00:00Z');
    backend.reset({ tokenTtlSeconds: 60, clock: () => now });
    const tokens = await customerToken('anna');
    expect(tokens).toMatchObject({});
    expect((await glue('GET', '/carts', { token: tokens.accessToken })).status).toBe(200);
    now += 61_000;
    const expired = await glue('GET', '/carts', { token: tokens.accessToken });
    expect(expired.status).toBe(401);
    expect(errorsOf(expired)).toEqual([
      { status: 401, code: '001', detail: 'Invalid access token.' },
    ]);
    const refreshed = await glue('POST', '/refresh-tokens', {
      body: doc('refresh-tokens', { refreshToken: tokens.refreshToken }),
    });
    expect(refreshed.body.data.attributes.expiresIn).toBe(60);
    const retried = await glue('GET', '/carts', {
      token: refreshed.body.data.attributes.accessToken,
    });
    expect(retried.status).toBe(200);
  });
});
