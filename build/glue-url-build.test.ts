// `VITE_GLUE_URL` at build time: a path on the app's origin (the same-origin deployment of
// deploy/) gives `connect-src 'self'`; an absolute URL adds Glue's origin; anything else
// stops the build with a message that names both forms.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const outDir = mkdtempSync(path.join(tmpdir(), 'glue-url-build-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

async function build(glueUrl: string) {
  try {
    await run(
      'npx',
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        env: { ...process.env, VITE_GLUE_URL: glueUrl },
      },
    );
    return { ok: true, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

/** The CSP of the built index.html, as a browser reads the attribute. */
const cspOfBuild = () =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(readFileSync(path.join(outDir, 'index.html'), 'utf8'))?.[1]
    ?.replaceAll('&#39;', "'");

describe('VITE_GLUE_URL at build time', () => {
  it('takes /glue: requests stay on the app’s origin, connect-src is just self', async () => {
    expect(await build('/glue')).toEqual({ ok: true, output: '' });
    expect(cspOfBuild()).toContain("connect-src 'self';");
  }, 60_000);

  it('takes an absolute URL: connect-src adds Glue’s origin', async () => {
    expect((await build('https://glue.example.com/api/')).ok).toBe(true);
    expect(cspOfBuild()).toContain("connect-src 'self' https://glue.example.com;");
  }, 60_000);

  it('stops on anything else, saying what it takes', async () => {
    const result = await build('glue.example.com');
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `VITE_GLUE_URL must be an absolute http(s) URL (https://glue.example.com) or a path on the app's own origin (/glue); got "glue.example.com"`,
    );
  }, 60_000);
});
