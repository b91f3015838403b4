// A build plugin: the page's own code starts downloading with the app's, not after it.
// Routes are code-split, so without it a first load fetches the entry, runs it, and only
// then asks for the page's chunk, its imports, styles and texts — one more round trip
// before anything shows. A small script from index.html (the CSP allows no inline one)
// looks at the address and the session and preloads what that page needs.
import { createHash } from 'node:crypto';
import { type Plugin, type Rolldown, minifySync } from 'vite';
import { SESSION_KEY } from '../src/lib/session/session-key.ts';

/** A route (a pattern over the pathname) and the source modules its page loads lazily. */
export interface PreloadRoute {
  pattern: string;
  modules: string[];
}

/** The files to preload: the login page's, and each route's for a signed-in company user. */
export interface PreloadTable {
  login: string[];
  routes: [pattern: string, files: string[]][];
}

/**
 * Runs in the browser, from its own text (so: no imports, no outer variables). Someone
 * not signed in as a company user is on the way to the login page, whatever the address.
 */
export function preloadRoute(
  table: PreloadTable,
  base: string,
  sessionKey: string,
  path: string = location.pathname,
  storage: Pick<Storage, 'getItem'> = sessionStorage,
): void {
  let signedIn = false;
  try {
    signedIn = Boolean(
      (JSON.parse(storage.getItem(sessionKey) ?? 'null') as { companyUserId?: unknown } | null)
        ?.companyUserId,
    );
  } catch {
    signedIn = false;
  }
  const route = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  const files = signedIn
    ? (table.routes.find(([pattern]) => new RegExp(pattern).test(route))?.[1] ?? [])
    : table.login;
  for (const file of files) {
    const link = document.createElement('link');
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    link.crossOrigin = '';
    link.href = base + file;
    document.head.append(link);
  }
}

/** Each chunk's file with those of every chunk it imports, and their styles. */
function closureOf(chunks: Map<string, Rolldown.OutputChunk>, start: Rolldown.OutputChunk) {
  const files = new Set<string>();
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports) visit(chunks.get(imported));
  };
  visit(start);
  return files;
}

export function routePreload(login: string[], routes: PreloadRoute[]): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') throw new Error('route-preload: the build has no index.html');
      const chunks = new Map(
        Object.values(bundle)
          .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const builtFrom = (module: string) => {
        const chunk = [...chunks.values()].find((c) => c.facadeModuleId === `${root}/${module}`);
        if (!chunk) throw new Error(`route-preload: no chunk is built from ${module}`);
        return chunk;
      };
      // What the entry brings is preloaded by Vite's own tags already.
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      const inEntry = entry ? closureOf(chunks, entry) : new Set<string>();
      const pageFiles = (modules: string[]) =>
        [...new Set(modules.flatMap((module) => [...closureOf(chunks, builtFrom(module))]))].filter(
          (file) => !inEntry.has(file),
        );
      const table: PreloadTable = {
        login: pageFiles(login),
        routes: routes.map(({ pattern, modules }) => [pattern, pageFiles(modules)]),
      };
      const source = minifySync(
        'route-preload.js',
        `(${preloadRoute.toString()})(${JSON.stringify(table)}, ${JSON.stringify(base)}, ${JSON.stringify(SESSION_KEY)});\n`,
      ).code;
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      const fileName = `assets/route-preload-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const tag = `<script async src="${base}${fileName}"></script>\n    `;
      html.source = String(html.source).replace(
        '<script type="module"',
        `${tag}<script type="module"`,
      );
    },
  };
}
