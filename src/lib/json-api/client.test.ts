import { describe, expect, it, vi } from 'vitest';
import type { GlueClientOptions } from './client';
import { testClient } from './fixtures/test-client';
import { errorDocuments, permissionGroupList, sharedCartCreated } from './fixtures/glue-documents';
import { GlueError, MalformedResponseError, NetworkError } from './glue-error';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/vnd.api+json' },
  });

function setup(responses: (Response | Error)[], overrides: Partial<GlueClientOptions> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchMock = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  const { client, refreshSession } = testClient(fetchMock, 'old-token', overrides);
  return {
    client,
    calls,
    refreshSession,
    headers: (i: number) => new Headers(calls[i]?.init.headers),
  };
}

describe('the Glue client', () => {
  it('sends JSON:API headers, the token and the UI language, and validates the document', async () => {
    const { client, calls, headers } = setup([json(200, permissionGroupList)]);
    const document = await client.many('/cart-permission-groups');
    expect(document.data).toHaveLength(2);
    expect(calls[0]?.url).toBe('https://glue.example.com/cart-permission-groups');
    expect(headers(0).get('Accept')).toBe('application/vnd.api+json');
    expect(headers(0).get('Accept-Language')).toBe('de-DE');
    expect(headers(0).get('Authorization')).toBe('Bearer old-token');
  });

  it('wraps a body in data and sends it as JSON:API', async () => {
    const { client, calls, headers } = setup([json(201, sharedCartCreated)]);
    await client.one('POST', '/carts/c1/shared-carts', {
      body: { type: 'shared-carts', attributes: { idCompanyUser: 'u', idCartPermissionGroup: 1 } },
    });
    expect(headers(0).get('Content-Type')).toBe('application/vnd.api+json');
    expect(JSON.parse(calls[0]?.init.body as string)).toEqual({
      data: { type: 'shared-carts', attributes: { idCompanyUser: 'u', idCartPermissionGroup: 1 } },
    });
  });

  it('builds include lists and paging parameters as Glue reads them', async () => {
    const { client, calls } = setup([json(200, permissionGroupList)]);
    await client.many('/company-users', {
      query: { include: ['customers', 'companies'], 'page[offset]': 100, 'page[limit]': 50 },
    });
    expect(calls[0]?.url).toBe(
      'https://glue.example.com/company-users?include=customers,companies&page[offset]=100&page[limit]=50',
    );
  });

  it('sends no token when anonymous', async () => {
    const { client, headers } = setup([json(201, sharedCartCreated)]);
    await client.one('POST', '/access-tokens', {
      anonymous: true,
      body: { type: 'access-tokens', attributes: {} },
    });
    expect(headers(0).get('Authorization')).toBeNull();
  });

  it('turns an error document into a GlueError with status, code and detail', async () => {
    const { client } = setup([json(422, errorDocuments.validation)]);
    const error = await client.one('POST', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlueError);
    expect(error).toMatchObject({ status: 422, code: '901' });
    expect((error as GlueError).errors).toEqual(errorDocuments.validation.errors);
  });

  it('keeps framework errors without a code', async () => {
    const { client } = setup([json(400, errorDocuments.framework)]);
    const error = (await client.one('POST', '/x').catch((e: unknown) => e)) as GlueError;
    expect(error.status).toBe(400);
    expect(error.code).toBeUndefined();
    expect(error.errors[0]?.detail).toBe('Post data is invalid.');
  });

  it('answers 204 with nothing', async () => {
    const { client } = setup([new Response(null, { status: 204 })]);
    await expect(client.none('DELETE', '/shared-carts/1')).resolves.toBeUndefined();
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const { client } = setup([new TypeError('Failed to fetch')]);
    await expect(client.many('/carts')).rejects.toBeInstanceOf(NetworkError);
  });

  it('reports a body that is not JSON, or not the document expected, as malformed', async () => {
    const notJson = setup([new Response('<html>', { status: 200 })]);
    await expect(notJson.client.many('/carts')).rejects.toBeInstanceOf(MalformedResponseError);
    const wrongShape = setup([json(200, { data: { type: 'carts' } })]);
    await expect(wrongShape.client.many('/carts')).rejects.toBeInstanceOf(MalformedResponseError);
  });

  // docs/glue-api.md §1 (rev 3): answers that are not JSON:API are errors with their status.
  it('turns Glue’s plain-text 400 into a GlueError with its status, its text and no code', async () => {
    const { client } = setup([
      new Response('Pagination parameters are invalid.', {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
      }),
    ]);
    const error = await client.many('/company-users').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlueError);
    expect((error as GlueError).status).toBe(400);
    expect((error as GlueError).code).toBeUndefined();
    expect((error as GlueError).errors).toEqual([
      { status: 400, detail: 'Pagination parameters are invalid.' },
    ]);
  });

  it.each([
    [502, 'Bad Gateway'],
    [504, 'Gateway Time-out'],
  ])('turns a proxy’s HTML %i page into a GlueError named by its title', async (status, name) => {
    // nginx's own error page, byte for byte.
    const html = `<html>\r\n<head><title>${String(status)} ${name}</title></head>\r\n<body>\r\n<center><h1>${String(status)} ${name}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    const { client } = setup([
      new Response(html, { status, headers: { 'Content-Type': 'text/html' } }),
    ]);
    const error = (await client.many('/carts').catch((e: unknown) => e)) as GlueError;
    expect(error).toBeInstanceOf(GlueError);
    expect(error.errors).toEqual([{ status, detail: `${String(status)} ${name}` }]);
    expect(error.code).toBeUndefined();
  });

  it('names an empty error answer by its status text', async () => {
    const { client } = setup([
      new Response('', { status: 503, statusText: 'Service Unavailable' }),
    ]);
    const error = (await client.many('/carts').catch((e: unknown) => e)) as GlueError;
    expect(error.errors).toEqual([{ status: 503, detail: 'Service Unavailable' }]);
  });

  it('on 401 001 refreshes once and retries once with the new token', async () => {
    const { client, refreshSession, headers } = setup([
      json(401, errorDocuments.invalidToken),
      json(200, permissionGroupList),
    ]);
    await client.many('/cart-permission-groups');
    expect(refreshSession).toHaveBeenCalledOnce();
    expect(headers(1).get('Authorization')).toBe('Bearer new-token');
  });

  it('gives up with the 401 when the refresh fails, and does not loop on a second 401', async () => {
    const failing = setup([json(401, errorDocuments.invalidToken)], {
      refreshSession: () => Promise.resolve(false),
    });
    await expect(failing.client.many('/carts')).rejects.toMatchObject({ status: 401, code: '001' });

    const twice = setup([
      json(401, errorDocuments.invalidToken),
      json(401, errorDocuments.invalidToken),
    ]);
    await expect(twice.client.many('/carts')).rejects.toMatchObject({ status: 401 });
    expect(twice.refreshSession).toHaveBeenCalledOnce();
  });

  it('does not refresh for other 401s (a wrong password is 003)', async () => {
    const { client, refreshSession } = setup([
      json(401, { errors: [{ status: 401, code: '003', detail: 'Failed to authenticate user.' }] }),
    ]);
    await expect(client.many('/carts')).rejects.toMatchObject({ code: '003' });
    expect(refreshSession).not.toHaveBeenCalled();
  });
});
