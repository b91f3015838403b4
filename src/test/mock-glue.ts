// What the mock backend itself answers, for test handlers that delay or alter it.
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/http/handlers';
import { TEST_GLUE_URL, backend } from '../../mocks/node';

export async function answerFromMock(request: Request): Promise<Response> {
  const response = await getResponse(createHandlers(backend, TEST_GLUE_URL), request);
  if (!response) throw new Error(`The mock does not answer ${request.url}`);
  return response;
}

/** A request's path as Glue sees it (`/carts/…`), without the mock Glue's base path. */
export function gluePath(url: string): string {
  const { pathname } = new URL(url);
  const base = new URL(TEST_GLUE_URL).pathname;
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}
