// VITE_GLUE_URL in its two forms (docs/deployment.md):
// - a path on the app's own origin (`/glue`): a reverse proxy forwards it to Glue. The
//   way a stock Glue works in full, since it lets no other origin send If-Match or read
//   ETag (docs/glue-api.md §10);
// - an absolute http(s) URL: Glue on another origin, which then needs CORS set up.
// Read by the app (config.ts) and by the build (vite.config.ts: the CSP), so both agree.
import { z } from 'zod/mini';

export type GlueLocation =
  { kind: 'same-origin'; path: string } | { kind: 'cross-origin'; url: string; origin: string };

const absoluteUrl = z.url({ protocol: /^https?$/ });
/** `/glue`, `/api/glue/`: one leading slash (never `//host`), plain path characters. */
const SAME_ORIGIN_PATH = /^\/(?!\/)[A-Za-z0-9._~\-/]*$/;

export class GlueUrlError extends Error {
  override readonly name = 'GlueUrlError';
  constructor(value: string) {
    super(
      `VITE_GLUE_URL must be an absolute http(s) URL (https://glue.example.com) or a path on the app's own origin (/glue); got "${value}"`,
    );
  }
}

/** The configured Glue, or a GlueUrlError that says what is wrong. No trailing slash. */
export function parseGlueUrl(value: string): GlueLocation {
  const trimmed = value.trim();
  if (SAME_ORIGIN_PATH.test(trimmed) && !trimmed.split('/').includes('..')) {
    return { kind: 'same-origin', path: trimmed.replace(/\/+$/, '') };
  }
  const parsed = absoluteUrl.safeParse(trimmed);
  if (!parsed.success) throw new GlueUrlError(value);
  const url = parsed.data.replace(/\/+$/, '');
  return { kind: 'cross-origin', url, origin: new URL(url).origin };
}

/** Where requests go, seen from a page on `appOrigin`. */
export const glueBaseUrl = (glue: GlueLocation, appOrigin: string): string =>
  glue.kind === 'same-origin' ? `${appOrigin}${glue.path}` : glue.url;

/** The CSP's `connect-src`: only this origin, plus Glue's when it has another. */
export const glueConnectSrc = (glue: GlueLocation): string =>
  glue.kind === 'same-origin' ? "'self'" : `'self' ${glue.origin}`;

/** Whether requests to `glueBaseUrl` leave the page's origin (and so need CORS). */
export const isCrossOrigin = (glueBaseUrl: string, pageOrigin: string): boolean =>
  new URL(glueBaseUrl).origin !== pageOrigin;
