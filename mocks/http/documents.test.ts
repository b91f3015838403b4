// docs/glue-api.md §1 and §7: headers, document shapes, framework errors.
import { describe, expect, it } from 'vitest';
import {
  collectionDocumentSchema,
  errorDocumentSchema,
  singleDocumentSchema,
} from '../../src/lib/json-api/document';
import { companyUserToken, doc, errorsOf, glue } from '../test/glue-client';
import { CART } from '../test/ids';

describe('headers', () => {
  it.each([
    [undefined, 'en_US'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de_DE'],
    ['de', 'de_DE'],
    ['fr-FR, en;q=0.5', 'en_US'],
    ['fr;q=1, de;q=0.5, en;q=0.2', 'de_DE'],
    ['en-GB;q=0.3, de;q=0.7', 'de_DE'],
    ['*', 'en_US'],
  ])('Accept-Language %s → Content-Language %s', async (acceptLanguage, expected) => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', '/cart-permission-groups', {
      token,
      headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
    });
    expect(result.headers.get('Content-Language')).toBe(expected);
  });

  it('keeps error details in English whatever the language', async () => {
    const result = await glue('GET', '/carts', { headers: { 'Accept-Language': 'de-DE' } });
    expect(result.headers.get('Content-Language')).toBe('de_DE');
    expect(result.headers.get('Content-Type')).toBe('application/vnd.api+json');
    expect(errorsOf(result)).toEqual([
      { status: 403, code: '002', detail: 'Missing access token.' },
    ]);
  });
});

describe('document shapes', () => {
  it('answers a single resource as an object and a collection as an array with links.self', async () => {
    const token = await companyUserToken('anna');
    const one = await glue('GET', `/carts/${CART.q4}`, { token });
    expect(singleDocumentSchema.parse(one.body).data.id).toBe(CART.q4);
    expect(one.body.data.links.self).toBe(`http://glue.test/carts/${CART.q4}`);
    expect(one.body).not.toHaveProperty('included');
    expect(one.body.data).not.toHaveProperty('relationships');

    const many = await glue('GET', '/carts', { token });
    expect(collectionDocumentSchema.parse(many.body).links.self).toBe('http://glue.test/carts');
  });

  it('answers an empty collection as data: []', async () => {
    const token = await companyUserToken('gina');
    const result = await glue('GET', '/company-users/mine', { token });
    expect(result.body.data).toHaveLength(1);
    const hugo = await glue('POST', '/access-tokens', {
      body: doc('access-tokens', { username: 'hugo.lang@example.com', password: 'change123' }),
    });
    const none = await glue('GET', '/carts', { token: hugo.body.data.attributes.accessToken });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ data: [], links: { self: 'http://glue.test/carts' } });
  });

  it('treats an empty include= like no include', async () => {
    const token = await companyUserToken('anna');
    const result = await glue('GET', `/carts/${CART.q4}?include=`, { token });
    expect(result.body).not.toHaveProperty('included');
    expect(result.body.data).not.toHaveProperty('relationships');
  });
});

describe('framework checks (no code)', () => {
  const post = (body: unknown, token: string) => glue('POST', '/carts', { token, body });

  it.each([
    ['a body that is not JSON', '{not json'],
    ['an empty object', {}],
    ['no data', { meta: {} }],
    ['no data.type', { data: { attributes: { name: 'x' } } }],
  ])('answers 400 "Post data is invalid." for %s', async (_, body) => {
    const token = await companyUserToken('anna');
    const result = await post(body, token);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors: [{ status: 400, detail: 'Post data is invalid.' }] });
    expect(errorDocumentSchema.parse(result.body).errors[0]).not.toHaveProperty('code');
  });

  it.each([
    ['an empty type', ''],
    ['another resource’s type', 'items'],
  ])('answers 400 "Invalid type." for %s', async (_, type) => {
    const token = await companyUserToken('anna');
    const result = await post({ data: { type, attributes: { name: 'x' } } }, token);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors: [{ status: 400, detail: 'Invalid type.' }] });
  });

  it('answers 404 "Not Found" for an unknown route', async () => {
    const result = await glue('GET', '/no-such-resource');
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ errors: [{ status: 404, detail: 'Not Found' }] });
    expect(result.headers.get('Content-Type')).toBe('application/vnd.api+json');
  });

  it.each([
    ['PATCH', '/carts'],
    ['DELETE', '/carts'],
    ['DELETE', `/carts/${CART.q4}/items`],
    ['DELETE', '/shared-carts'],
  ])('answers 400 "Resource id is not specified." for %s %s', async (method, path) => {
    const token = await companyUserToken('anna');
    const body = method === 'PATCH' ? doc('carts', { name: 'Renamed' }) : undefined;
    const result = await glue(method, path, { token, body });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      errors: [{ status: 400, detail: 'Resource id is not specified.' }],
    });
  });
});
