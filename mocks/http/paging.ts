// Glue's offset paging (docs/glue-api.md §4): only when both page[offset] and page[limit]
// are given; links self/first/last always, next/prev only when they exist; no total.
// An offset without a limit is refused (rev 3), as plain text before the token.
import { type GlueFailure, frameworkFail } from '../rules/glue-failure';

/** A collection's own link: the path and query as asked. */
export const selfLink = (url: URL) => `${url.origin}${url.pathname}${decodeURI(url.search)}`;

export interface Page {
  offset: number;
  limit: number;
}

const WHOLE_NUMBER = /^\d+$/;

export function parsePage(url: URL): Page | null | GlueFailure {
  const offset = url.searchParams.get('page[offset]');
  const limit = url.searchParams.get('page[limit]');
  if (offset === null && limit === null) return null;
  // A limit alone is ignored; an offset without a limit is refused (rev 3).
  if (limit === null) return frameworkFail('paginationInvalid');
  if (offset === null) return null;
  // A limit of 0 would make every page empty and `last` undefined: refused like a negative one.
  if (!WHOLE_NUMBER.test(offset) || !WHOLE_NUMBER.test(limit) || Number(limit) === 0) {
    return frameworkFail('paginationInvalid');
  }
  return { offset: Number(offset), limit: Number(limit) };
}

export function pageLinks(url: URL, page: Page, total: number): Record<string, string> {
  const link = (offset: number) => {
    const params = [...url.searchParams.entries()]
      .filter(([key]) => !key.startsWith('page['))
      .map(([key, value]) => `${key}=${value}`);
    params.push(`page[offset]=${offset}`, `page[limit]=${page.limit}`);
    return `${url.origin}${url.pathname}?${params.join('&')}`;
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / page.limit) * page.limit;
  const links: Record<string, string> = {
    self: link(page.offset),
    first: link(0),
    last: link(lastOffset),
  };
  if (page.offset + page.limit < total) links.next = link(page.offset + page.limit);
  if (page.offset > 0) links.prev = link(Math.max(0, page.offset - page.limit));
  return links;
}
