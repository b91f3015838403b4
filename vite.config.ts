/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { glueConnectSrc, parseGlueUrl } from './src/lib/glue-url.ts';
import { precompressBuild } from './scripts/vite-precompress.ts';
import { pageChunk, shellChunk } from './scripts/vite-page-chunk.ts';
import { routePreload } from './scripts/vite-route-preload.ts';
import { LIST_REQUEST } from './src/features/carts/cart-requests.ts';

/**
 * public/ holds MSW's worker script for mock mode. A live build (VITE_GLUE_URL set)
 * must not ship it: no mock code at all goes out to company users.
 */
function dropMockWorkerFromLiveBuild(isLive: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker-from-live-build',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (isLive) await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The live build's Content-Security-Policy: scripts, styles and everything else from its
 * own origin only, and requests to its own origin and the Glue origin only (just 'self'
 * when Glue is a path on this origin). (Mock mode needs no policy of its own: it never
 * leaves its origin.) deploy/ sends the same policy as a header, read from the build.
 */
export function contentSecurityPolicy(glueUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${glueConnectSrc(parseGlueUrl(glueUrl))}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspForLiveBuild(glueUrl: string | undefined): Plugin {
  return {
    name: 'csp-for-live-build',
    apply: 'build',
    transformIndexHtml: () =>
      glueUrl
        ? [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicy(glueUrl),
              },
              injectTo: 'head-prepend',
            },
          ]
        : [],
  };
}

/**
 * react-router's package exports only its development build, whatever the mode
 * (remix-run/react-router#12532, #14753); its production build is the same code with
 * the dev warnings switched off, so the minifier can drop them. Builds take that one.
 */
const reactRouterProduction = (file: string) =>
  path.resolve(import.meta.dirname, 'node_modules/react-router/dist/production', file);

const LOGIN = 'src/features/auth/login-page.tsx';
const CART_LIST = 'src/features/carts/list/cart-list-page.tsx';
const CART_DETAIL = 'src/features/carts/detail/cart-detail-page.tsx';
const SHARE_PANEL = 'src/features/sharing/share-panel.tsx';
const PERMISSION_GROUPS = 'src/features/permission-groups/permission-groups-page.tsx';
const PAGE_TEXTS = 'src/lib/i18n/messages-en-pages.ts';

export default defineConfig(({ command, mode }) => {
  // An empty VITE_GLUE_URL means mock mode, like an absent one.
  const glueUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_GLUE_URL?.trim() ?? '';
  const isLive = glueUrl !== '';
  // A bad value stops the build here, with the message that says what is accepted.
  if (isLive) parseGlueUrl(glueUrl);
  return {
    plugins: [
      react(),
      dropMockWorkerFromLiveBuild(isLive),
      cspForLiveBuild(isLive ? glueUrl : undefined),
      // Each page's lazy code, preloaded from index.html (the pages of src/app/router.tsx),
      // and the cart list's Glue request (its route loader's), started at once. Not a
      // cart's: measured, the cart page then blocked longer (Lighthouse TBT median 177 →
      // 249 ms) and showed no sooner (LCP 1.7 s either way) — see docs/architecture.md.
      routePreload(
        [LOGIN],
        [
          {
            pattern: '^/(carts/?)?$',
            modules: [CART_LIST, PAGE_TEXTS],
            request: LIST_REQUEST,
          },
          {
            pattern: '^/carts/[^/]+/?$',
            modules: [CART_DETAIL, SHARE_PANEL, PAGE_TEXTS],
          },
          { pattern: '^/permission-groups(/[^/]+)?/?$', modules: [PERMISSION_GROUPS, PAGE_TEXTS] },
        ],
        glueUrl,
      ),
      // The cart list and a cart each in one file with what they need beyond the shell,
      // and what they share with the login page in another (scripts/vite-page-chunk.ts
      // says why); the cart's second file holds only what the list's does not.
      pageChunk('cart-list-page', CART_LIST, [LOGIN], 'pages-shared'),
      pageChunk('cart-detail-page', CART_DETAIL, [LOGIN, CART_LIST], 'detail-shared'),
      shellChunk(),
      precompressBuild(),
    ],
    resolve: {
      alias:
        command === 'build'
          ? [
              { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
              { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
            ]
          : [],
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: { sourcemap: false, target: 'es2022' },
    test: {
      globals: true,
      restoreMocks: true,
      testTimeout: 20_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'mocks',
            environment: 'node',
            include: ['mocks/**/*.test.ts'],
            setupFiles: ['./mocks/test/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'scripts',
            environment: 'node',
            include: ['scripts/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}'],
            setupFiles: ['./src/test/setup.ts'],
          },
        },
      ],
    },
  };
});
