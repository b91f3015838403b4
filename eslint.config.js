// Strict on purpose: type-aware TypeScript rules, hooks, a11y, React Query and
// Testing Library rule sets. Prettier owns formatting, ESLint owns correctness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

// Who may import whom (docs/architecture.md "Rooms and doors"), enforced so a newcomer
// learns the rooms from the first wrong import. The rules work on *resolved* file paths
// (import-x with the TypeScript resolver), so no spelling of a path walks around them:
// '../../features/carts/x' and '../carts/x' are the same file and get the same answer.
const TESTS = ['**/*.test.{ts,tsx}', 'src/test/**'];
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const MESSAGES = {
  mocks:
    'src/ reaches mocks/ only through the dynamic import in main.tsx (and tests): the live build must carry no mock code. Put shared shapes in src/contract or src/lib.',
  app: 'Only the app composes features: nothing below src/app imports it.',
  features: 'lib, ui and contract are below the features.',
  ui: 'lib and contract know nothing of components.',
  door: 'Another feature only through its public entry: <feature>/public.ts.',
  mockSide:
    'The mock backend may use the contract (src/contract) and src/lib, nothing else of the app.',
};
const zone = (target, from, message, except) => ({
  target,
  from,
  message,
  ...(except && { except }),
});
/** Each feature, and the app, reach a feature only through its public.ts. */
const doorZones = FEATURES.flatMap((feature) => [
  ...FEATURES.filter((other) => other !== feature).map((other) =>
    zone(`./src/features/${other}`, `./src/features/${feature}`, MESSAGES.door, ['./public.ts']),
  ),
  zone('./src/app', `./src/features/${feature}`, MESSAGES.door, ['./public.ts']),
]);
const BOUNDARY_ZONES = [
  ...['./src/lib', './src/contract'].flatMap((target) => [
    zone(target, './src/app', MESSAGES.app),
    zone(target, './src/features', MESSAGES.features),
    zone(target, './src/ui', MESSAGES.ui),
  ]),
  zone('./src/ui', './src/app', MESSAGES.app),
  zone('./src/ui', './src/features', MESSAGES.features),
  zone('./src/features', './src/app', MESSAGES.app),
  ...doorZones,
  zone(
    ['./src/lib', './src/contract', './src/ui', './src/features', './src/app'],
    './mocks',
    MESSAGES.mocks,
  ),
  zone('./mocks', ['./src/app', './src/features', './src/ui'], MESSAGES.mockSide),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Tests read JSON:API documents as plain data and assert their shape literally;
    // typing every response body would add noise, not safety.
    files: ['**/*.test.{ts,tsx}', 'mocks/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['mocks/server.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: TESTS,
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x reads (TypeScript too), and how it resolves them.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: BOUNDARY_ZONES }],
      // A cycle makes load order matter and hides which room owns what.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
