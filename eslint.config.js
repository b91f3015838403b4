// Strict on purpose: type-aware TypeScript rules, hooks, a11y, React Query and
// Testing Library rule sets. Prettier owns formatting, ESLint owns correctness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';

// Who may import whom (DESIGN.md "Layout"), enforced so a newcomer learns the rooms
// from the first wrong import. Each rule is a regular expression over the import path.
const TESTS = ['**/*.test.{ts,tsx}', 'src/test/**'];
const NO_MOCKS = {
  regex: '(^|/)mocks(/|$)',
  message:
    'src/ reaches mocks/ only through the dynamic import in main.tsx (and tests): the live build must carry no mock code. Put shared shapes in src/contract or src/lib.',
};
const layer = (name, why) => ({ regex: `(^|/)${name}(/|$)`, message: why });
const NO_APP = layer('app', 'Only the app composes features: nothing below src/app imports it.');
const NO_FEATURES = layer('features', 'lib, ui and contract are below the features.');
const NO_UI = layer('ui', 'lib and contract know nothing of components.');
const OTHER_FEATURE_INTERNALS = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!public$)',
  message: 'Another feature only through its public entry: ../<feature>/public.',
};
const boundaries = (files, patterns) => ({
  files,
  ignores: TESTS,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

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
  boundaries(
    ['src/lib/**/*.{ts,tsx}', 'src/contract/**/*.ts'],
    [NO_MOCKS, NO_APP, NO_FEATURES, NO_UI],
  ),
  boundaries(['src/ui/**/*.{ts,tsx}'], [NO_MOCKS, NO_APP, NO_FEATURES]),
  boundaries(['src/features/**/*.{ts,tsx}'], [NO_MOCKS, NO_APP, OTHER_FEATURE_INTERNALS]),
  boundaries(['src/app/**/*.{ts,tsx}', 'src/main.tsx'], [NO_MOCKS]),
  boundaries(
    ['mocks/**/*.ts'],
    [
      {
        regex: '(^|/)src/(app|features|ui)(/|$)',
        message:
          'The mock backend may use the contract (src/contract) and src/lib, nothing else of the app.',
      },
    ],
  ),
);
