// Proves that the live build carries no mock code and that /login stays in its budget:
// builds the app twice (mock mode and live mode), checks that markers of the mock backend
// are in the first and in none of the files of the second, and prints and budgets the
// live build's first-visit JavaScript.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { recordFigure } from '../bench/record';

// Strings only the mock backend contains: seed data, storage keys, MSW's worker.
const MARKERS = [
  'change123',
  'anna.keller@northwind.example',
  'shared-carts.mock-db',
  'setupWorker',
  'Failure injection',
  'mockServiceWorker',
];

function build(outDir: string, glueUrl: string | undefined) {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--manifest', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_GLUE_URL: glueUrl ?? '' },
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function markersIn(dir: string) {
  const found = new Map<string, string[]>();
  for (const file of files(dir)) {
    const name = path.basename(file);
    const text = readFileSync(file, 'utf8');
    for (const marker of MARKERS) {
      if (name.includes(marker) || text.includes(marker)) {
        found.set(marker, [...(found.get(marker) ?? []), path.relative(dir, file)]);
      }
    }
  }
  return found;
}

build('dist-check-mock', undefined);
build('dist-check-live', 'http://127.0.0.1:3100');

const inMock = markersIn('dist-check-mock');
const inLive = markersIn('dist-check-live');
const missingFromMock = MARKERS.filter((m) => !inMock.has(m));

const allJs = files('dist-check-live').filter((f) => f.endsWith('.js'));

// What /login really loads: the entry and every chunk it imports, plus the login page's
// lazy chunk and every chunk it imports (from Vite's manifest), not the entry alone.
interface ManifestChunk {
  file: string;
  imports?: string[];
}
const manifest = JSON.parse(readFileSync('dist-check-live/.vite/manifest.json', 'utf8')) as Record<
  string,
  ManifestChunk
>;
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}
const gzipBytes = (chunks: Iterable<string>) =>
  [...chunks].reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join('dist-check-live', file))).length,
    0,
  );
const entryScripts = [...closure('index.html')];
// Scripts index.html loads that are no module of the manifest (the route preload of
// build/vite-route-preload.ts, which is what asks for the login page's chunks early).
const htmlScripts = [
  ...readFileSync('dist-check-live/index.html', 'utf8').matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g),
]
  .map((match) => match[1] ?? '')
  .filter((file) => !entryScripts.includes(file));
const firstVisitGzip = gzipBytes(entryScripts);
const loginFiles = closure(
  'src/features/auth/login-page.tsx',
  new Set([...entryScripts, ...htmlScripts]),
);
const loginGzip = gzipBytes(loginFiles);
// docs/decisions/login-budget.md says why 130 KB, and what keeps /login inside it.
const LOGIN_BUDGET_KB = 130;
// What `npm run serve:prod` sends a browser that accepts brotli: the build's .br files
// (build/vite-precompress.ts). The budget stays in gzip, what any server can send.
const loginBrotli = [...loginFiles].reduce((sum, file) => {
  const br = path.join('dist-check-live', `${file}.br`);
  return sum + (existsSync(br) ? statSync(br) : statSync(path.join('dist-check-live', file))).size;
}, 0);
console.log(
  `/login first visit: ${(loginGzip / 1024).toFixed(1)} KB gzip in ${String(loginFiles.size)} files (budget ${String(LOGIN_BUDGET_KB)} KB); ${(loginBrotli / 1024).toFixed(1)} KB as the build's brotli files`,
);

recordFigure(
  '`/login` first visit, live build, gzip (brotli)',
  `${(loginGzip / 1024).toFixed(1)} KB in ${String(loginFiles.size)} files (${(loginBrotli / 1024).toFixed(1)} KB)`,
);
console.log(
  `live build: ${String(allJs.length)} JS files, first-visit JS ${(firstVisitGzip / 1024).toFixed(1)} KB gzip (${entryScripts.join(', ')})`,
);
console.log(
  `mock markers in the mock build: ${String(inMock.size)}/${String(MARKERS.length)}; in the live build: ${String(inLive.size)}`,
);

rmSync('dist-check-mock', { recursive: true, force: true });
rmSync('dist-check-live', { recursive: true, force: true });

if (missingFromMock.length > 0) {
  console.error(`The check is blind: the mock build lacks ${missingFromMock.join(', ')}`);
  process.exit(1);
}
if (entryScripts.length === 0 || loginFiles.size === entryScripts.length + htmlScripts.length) {
  console.error('The /login budget is blind: the manifest lacks the entry or the login page');
  process.exit(1);
}
if (loginGzip / 1024 > LOGIN_BUDGET_KB) {
  console.error(`/login loads more than its budget of ${String(LOGIN_BUDGET_KB)} KB gzip`);
  process.exit(1);
}
if (inLive.size > 0) {
  console.error('Mock code reached the live build:');
  for (const [marker, where] of inLive) console.error(`  ${marker}: ${where.join(', ')}`);
  process.exit(1);
}
console.log('OK: no mock code in the live build.');
