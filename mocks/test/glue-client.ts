// A tiny Glue client for tests: sends real HTTP-shaped requests through the MSW
// handlers and returns status, headers and the parsed body.
import { DEMO_EMAILS, DEMO_PASSWORD } from '../db/demo-seed';
import { TEST_GLUE_URL } from '../node';

export type Persona = keyof typeof DEMO_EMAILS;

export interface GlueResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text of a body that is not JSON (docs/glue-api.md §1, rev 3). */
  body: any;
}

export interface GlueRequestOptions {
  token?: string | null;
  /** An object is sent as JSON; a string is sent as is (to test malformed bodies). */
  body?: unknown;
  headers?: Record<string, string>;
}

export async function glue(
  method: string,
  path: string,
  options: GlueRequestOptions = {},
): Promise<GlueResult> {
  const headers = new Headers({ Accept: 'application/vnd.api+json', ...options.headers });
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/vnd.api+json');
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${TEST_GLUE_URL}${path}`, { method, headers, body });
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : isJson ? (JSON.parse(text) as unknown) : text,
  };
}

export const doc = (type: string, attributes: Record<string, unknown>) => ({
  data: { type, attributes },
});

/** Logs in as a customer only: the token `/access-tokens` gives. */
export async function customerToken(persona: Persona) {
  const result = await glue('POST', '/access-tokens', {
    body: doc('access-tokens', { username: DEMO_EMAILS[persona], password: DEMO_PASSWORD }),
  });
  if (result.status !== 201) throw new Error(`Login of ${persona} failed: ${result.status}`);
  return result.body.data.attributes as {
    accessToken: string;
    refreshToken: string;
    idCompanyUser: string | null;
  };
}

/** Logs in and switches to the persona's default (or the given) company user. */
export async function companyUserToken(persona: Persona, idCompanyUser?: string) {
  const customer = await customerToken(persona);
  const id = idCompanyUser ?? customer.idCompanyUser;
  const result = await glue('POST', '/company-user-access-tokens', {
    token: customer.accessToken,
    body: doc('company-user-access-tokens', { idCompanyUser: id }),
  });
  if (result.status !== 201)
    throw new Error(`Company login of ${persona} failed: ${result.status}`);
  return result.body.data.attributes.accessToken as string;
}

export const errorsOf = (result: GlueResult) =>
  (result.body as { errors: { status: number; code?: string; detail: string }[] }).errors;

/** The attributes `POST /carts` requires besides the name (docs/glue-api.md §4). */
export const CART_BASICS = { priceMode: 'GROSS_MODE', currency: 'EUR', store: 'DE' } as const;

export const newCart = (name: string, attributes: Record<string, unknown> = {}) =>
  doc('carts', { name, ...CART_BASICS, ...attributes });

/** The cart's current entity tag, as `GET /carts/{id}` answers it. */
export async function tagOf(token: string, cartId: string): Promise<string> {
  const result = await glue('GET', `/carts/${cartId}`, { token });
  const tag = result.headers.get('ETag');
  if (result.status !== 200 || !tag) throw new Error(`No tag for ${cartId}: ${result.status}`);
  return tag;
}

/** `PATCH /carts/{id}` with the cart's current tag (or the one given, or none with null). */
export async function patchCart(
  token: string,
  cartId: string,
  attributes: Record<string, unknown>,
  ifMatch?: string | null,
): Promise<GlueResult> {
  const tag = ifMatch === undefined ? await tagOf(token, cartId).catch(() => '"none"') : ifMatch;
  return glue('PATCH', `/carts/${cartId}`, {
    token,
    body: doc('carts', attributes),
    headers: tag === null ? {} : { 'If-Match': tag },
  });
}
