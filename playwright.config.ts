import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { DEPLOY_DIST } from './scripts/deploy-dist';
import { deployCertificate } from './scripts/tls-cert';

const port = 4173;
// Live mode proven three ways, each with a mock Glue server of its own:
// - `live`: the live build on its own port, cross-origin to a permissive Glue (CORS set up
//   as the README describes for cross-origin);
// - `live-stock`: the same, against a stock Glue's CORS (docs/glue-api.md §10): all but renames;
// - `deploy`: the production server of deploy/ (nginx) serving a `/glue` build on one
//   origin over HTTPS with HTTP/2 (a self-signed certificate the run makes with openssl),
//   in front of a stock Glue: everything, renames included.
const livePort = 4174;
const liveGluePort = 3110;
const stockPort = 4175;
const stockGluePort = 3111;
const deployPort = 8090;
const deployGluePort = 3112;
const glue = (gluePort: number) => `http://127.0.0.1:${String(gluePort)}`;
const deployOrigin = `https://127.0.0.1:${String(deployPort)}`;
/** The deploy server's certificate, made once per machine where nginx's workers read it. */
const certificate = deployCertificate();

/** `npm run mock:server` on a port, with a permissive or a stock Glue's CORS. */
const mockGlue = (gluePort: number, cors: 'permissive' | 'stock') => ({
  command: 'npm run mock:server',
  url: `${glue(gluePort)}/concrete-products/NW-1001`,
  env: { PORT: String(gluePort), MOCK_CORS: cors },
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/** A live build for a cross-origin Glue, served by `vite preview`. */
const liveBuild = (outDir: string, appPort: number, glueUrl: string) => ({
  command: `vite build --outDir ${outDir} && vite preview --outDir ${outDir} --port ${String(appPort)}`,
  url: `http://127.0.0.1:${String(appPort)}`,
  env: { VITE_GLUE_URL: glueUrl },
  reuseExistingServer: !process.env.CI,
  timeout: 180_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'mock',
      testIgnore: ['live/**', 'live-stock/**', 'deploy/**', 'dev/**', 'responsive/**'],
      use: { browserName: 'chromium' },
    },
    // A phone and a tablet, touch: the mock-mode build, English and German.
    {
      name: 'phone',
      testMatch: 'responsive/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
      },
    },
    {
      name: 'tablet',
      testMatch: 'responsive/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 768, height: 1024 },
        hasTouch: true,
        isMobile: true,
      },
    },
    {
      name: 'dev',
      testMatch: 'dev/**/*.spec.ts',
      use: { browserName: 'chromium', baseURL: 'http://127.0.0.1:5173' },
    },
    {
      name: 'live',
      testMatch: 'live/**/*.spec.ts',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${livePort}` },
      metadata: { glueUrl: glue(liveGluePort), connectSrc: `'self' ${glue(liveGluePort)}` },
    },
    {
      name: 'live-stock',
      testMatch: [
        'live/login-live.spec.ts',
        'live/carts-live.spec.ts',
        'live/sharing-live.spec.ts',
        'live/security-live.spec.ts',
        'live/route-preload-live.spec.ts',
        'live-stock/**/*.spec.ts',
      ],
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${stockPort}` },
      metadata: { glueUrl: glue(stockGluePort), connectSrc: `'self' ${glue(stockGluePort)}` },
    },
    {
      name: 'deploy',
      testMatch: ['live/**/*.spec.ts', 'deploy/**/*.spec.ts'],
      // The certificate is self-signed: the browser is told to take it, nothing else.
      use: { browserName: 'chromium', baseURL: deployOrigin, ignoreHTTPSErrors: true },
      metadata: { glueUrl: `${deployOrigin}/glue`, connectSrc: "'self'" },
    },
  ],
  webServer: [
    // `npm start`, as the README tells designers to run it.
    {
      command: 'npm start',
      url: 'http://127.0.0.1:5173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The production build in mock mode, served as a designer or CI would see it.
    {
      command: 'npm run build && npm run preview',
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    mockGlue(liveGluePort, 'permissive'),
    liveBuild('dist-live', livePort, glue(liveGluePort)),
    mockGlue(stockGluePort, 'stock'),
    liveBuild('dist-live-stock', stockPort, glue(stockGluePort)),
    mockGlue(deployGluePort, 'stock'),
    // As the README tells a Spryker team: build for /glue, serve with `npm run serve:prod`.
    {
      // Built where nginx's workers (nobody) can read it: scripts/deploy-dist.ts.
      command: `npm run build -- --outDir ${DEPLOY_DIST} --emptyOutDir && npm run serve:prod`,
      url: `${deployOrigin}/login`,
      ignoreHTTPSErrors: true,
      env: {
        VITE_GLUE_URL: '/glue',
        DIST_DIR: DEPLOY_DIST,
        PORT: String(deployPort),
        GLUE_UPSTREAM: glue(deployGluePort),
        TLS_CERT: certificate.cert,
        TLS_KEY: certificate.key,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      // A TERM, not a KILL, so serve:prod stops nginx and removes its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
