// Unhandled requests are errors in tests (docs/architecture.md habit 7): the mock Glue answers only
// at its own base URL, so anything else the app sent would fail the test loudly.
import { describe, expect, it, vi } from 'vitest';
import { TEST_GLUE_URL } from '../../mocks/node';
import { config } from '../lib/config';

describe('requests in component tests', () => {
  it('go to the mock Glue at the app’s own /glue, where the handlers are', async () => {
    expect(config.glueBaseUrl).toBe(TEST_GLUE_URL);
    expect(TEST_GLUE_URL).toBe(`${window.location.origin}/glue`);
    const response = await fetch(`${TEST_GLUE_URL}/no-such-resource`);
    expect(response.status).toBe(404);
  });

  it('fail when nothing handles them', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(fetch(`${window.location.origin}/carts`)).rejects.toThrow();
    await expect(fetch('https://example.com/anything')).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
  });
});
