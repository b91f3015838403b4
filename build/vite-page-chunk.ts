// A build plugin: a page's code in one file, not a dozen. Rolldown puts what several
// pages share into small common chunks of their own, and over HTTP/1.1's six connections
// every extra file is another round of requests (docs/decisions/page-chunk-groups.md).
// This plugin gives Rolldown two chunk groups: every module the page reaches by static
// imports beyond the shell (the entry), and, in a second file, what of those the other
// pages named reach too (the login page's form parts). Other pages then take what they
// share with it from those files.
import type { Plugin, Rolldown } from 'vite';

/** What the rule needs of the module graph: each module's static imports. */
export type StaticImports = (id: string) => readonly string[];

/** Every module reached from `from` by static imports, `from` included. */
export function staticClosure(from: readonly string[], imports: StaticImports): Set<string> {
  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const imported of imports(id)) visit(imported);
  };
  for (const id of from) visit(id);
  return reached;
}

/**
 * The page's modules beyond the entry's, in two parts: its own (which no other page named
 * reaches) and those it shares with the others named (the login page's form parts).
 */
export function pageModules(
  page: string,
  entries: readonly string[],
  others: readonly string[],
  imports: StaticImports,
): { own: Set<string>; shared: Set<string> } {
  const inEntry = staticClosure(entries, imports);
  const inOthers = staticClosure(others, imports);
  const beyondEntry = [...staticClosure([page], imports)].filter((id) => !inEntry.has(id));
  return {
    own: new Set(beyondEntry.filter((id) => !inOthers.has(id))),
    shared: new Set(beyondEntry.filter((id) => inOthers.has(id))),
  };
}

type Group = NonNullable<
  Exclude<Rolldown.OutputOptions['codeSplitting'], boolean | undefined>['groups']
>[number];

/** The output options with `groups` added to whatever chunk groups they had. */
function withGroups(options: Rolldown.OutputOptions, groups: Group[]): Rolldown.OutputOptions {
  const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
  return {
    ...options,
    codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), ...groups] },
  };
}

export function pageChunk(
  name: string,
  /** The page module, relative to the project's root. */
  page: string,
  /** Other pages (relative, too); what the page shares with them goes into `sharedName`. */
  keepApart: string[],
  sharedName: string,
): Plugin {
  let root = '';
  let modules = { own: new Set<string>(), shared: new Set<string>() };
  return {
    name: `page-chunk:${name}`,
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildEnd() {
      const imports: StaticImports = (id) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const pageId = `${root}/${page}`;
      if (!this.getModuleInfo(pageId)) throw new Error(`page-chunk: ${page} is not in the build`);
      const others = keepApart.map((other) => `${root}/${other}`);
      modules = pageModules(pageId, entries, others, imports);
    },
    outputOptions(options) {
      return withGroups(options, [
        // Their dependencies outside the groups stay where they are: in the entry, which
        // is loaded first, or in the automatic chunks.
        { name, test: (id) => modules.own.has(id), includeDependenciesRecursively: false },
        {
          name: sharedName,
          test: (id) => modules.shared.has(id),
          includeDependenciesRecursively: false,
        },
      ]);
    },
  };
}

/**
 * What the entry loads before anything else, in one file. Rolldown puts a module the
 * entry imports into a common chunk of its own as soon as some lazily loaded page imports
 * it too (the JSON:API client, zod, the query factories): the first visit then loads three
 * or four small files where one would do — each with its own request and gzip overhead.
 * Every module reached from the entry by static imports goes into the `shell` chunk.
 */
export function shellChunk(): Plugin {
  let modules = new Set<string>();
  return {
    name: 'shell-chunk',
    apply: 'build',
    buildEnd() {
      const imports: StaticImports = (id) => this.getModuleInfo(id)?.importedIds ?? [];
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      modules = staticClosure(entries, imports);
      // The entry's own module (src/main.tsx, which index.html loads) stays the entry chunk.
      for (const entry of entries) {
        modules.delete(entry);
        for (const id of imports(entry)) modules.delete(id);
      }
    },
    outputOptions(options) {
      return withGroups(options, [
        { name: 'shell', test: (id) => modules.has(id), includeDependenciesRecursively: false },
      ]);
    },
  };
}
