// What the mock backend itself answers, for test handlers that delay or alter it.
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/http/handlers';
import { backend } from '../../mocks/node';

export async function answerFromMock(request: Request): Promise<Response> {
  const response = await getResponse(createHandlers(backend), request);
  if (!response) throw new Error(`The mock does not answer ${request.url}`);
  return response;
}
