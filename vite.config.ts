/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { glueConnectSrc, parseGlueUrl } from './src/lib/glue/url.ts';
import { precompressBuild } from './build/vite-precompress.ts';
import { shellChunk } from './build/vite-page-chunk.ts';
import { routeTablePlugins } from './build/vite-routes.ts';

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

export default defineConfig(({ command, mode }) => {
  // An empty VITE_GLUE_URL means mock mode, like an absent one.
  const glueUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_GLUE_URL?.trim() ?? '';
  const isLive = glueUrl !== '';
  // A bad value stops the build here, with the message that says what is accepted.
  if (isLive) parseGlueUrl(glueUrl);
  // BUILD_CHUNK_GROUPS=off: Rolldown's own chunks, for the benchmark that weighs the
  // groups (docs/decisions/page-chunk-groups.md). Never for a build that ships.
  const chunkGroups = process.env.BUILD_CHUNK_GROUPS !== 'off';
  return {
    plugins: [
      react(),
      dropMockWorkerFromLiveBuild(isLive),
      cspForLiveBuild(isLive ? glueUrl : undefined),
      // The route table's pages: preloaded from index.html for their address, and the
      // list's and a cart's code in chunks of their own (build/vite-routes.ts).
      ...routeTablePlugins(glueUrl, { chunkGroups }),
      ...(chunkGroups ? [shellChunk()] : []),
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
            name: 'tooling',
            environment: 'node',
            include: ['{build,bench,scripts,deploy,docs,lint}/**/*.test.ts'],
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
