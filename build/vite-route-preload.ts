// A build plugin: the page's own code starts downloading with the app's, not after it.
// Routes are code-split, so without it a first load fetches the entry, runs it, and only
// then asks for the page's chunk, its imports, styles and texts — one more round trip
// before anything shows. A small script from index.html (the CSP allows no inline one)
// looks at the address and the session and preloads what that page needs — and, in a
// live build, starts the page's Glue request too, which would otherwise wait for the
// app to arrive and run.
import { createHash } from 'node:crypto';
import { type Plugin, type Rolldown, minifySync } from 'vite';
import { glueBaseUrl, parseGlueUrl } from '../src/lib/glue/url.ts';
import { LANGUAGES, LANGUAGE_KEY, detectLanguage } from '../src/lib/i18n/language.ts';
import { JSON_API_MEDIA_TYPE } from '../src/lib/json-api/document.ts';
import { FIRST_REQUEST_KEY } from '../src/lib/json-api/first-request.ts';
import { type RequestQuery, requestUrl } from '../src/lib/json-api/request-url.ts';
import { SESSION_KEY } from '../src/lib/session/session-key.ts';

/** A route (a pattern over the pathname), the source modules its page loads lazily, and
 * the Glue request its loader starts, to start at once. */
export interface PreloadRoute {
  pattern: string;
  modules: string[];
  request?: { path: string; query?: RequestQuery };
}

/** The files to preload: the login page's, and each route's for a signed-in company user,
 * with the address below Glue's of the request the route's page starts. */
export interface PreloadTable {
  login: string[];
  routes: [pattern: string, files: string[], request: string | null][];
}

/** What the script needs to send a page's first request as the app would. */
export interface FirstRequestSettings {
  /** VITE_GLUE_URL as the app reads it: a path on this origin or an absolute URL. */
  glue: string;
  accept: string;
  /** Where the app keeps the chosen language, and each language's locale (Accept-Language). */
  languageKey: string;
  locales: Record<string, string>;
  holderKey: string;
}

export interface PreloadSettings {
  base: string;
  sessionKey: string;
  /** Null in mock mode: nothing can answer before the app starts its mock worker. */
  firstRequest: FirstRequestSettings | null;
}

/**
 * Runs in the browser, from its own text (so: no imports, no outer variables; the
 * app's language rule comes in as `detectLanguage`). Someone not signed in as a company
 * user is on the way to the login page, whatever the address. For a company user it
 * also sends the page's Glue request, with the headers the app's client sends, and
 * leaves the pending answer where the app's fetch looks first (json-api/first-request.ts).
 */
export function preloadRoute(
  table: PreloadTable,
  settings: PreloadSettings,
  detectLanguage: (stored: string | null, preferred: readonly string[]) => string,
  path: string = location.pathname,
  storage: Pick<Storage, 'getItem'> = sessionStorage,
): void {
  type StoredSession = { companyUserId?: unknown; accessToken?: unknown } | null;
  let session: StoredSession = null;
  try {
    session = JSON.parse(storage.getItem(settings.sessionKey) ?? 'null') as StoredSession;
  } catch {
    session = null;
  }
  const { base, firstRequest } = settings;
  const route = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  let files = table.login;
  if (session?.companyUserId) {
    const [, routeFiles = [], request = null] =
      table.routes.find(([pattern]) => new RegExp(pattern).test(route)) ?? [];
    files = routeFiles;
    const token = session.accessToken;
    if (request && firstRequest && typeof token === 'string') {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(firstRequest.languageKey);
      } catch {
        stored = null;
      }
      const language = detectLanguage(stored, navigator.languages);
      const glue = firstRequest.glue.startsWith('/')
        ? location.origin + firstRequest.glue
        : firstRequest.glue;
      const url = glue + request;
      const headers = {
        Accept: firstRequest.accept,
        'Accept-Language': firstRequest.locales[language] ?? 'en-US',
        Authorization: `Bearer ${token}`,
      };
      const response = fetch(url, { headers });
      // Nobody may take it (another request came first): that is no error to report.
      response.catch(() => undefined);
      (window as unknown as Record<string, unknown>)[firstRequest.holderKey] = {
        url,
        headers,
        response,
      };
    }
  }
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

export function routePreload(
  login: string[],
  routes: PreloadRoute[],
  /** VITE_GLUE_URL; empty in mock mode. */
  glueUrl: string,
): Plugin {
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
      // A page's chunk: the one built from it, or the group it went into (vite-page-chunk.ts).
      const builtFrom = (module: string) => {
        const id = `${root}/${module}`;
        const all = [...chunks.values()];
        const chunk =
          all.find((c) => c.facadeModuleId === id) ?? all.find((c) => c.moduleIds.includes(id));
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
        routes: routes.map(({ pattern, modules, request }) => [
          pattern,
          pageFiles(modules),
          request ? requestUrl('', request.path, request.query) : null,
        ]),
      };
      const settings: PreloadSettings = {
        base,
        sessionKey: SESSION_KEY,
        firstRequest: glueUrl
          ? {
              glue: glueBaseUrl(parseGlueUrl(glueUrl), ''),
              accept: JSON_API_MEDIA_TYPE,
              languageKey: LANGUAGE_KEY,
              locales: Object.fromEntries(LANGUAGES.map(({ value, locale }) => [value, locale])),
              holderKey: FIRST_REQUEST_KEY,
            }
          : null,
      };
      const source = minifySync(
        'route-preload.js',
        `(${preloadRoute.toString()})(${JSON.stringify(table)}, ${JSON.stringify(settings)}, ${detectLanguage.toString()});\n`,
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
