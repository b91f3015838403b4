// Glue has no name search and no total count for company users (docs/glue-api.md §9): the
// picker loads the company once — the first page, then every remaining page in
// parallel, offsets read from the `last` link — and filters in the browser.
import { z } from 'zod/mini';
import { glue } from '../../lib/glue/client';
import type { CollectionDocument } from '../../lib/json-api/document';
import { attributesOf, readResources } from '../../lib/json-api/resource-reader';
import { personOf } from '../../lib/json-api/shared-resources';

export const COLLEAGUE_PAGE_SIZE = 1000;

export interface Colleague {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
  /** Lower-cased "name email", prepared once so that filtering is a plain substring test. */
  searchText: string;
}

const companyUserSchema = z.object({ isActive: z.boolean() });

function toColleagues(document: CollectionDocument): Colleague[] {
  const reader = readResources(document);
  return document.data.map((resource) => {
    const customer = reader.related(resource, 'customers')[0];
    const { name, email } = customer ? personOf(customer) : { name: '', email: '' };
    return {
      id: resource.id ?? '',
      name,
      email,
      isActive: attributesOf(resource, companyUserSchema).isActive,
      searchText: `${name} ${email}`.toLowerCase(),
    };
  });
}

const page = (offset: number, signal?: AbortSignal) =>
  glue.many('/company-users', {
    signal,
    query: { include: ['customers'], 'page[offset]': offset, 'page[limit]': COLLEAGUE_PAGE_SIZE },
  });

/** The offset in a paging link (`…page[offset]=2000…`), or null. */
export function offsetOf(link: string | undefined): number | null {
  if (!link) return null;
  const match = /page(?:\[|%5B)offset(?:\]|%5D)=(\d+)/.exec(link);
  return match?.[1] ? Number(match[1]) : null;
}

export async function fetchColleagues(signal?: AbortSignal): Promise<Colleague[]> {
  const first = await page(0, signal);
  const lastOffset = offsetOf(first.links.last) ?? 0;
  const offsets: number[] = [];
  for (let offset = COLLEAGUE_PAGE_SIZE; offset <= lastOffset; offset += COLLEAGUE_PAGE_SIZE) {
    offsets.push(offset);
  }
  const rest = await Promise.all(offsets.map((offset) => page(offset, signal)));
  return [first, ...rest].flatMap(toColleagues);
}
