// A server started through a wrapper (`npx tsx …`) is really stopped: the wrapper's
// child, the Node server itself, no longer answers.
import { describe, expect, it } from 'vitest';
import { startServer } from './process-group';

const PORT = 3197;
const URL_ = `http://127.0.0.1:${String(PORT)}/concrete-products/NW-1001`;

async function answers(): Promise<boolean> {
  try {
    await fetch(URL_, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('startServer', () => {
  it('stops the whole process group, not only the npx wrapper', async () => {
    const server = startServer('npx', ['tsx', 'mocks/server.ts'], {
      env: { ...process.env, PORT: String(PORT) },
    });
    try {
      expect(await until(answers, 30_000)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(await until(async () => !(await answers()), 5_000)).toBe(true);
  }, 45_000);
});
