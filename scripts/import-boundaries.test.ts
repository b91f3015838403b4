// The import boundaries of eslint.config.js, proven on wrong imports: each one below
// must fail lint with its own message, and the right ones must pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Only the boundary rule, without type information (the files below do not exist).
const eslint = new ESLint({
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

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
      "import { x } from '../../app/config';",
      /Only the app composes/,
    ],
    [
      'src/features/sharing/zz-fixture.ts',
      "import { x } from '../carts/cart-model';",
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
  ])('%s: %s is refused', async (filePath, code, message) => {
    const messages = await messagesFor(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['src/features/sharing/zz-fixture.ts', "import { cartQueries } from '../carts/public';"],
    ['src/features/sharing/zz-fixture.ts', "import { glue } from '../../lib/glue';"],
    ['src/features/carts/zz-fixture.ts', "import { x } from '../../contract/cart-schemas';"],
    ['src/app/zz-fixture.ts', "import { x } from '../features/carts/cart-detail-page';"],
    ['mocks/http/zz-fixture.ts', "import { x } from '../../src/contract/cart-schemas';"],
    ['src/main.tsx', "const mocks = () => import('../mocks/browser');"],
    ['src/features/carts/zz-fixture.test.ts', "import { backend } from '../../../mocks/node';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });
});
