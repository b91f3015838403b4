// Writing Glue responses: JSON:API media type, negotiated Content-Language, error
// documents whose HTTP status is the last error's, WWW-Authenticate on every 401.
import { HttpResponse } from 'msw';
import { JSON_API_MEDIA_TYPE } from '../../src/lib/json-api/document';
import type { GlueFailure } from '../rules/glue-failure';

const LOCALES: Record<string, string> = { en: 'en_US', de: 'de_DE' };
export const DEFAULT_LOCALE = 'en_US';

/** Picks en_US or de_DE from `Accept-Language` by quality; en_US when nothing fits. */
export function negotiateLocale(acceptLanguage: string | null): string {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = LOCALES[tag.split(/[-_]/)[0] ?? ''];
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

function headers(request: Request, withBody: boolean): Headers {
  const result = new Headers({
    'Content-Language': negotiateLocale(request.headers.get('Accept-Language')),
  });
  if (withBody) result.set('Content-Type', JSON_API_MEDIA_TYPE);
  return result;
}

export function documentResponse(
  request: Request,
  body: unknown,
  status = 200,
  extraHeaders: Record<string, string> = {},
): Response {
  const responseHeaders = headers(request, true);
  for (const [name, value] of Object.entries(extraHeaders)) responseHeaders.set(name, value);
  return new HttpResponse(JSON.stringify(body), { status, headers: responseHeaders });
}

export function failureResponse(request: Request, failure: GlueFailure): Response {
  if (failure.plainText) {
    // Before the JSON:API layer: the detail as text, no media type of Glue's, no locale.
    return new HttpResponse(failure.errors.map((e) => e.detail).join('\n'), {
      status: failure.status,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
    });
  }
  const responseHeaders = headers(request, true);
  if (failure.status === 401) {
    responseHeaders.set('WWW-Authenticate', 'Bearer realm="Access to shop API"');
  }
  return new HttpResponse(JSON.stringify({ errors: failure.errors }), {
    status: failure.status,
    headers: responseHeaders,
  });
}

export function noContentResponse(request: Request): Response {
  return new HttpResponse(null, { status: 204, headers: headers(request, false) });
}
