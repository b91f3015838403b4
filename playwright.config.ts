import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const port = 4173;
// Live mode proven: the live build on its own port, talking cross-origin to the HTTP mock server.
const livePort = 4174;
const liveGluePort = 3110;

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
      testIgnore: ['live/**', 'dev/**', 'responsive/**'],
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
    {
      command: `npm run mock:server`,
      url: `http://127.0.0.1:${liveGluePort}/concrete-products/NW-1001`,
      env: { PORT: String(liveGluePort) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `vite build --outDir dist-live && vite preview --outDir dist-live --port ${livePort}`,
      url: `http://127.0.0.1:${livePort}`,
      env: { VITE_GLUE_URL: `http://127.0.0.1:${liveGluePort}` },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
