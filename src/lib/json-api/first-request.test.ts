import { describe, expect, it, vi } from 'vitest';
import { errorDocuments, permissionGroupList } from './fixtures/glue-documents';
import { FIRST_REQUEST_KEY, type FirstRequestHolder, withFirstRequest } from './first-request';
import { testClient } from './fixtures/test-client';

const URL_ = 'https://glue.example.com/cart-permission-groups';
const HEADERS = {
  Accept: 'application/vnd.api+json',
  'Accept-Language': 'en-US',
  Authorization: 'Bearer script-token',
};
/** The client sends the language the early request was sent with. */
const ENGLISH = { getLanguage: () => 'en-US' };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/vnd.api+json' },
  });

function setup(response: Promise<Response>) {
  const holder: FirstRequestHolder = {
    [FIRST_REQUEST_KEY]: { url: URL_, headers: HEADERS, response },
  };
  const network = vi.fn<typeof fetch>(() => Promise.resolve(json(200, { from: 'network' })));
  return { holder, network, fetch: withFirstRequest(holder, network) };
}

describe('a first request started before the app', () => {
  it('answers the same GET with the same headers, once; the next one goes to the network', async () => {
    const early = json(200, { from: 'script' });
    const { holder, network, fetch } = setup(Promise.resolve(early));
    expect(await fetch(URL_, { method: 'GET', headers: { ...HEADERS } })).toBe(early);
    expect(network).not.toHaveBeenCalled();
    expect(holder[FIRST_REQUEST_KEY]).toBeUndefined();

    await fetch(URL_, { method: 'GET', headers: { ...HEADERS } });
    expect(network).toHaveBeenCalledOnce();
  });

  it('is dropped, not used, when the app asks for the address with other headers', async () => {
    const { holder, network, fetch } = setup(Promise.resolve(json(200, { from: 'script' })));
    const otherToken = { ...HEADERS, Authorization: 'Bearer newer-token' };
    expect(await (await fetch(URL_, { method: 'GET', headers: otherToken })).json()).toEqual({
      from: 'network',
    });
    expect(network).toHaveBeenCalledWith(URL_, { method: 'GET', headers: otherToken });
    expect(holder[FIRST_REQUEST_KEY]).toBeUndefined();
  });

  it('waits for its own address, and only a GET without a body gets it', async () => {
    const { holder, network, fetch } = setup(Promise.resolve(json(200, {})));
    await fetch('https://glue.example.com/company-users/mine', { headers: { ...HEADERS } });
    expect(network).toHaveBeenCalledOnce();
    expect(holder[FIRST_REQUEST_KEY]?.url).toBe(URL_);

    await fetch(URL_, { method: 'POST', headers: { ...HEADERS }, body: '{}' });
    expect(network).toHaveBeenCalledTimes(2);
    expect(holder[FIRST_REQUEST_KEY]).toBeUndefined();
  });

  it('honours the caller’s abort signal while the answer is on its way', async () => {
    const { fetch } = setup(new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const pending = fetch(URL_, { headers: { ...HEADERS }, signal: controller.signal });
    controller.abort(new DOMException('Gone', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'Gone' });
  });

  it('keeps the client’s rules: an expired token’s 401 001 refreshes and asks the network again', async () => {
    const { network, fetch } = setup(Promise.resolve(json(401, errorDocuments.invalidToken)));
    network.mockResolvedValueOnce(json(200, permissionGroupList));
    const { client, refreshSession } = testClient(fetch, 'script-token', ENGLISH);
    const document = await client.many('/cart-permission-groups');
    expect(document.data).toHaveLength(2);
    expect(refreshSession).toHaveBeenCalledOnce();
    expect(network).toHaveBeenCalledOnce();
    expect(new Headers(network.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(
      'Bearer new-token',
    );
  });

  it('keeps the client’s rules: a failed early request is the client’s NetworkError', async () => {
    const { fetch } = setup(Promise.reject(new TypeError('Failed to fetch')));
    const { client } = testClient(fetch, 'script-token', ENGLISH);
    await expect(client.many('/cart-permission-groups')).rejects.toMatchObject({
      name: 'NetworkError',
    });
  });
});
