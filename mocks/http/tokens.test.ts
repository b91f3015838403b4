// The token resources of docs/glue-api.md §2 (/access-tokens, /company-user-access-tokens,
// /refresh-tokens): attribute rules before credentials, token answers,
// customer tokens acting as the default company user, and revoking refresh tokens.
import { describe, expect, it } from 'vitest';
import { customerToken, doc, errorsOf, glue } from '../test/glue-client';
import { CU } from '../test/ids';

const post = (path: string, type: string, attributes: Record<string, unknown>, token?: string) =>
  glue('POST', path, { token, body: doc(type, attributes) });
const e901 = (detail: string) => ({ status: 422, code: '901', detail });

describe('attribute rules come before the credentials (rev)', () => {
  it('POST /access-tokens: blank and not-an-email usernames, blank passwords', async () => {
    const blank = await post('/access-tokens', 'access-tokens', { username: '', password: '' });
    expect(blank.status).toBe(422);
    expect(errorsOf(blank)).toEqual([
      e901('username => This value should not be blank.'),
      e901('password => This value should not be blank.'),
    ]);
    // A wrong password does not matter yet: the username is not an email.
    const notEmail = await post('/access-tokens', 'access-tokens', {
      username: 'anna',
      password: 'wrong',
    });
    expect(notEmail.body).toEqual({
      errors: [e901('username => This value is not a valid email address.')],
    });
  });

  it('POST /company-user-access-tokens: blank, then not a UUID', async () => {
    const { accessToken } = await customerToken('eva');
    const blank = await post(
      '/company-user-access-tokens',
      'company-user-access-tokens',
      { idCompanyUser: '' },
      accessToken,
    );
    expect(blank.body).toEqual({
      errors: [e901('idCompanyUser => This value should not be blank.')],
    });
    const notUuid = await post(
      '/company-user-access-tokens',
      'company-user-access-tokens',
      { idCompanyUser: 'summit' },
      accessToken,
    );
    expect(notUuid.body).toEqual({ errors: [e901('idCompanyUser => This is not a valid UUID.')] });
  });

  it('POST /refresh-tokens: a blank token', async () => {
    const blank = await post('/refresh-tokens', 'refresh-tokens', { refreshToken: '' });
    expect(blank.body).toEqual({
      errors: [e901('refreshToken => This value should not be blank.')],
    });
  });
});

describe('token answers (rev)', () => {
  it('have id null and the collection path as links.self', async () => {
    const { accessToken, refreshToken } = await customerToken('eva');
    const company = await post(
      '/company-user-access-tokens',
      'company-user-access-tokens',
      { idCompanyUser: CU.evaSummit },
      accessToken,
    );
    expect(company.status).toBe(201);
    expect(company.body.data).toMatchObject({
      type: 'company-user-access-tokens',
      id: null,
      links: { self: 'http://glue.test/company-user-access-tokens' },
    });
    const refreshed = await post('/refresh-tokens', 'refresh-tokens', { refreshToken });
    expect(refreshed.status).toBe(201);
    expect(refreshed.body.data).toMatchObject({
      type: 'refresh-tokens',
      id: null,
      links: { self: 'http://glue.test/refresh-tokens' },
    });
  });

  it('refuse an access token sent as a refresh token with 401 004', async () => {
    const { accessToken } = await customerToken('anna');
    const result = await post('/refresh-tokens', 'refresh-tokens', { refreshToken: accessToken });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      errors: [{ status: 401, code: '004', detail: 'Failed to refresh token.' }],
    });
  });
});

describe('a plain customer token (rev)', () => {
  it('acts as the default company user: colleagues and sharing work with it', async () => {
    const { accessToken } = await customerToken('anna');
    const colleagues = await glue('GET', '/company-users', { token: accessToken });
    expect(colleagues.status).toBe(200);
    const mine = await glue('GET', '/company-users/mine', { token: accessToken });
    expect(mine.body.data.map((cu: { id: string }) => cu.id)).toEqual([CU.anna]);
  });

  it('of an inactive default company user (David) is only a customer: 1403', async () => {
    const { accessToken, idCompanyUser } = await customerToken('david');
    expect(idCompanyUser).toBe(CU.david);
    expect(errorsOf(await glue('GET', '/company-users', { token: accessToken }))[0]?.code).toBe(
      '1403',
    );
  });
});

describe('DELETE /refresh-tokens/{refreshToken} (rev)', () => {
  const refreshWith = (refreshToken: string) =>
    post('/refresh-tokens', 'refresh-tokens', { refreshToken });

  it('revokes the caller’s own token by its value (204), and only that one', async () => {
    const first = await customerToken('anna');
    const second = await customerToken('anna');
    const result = await glue('DELETE', `/refresh-tokens/${first.refreshToken}`, {
      token: first.accessToken,
    });
    expect(result.status).toBe(204);
    expect(result.body).toBeNull();
    expect((await refreshWith(first.refreshToken)).status).toBe(401);
    expect((await refreshWith(second.refreshToken)).status).toBe(201);
  });

  it('answers 204 for an unknown token or another customer’s, and revokes nothing', async () => {
    const anna = await customerToken('anna');
    const ben = await customerToken('ben');
    for (const value of ['unknown-token', ben.refreshToken]) {
      const result = await glue('DELETE', `/refresh-tokens/${value}`, { token: anna.accessToken });
      expect(result.status).toBe(204);
    }
    expect((await refreshWith(ben.refreshToken)).status).toBe(201);
    expect((await refreshWith(anna.refreshToken)).status).toBe(201);
  });

  it('answers 400 "Resource id is not specified." without an id', async () => {
    const { accessToken } = await customerToken('anna');
    for (const path of ['/refresh-tokens/', '/refresh-tokens']) {
      const result = await glue('DELETE', path, { token: accessToken });
      expect(result.status).toBe(400);
      expect(result.body).toEqual({
        errors: [{ status: 400, detail: 'Resource id is not specified.' }],
      });
    }
  });
});
