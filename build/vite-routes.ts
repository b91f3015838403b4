// The route table (src/app/routes.ts) as the build reads it: what index.html preloads for
// each address, with the Glue request to start at once (vite-route-preload.ts), and the
// pages that get chunks of their own (vite-page-chunk.ts). A page added to the table gets
// both without a line here.
import type { Plugin } from 'vite';
import {
  type PageRoute,
  ROUTES,
  type RouteName,
  routeEntries,
  routePattern,
} from '../src/app/routes.ts';
import { pageChunk } from './vite-page-chunk.ts';
import { type PreloadRoute, routePreload } from './vite-route-preload.ts';

const moduleOf = (name: string): string => {
  if (!(name in ROUTES)) throw new Error(`route table: no route named ${name}`);
  return ROUTES[name as RouteName].module;
};

/** What the early script preloads for a company user at each address of the table; pages
 * that load the same files share one entry (every byte of the script is on /login). */
export function preloadRoutes(entries: [RouteName, PageRoute][] = routeEntries()): PreloadRoute[] {
  const merged = new Map<string, PreloadRoute>();
  for (const [, route] of entries) {
    if (route.guard !== 'company-user' || route.preload === false) continue;
    const preload: PreloadRoute = {
      pattern: routePattern(route),
      modules: [route.module, ...(route.with ?? [])],
      ...(route.firstRequest && {
        request: {
          path: route.firstRequest.path,
          query: { include: [...route.firstRequest.query.include] },
        },
      }),
    };
    const key = JSON.stringify([preload.modules, preload.request]);
    const same = merged.get(key);
    if (same) same.pattern = `${same.pattern}|${preload.pattern}`;
    else merged.set(key, preload);
  }
  return [...merged.values()];
}

/**
 * In the app's bundle, the table keeps only what the router reads (path, guard, home):
 * module paths, chunk groups and requests are for the build, and would cost every first
 * visit half a kilobyte (docs/decisions/login-budget.md). Dev and tests read the file itself.
 */
function routeTableForTheRouter(): Plugin {
  const rows = routeEntries().map(([name, { path, guard, home }]) =>
    home ? [name, path, guard, true] : [name, path, guard],
  );
  return {
    name: 'route-table-for-the-router',
    apply: 'build',
    load(id) {
      if (!id.endsWith('/src/app/routes.ts')) return null;
      return [
        `const rows = ${JSON.stringify(rows)};`,
        'export const routeEntries = () =>',
        '  rows.map(([name, path, guard, home]) => [name, { path, guard, home }]);',
        'export const ROUTES = Object.fromEntries(routeEntries());',
      ].join('\n');
    },
  };
}

export function routeTablePlugins(
  /** VITE_GLUE_URL; empty in mock mode. */
  glueUrl: string,
  { chunkGroups = true }: { chunkGroups?: boolean } = {},
): Plugin[] {
  return [
    routeTableForTheRouter(),
    // Someone not signed in as a company user is on the way to the login page.
    routePreload([ROUTES.login.module], preloadRoutes(), glueUrl),
    ...routeEntries().flatMap(([, route]) =>
      route.chunk && chunkGroups
        ? [
            pageChunk(
              route.chunk.name,
              route.module,
              route.chunk.apartFrom.map(moduleOf),
              route.chunk.shared,
            ),
          ]
        : [],
    ),
  ];
}
