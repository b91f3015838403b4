// Every document the code cites is in docs/, and the docs cite only what exists: a clone
// explains itself. The code cites `docs/glue-api.md §N`, `docs/demo-data.md` and
// `docs/architecture.md habit N` (sections and their sub-sections, `§11a`); the docs name files in backticks and link each other.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CODE_ROOTS = ['src', 'mocks', 'e2e', 'build', 'bench', 'scripts', 'deploy', 'lint'];
const ROOT_FILES = ['README.md', 'eslint.config.js', 'playwright.config.ts', 'vite.config.ts'];
const SKIP = new Set(['node_modules', 'fixtures']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : filesUnder(path);
    return /\.(ts|tsx|js|sh|template|md)$/.test(entry.name) ? [path] : [];
  });
}

const codeFiles = [...CODE_ROOTS.flatMap(filesUnder), ...ROOT_FILES].filter(
  (path) => path !== 'docs/doc-references.test.ts',
);
const docFiles = filesUnder('docs').filter((path) => path.endsWith('.md'));
const read = (path: string) => readFileSync(path, 'utf8');

const glueApi = read('docs/glue-api.md');
const SECTIONS = new Set([...glueApi.matchAll(/^#{2,3} ([0-9]+[a-z]?)\. /gm)].map((m) => m[1]));
const HABITS = new Set(
  [...read('docs/architecture.md').matchAll(/^([0-9]+)\. /gm)].map((m) => m[1]),
);

/** [file, what it cites] for every match of `pattern` in the code. */
function citations(pattern: RegExp): [string, string][] {
  return codeFiles.flatMap((file) =>
    [...read(file).matchAll(pattern)].map((m): [string, string] => [file, m[1] ?? m[0]]),
  );
}

describe('documents the code cites', () => {
  it('are cited by their place in docs/, and each one is there', () => {
    const cited = citations(/(?<![\w/.-])((?:[\w-]+\/)*[\w-]+\.md)\b/g).filter(
      ([, name]) => name !== 'README.md',
    );
    expect(cited.length).toBeGreaterThan(40);
    const wrong = cited.filter(([, name]) => !name.startsWith('docs/') || !existsSync(name));
    expect(wrong).toEqual([]);
  });

  it('name only sections that docs/glue-api.md has', () => {
    expect([...SECTIONS]).toEqual(
      expect.arrayContaining(['1', '2', '4', '4a', '6', '6a', '6b', '8', '10']),
    );
    const cited = citations(/§ ?([0-9]+[a-z]?)/g);
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter(([, section]) => !SECTIONS.has(section))).toEqual([]);
  });

  it('name only habits that docs/architecture.md lists', () => {
    const cited = citations(/architecture\.md habit ([0-9]+)/g);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(([, habit]) => !HABITS.has(habit))).toEqual([]);
  });
});

describe('issue numbers', () => {
  it('are cited nowhere: a clone cannot look them up', () => {
    const files = [...codeFiles, ...docFiles];
    expect(files.length).toBeGreaterThan(100);
    const cited = files.flatMap((file) =>
      [...read(file).matchAll(/\bissues? #?[0-9]+/gi)].map((m) => `${file}: ${m[0]}`),
    );
    expect(cited).toEqual([]);
  });
});

describe('the docs', () => {
  it('link only documents that exist', () => {
    const links = docFiles.flatMap((file) =>
      [...read(file).matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) =>
        join(dirname(file), m[1] ?? ''),
      ),
    );
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('name only files and folders that exist', () => {
    const paths = [...docFiles, 'README.md'].flatMap((file) =>
      [
        ...read(file).matchAll(
          /`((?:src|mocks|e2e|build|bench|scripts|deploy|docs|lint|public)\/[^`\s]*)`/g,
        ),
      ]
        .map((m) => m[1] ?? '')
        // Patterns and placeholders (`features/<f>/…`, `*-queries.ts`) name no one file.
        .filter((path) => !/[<>*…]/.test(path)),
    );
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('give every section of the contract the tests that pin it, and those tests exist', () => {
    const sections = glueApi.split(/^## /m).slice(1);
    // Every top-level section is numbered (its sub-sections, ### 11a., go with it).
    expect(sections).toHaveLength([...glueApi.matchAll(/^## ([0-9]+[a-z]?)\. /gm)].length);
    for (const section of sections) {
      const pinned = /\*\*Pinned by:\*\* (.*)/.exec(section)?.[1] ?? '';
      const tests = [...pinned.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
      expect(tests.length, section.slice(0, 40)).toBeGreaterThan(0);
      expect(tests.filter((path) => !existsSync(path))).toEqual([]);
    }
  });
});
