// Every mock test gets a fresh seed database; unhandled requests are errors.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { backend, server } from '../node';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  backend.reset();
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});
