// The import boundaries of eslint.config.js (lint/boundaries.js), proven on wrong imports: each one below
// must fail lint with its own message, and the right ones must pass. The rules resolve
// imports to files, so every import below names a file that exists.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, lintText } from './lint-text';

// Only the boundary rules.
const { eslint, messagesFor } = lintText(
  new Set(['import-x/no-restricted-paths', 'import-x/no-cycle']),
);

describe('import boundaries', () => {
  it.each([
    ['src/lib/zz-fixture.ts', "import { config } from '../app/app';", /Only the app composes/],
    [
      'src/lib/zz-fixture.ts',
      "import { x } from '../features/carts/cart-model';",
      /below the features/,
    ],
    [
      'src/ui/zz-fixture.tsx',
      "import { x } from '../features/auth/use-session';",
      /below the features/,
    ],
    [
      'src/contract/zz-fixture.ts',
      "import { x } from '../ui/alert';",
      /know nothing of components/,
    ],
    [
      'src/features/auth/zz-fixture.ts',
      "import { x } from '../../app/router';",
      /Only the app composes/,
    ],
    [
      'src/features/sharing/zz-fixture.ts',
      "import { x } from '../carts/cart-model';",
      /public entry/,
    ],
    // The two walk-arounds the old string patterns let through: the same file spelled
    // through the features folder, and from a folder one level deeper.
    [
      'src/features/sharing/zz-fixture.ts',
      "import { x } from '../../features/carts/access-label';",
      /public entry/,
    ],
    [
      'src/features/sharing/deeper/zz-fixture.ts',
      "import { x } from '../../carts/access-label';",
      /public entry/,
    ],
    // The app, too, reaches a feature only through its door.
    [
      'src/app/zz-fixture.ts',
      "import { x } from '../features/carts/detail/cart-detail';",
      /public entry/,
    ],
    [
      'src/app/zz-fixture.ts',
      "const page = () => import('../features/auth/login-page');",
      /public entry/,
    ],
    [
      'src/features/auth/zz-fixture.ts',
      "import { x } from '../../../mocks/db/personas';",
      /reaches mocks\//,
    ],
    [
      'src/app/zz-fixture.ts',
      "import { x } from '../../mocks/designer/settings';",
      /reaches mocks\//,
    ],
    [
      'mocks/http/zz-fixture.ts',
      "import { x } from '../../src/features/carts/cart-model';",
      /contract/,
    ],
    [
      'src/contract/zz-fixture.ts',
      "import { x } from '../lib/json-api/document';",
      /The contract is the bottom layer/,
    ],
    [
      'build/zz-fixture.ts',
      "import { x } from '../src/features/carts/cart-model';",
      /The build reads the app through the route table/,
    ],
    [
      'build/zz-fixture.ts',
      "import { x } from '../src/app/router';",
      /The build reads the app through the route table/,
    ],
  ])('%s: %s is refused', async (filePath, code, message) => {
    const messages = await messagesFor(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['src/features/sharing/zz-fixture.ts', "import { cartQueries } from '../carts/public';"],
    ['src/features/sharing/zz-fixture.ts', "import { glue } from '../../lib/glue/client';"],
    ['src/features/carts/zz-fixture.ts', "import { x } from '../../contract/cart-schemas';"],
    ['src/app/zz-fixture.ts', "import { cartPages } from '../features/carts/public';"],
    ['src/features/carts/list/zz-fixture.ts', "import { x } from '../detail/cart-not-found';"],
    ['mocks/http/zz-fixture.ts', "import { x } from '../../src/contract/cart-schemas';"],
    ['src/app/zz-fixture.ts', "import { x } from '../features/carts/requests';"],
    ['build/zz-fixture.ts', "import { ROUTES } from '../src/app/routes';"],
    ['build/zz-fixture.ts', "import { x } from '../src/features/carts/requests';"],
    ['src/lib/zz-fixture.ts', "import { x } from '../contract/glue-errors';"],
    ['src/main.tsx', "const mocks = () => import('../mocks/browser');"],
    ['src/features/carts/zz-fixture.test.ts', "import { backend } from '../../../mocks/node';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // A cycle needs two real files: written for the test, removed after it.
    const dir = path.join(ROOT, 'src/lib/zz-cycle-fixture');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(`${dir}/a.ts`, "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(`${dir}/b.ts`, "import { a } from './a';\nexport const b = () => a;\n");
      const [result] = await eslint.lintFiles([`${dir}/a.ts`]);
      expect(result?.messages.map((m) => m.message)).toEqual(['Dependency cycle detected']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
