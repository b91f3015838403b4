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

import { BOUNDARY_ZONES } from './lint/boundaries.js';

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
  { files: ['eslint.config.js', 'lint/*.js'], ...tseslint.configs.disableTypeChecked },
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
    files: ['mocks/server.ts', '{build,bench,scripts,lint}/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  // Speed exceptions that lint can hold (docs/decisions/).
  {
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-hook-form',
              importNames: ['Controller', 'useController'],
              message:
                'Its code would join the login page: docs/decisions/add-form-without-controller.md',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/auth/login-*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react-hook-form', '@hookform/resolvers/zod'].map((name) => ({
            name,
            message: 'The login page has no form library: docs/decisions/login-form-without-rhf.md',
          })),
        },
      ],
    },
  },
  {
    files: ['src/features/carts/list/cart-row.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router-dom',
              importNames: ['Link', 'NavLink'],
              message: 'A plain <a>: docs/decisions/cart-row-plain-link.md',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'build/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'src/test/**'],
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
