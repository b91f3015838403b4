// The one place measured figures live: docs/figures.md, one row per figure, rewritten by
// `npm run bench` (never by `npm test`, which must leave the clone as it found it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../docs/figures.md');
const HEADER = `# Figures

Written by \`npm run bench\` (bench/record.ts) on the machine it last ran on; each row
says when. How each is measured: [benchmarks](./benchmarks.md). Decisions cite the figure
that decided them; these are today's.

| figure | value | measured |
| --- | --- | --- |
`;

/** Whether this run records: only `npm run bench` (or BENCH_RECORD=1) writes the file. */
export const recording = () =>
  process.env.npm_lifecycle_event === 'bench' || process.env.BENCH_RECORD === '1';

/** Sets the row of `figure` to `value`, keeping the others. */
export function recordFigure(figure: string, value: string, now = new Date()) {
  if (!recording()) return;
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const rows = new Map(
    [...text.matchAll(/^\| (?!figure \||---)(.+?) \| (.+?) \| (.+?) \|$/gm)].map((m) => [
      m[1] ?? '',
      `| ${m[1] ?? ''} | ${m[2] ?? ''} | ${m[3] ?? ''} |`,
    ]),
  );
  rows.set(figure, `| ${figure} | ${value} | ${now.toISOString().slice(0, 10)} |`);
  writeFileSync(FILE, HEADER + [...rows.values()].join('\n') + '\n');
}

/** Prints a figure, and records it when `npm run bench` runs. */
export function report(figure: string, value: string) {
  console.log(`${figure}: ${value}`);
  recordFigure(figure, value);
}
