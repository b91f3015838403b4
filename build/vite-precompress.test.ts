import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './vite-precompress';

const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('precompressing a build file', () => {
  it('writes .br and .gz beside it that decode to the same bytes, brotli the smaller', async () => {
    const file = path.join(dir, 'chunk.js');
    const text = Array.from(
      { length: 200 },
      (_, i) => `export const value${String(i)} = ${String(i)};`,
    ).join('\n');
    writeFileSync(file, text);
    await precompress(file);
    const br = readFileSync(`${file}.br`);
    const gz = readFileSync(`${file}.gz`);
    expect(brotliDecompressSync(br).toString()).toBe(text);
    expect(gunzipSync(gz).toString()).toBe(text);
    expect(br.length).toBeLessThan(gz.length);
  });

  it('leaves a file under 256 bytes as it is, as nginx sends those', async () => {
    const file = path.join(dir, 'tiny.css');
    writeFileSync(file, 'a{color:red}');
    await precompress(file);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });
});
