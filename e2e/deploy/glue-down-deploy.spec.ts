// Glue down behind the production server: nginx answers its own HTML 502 at /glue/. The
// app says the shop cannot be reached, keeps what was typed, and works once Glue is back;
// a cart already on screen stays there while Glue restarts. A server pair of its own
// (serve:prod on 8091, Glue on 3113, its database in a file so a restart keeps it, as a
// real Glue's does), so the project's shared mock server keeps running.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEPLOY_DIST } from '../../scripts/deploy-dist';
import { type ServerProcess, startServer } from '../../scripts/process-group';
import { waitForStatus } from '../../scripts/http-status';
import { deployCertificate } from '../../scripts/tls-cert';

// Over HTTPS, as the project's server (playwright.config.ts), with the same certificate.
const APP = 'https://127.0.0.1:8091';
const certificate = deployCertificate();

const GLUE_PORT = '3113';
const UNAVAILABLE = 'The shop cannot be reached right now. Please try again in a moment.';

// One server pair for the file's tests, one after another.
test.describe.configure({ mode: 'serial' });

const stateDir = mkdtempSync(path.join(tmpdir(), 'glue-down-'));
const startGlue = async () => {
  const glue = startServer(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
    env: {
      ...process.env,
      PORT: GLUE_PORT,
      MOCK_CORS: 'stock',
      MOCK_STATE_FILE: path.join(stateDir, 'glue-state.json'),
    },
  });
  await waitForStatus(`http://127.0.0.1:${GLUE_PORT}/concrete-products/NW-1001`);
  return glue;
};

let app: ServerProcess;
let glue: ServerProcess | null = null;
test.beforeAll(async () => {
  app = startServer('bash', ['deploy/serve-prod.sh'], {
    env: {
      ...process.env,
      PORT: '8091',
      DIST_DIR: DEPLOY_DIST,
      GLUE_UPSTREAM: `http://127.0.0.1:${GLUE_PORT}`,
      TLS_CERT: certificate.cert,
      TLS_KEY: certificate.key,
    },
  });
  await waitForStatus(`${APP}/login`);
});
test.afterAll(async () => {
  await glue?.stop();
  await app.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

test('with Glue down: login says the shop cannot be reached, keeps the fields, and works once Glue is up', async ({
  page,
}) => {
  const answers: number[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${APP}/glue/`)) answers.push(response.status());
  });
  await page.goto(`${APP}/login`);
  await page.getByLabel('Email').fill('anna.keller@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText(UNAVAILABLE);
  expect(answers).toEqual([502]);
  await expect(page.getByLabel('Email')).toHaveValue('anna.keller@northwind.example');
  await expect(page.getByLabel('Password')).toHaveValue('change123');

  glue = await startGlue();
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Your carts' })).toBeVisible();

  // Glue goes away again: opening a cart says so and offers to try again.
  await glue.stop();
  glue = null;
  await page.getByRole('link', { name: 'Workshop tools' }).click();
  await expect(page.getByRole('alert')).toContainText(UNAVAILABLE);
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a cart on screen stays, with what was typed, while Glue restarts; the checks go on', async ({
  page,
}) => {
  // Two live checks, 10 s apart, and a Glue restart.
  test.setTimeout(90_000);
  glue ??= await startGlue();
  await page.goto(`${APP}/login`);
  await page.getByLabel('Email').fill('ben.ortiz@northwind.example');
  await page.getByLabel('Password').fill('change123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: 'Q4 office restock' }).click();
  const quantity = page.getByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' });
  await quantity.fill('77');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New name' }).fill('Q4 half a na');

  await glue.stop();
  glue = null;
  // The next live check (every 10 s) meets nginx's 502: a notice, not an error page.
  await expect(page.getByText(/^Could not check for changes/)).toHaveText(
    `Could not check for changes — trying again in 10 s. ${UNAVAILABLE}`,
    { timeout: 30_000 },
  );
  await expect(page.getByRole('heading', { name: /Q4 office restock/, level: 1 })).toBeVisible();
  await expect(quantity).toHaveValue('77');
  await expect(page.getByRole('textbox', { name: 'New name' })).toHaveValue('Q4 half a na');

  glue = await startGlue();
  await expect(page.getByText(/Could not check for changes/)).toHaveCount(0, { timeout: 30_000 });
  await expect(quantity).toHaveValue('77');
  await expect(page.getByRole('textbox', { name: 'New name' })).toHaveValue('Q4 half a na');
  await expect(page.getByRole('heading', { name: 'Log in' })).toHaveCount(0);
});
