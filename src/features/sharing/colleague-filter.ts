// Filtering 10,000 colleagues on every keystroke: every word typed must appear in the
// name or email (in any order), and only the first matches are rendered.
import type { Colleague } from './colleagues-api';

export const MAX_SHOWN = 50;

export interface FilterResult {
  shown: Colleague[];
  /** All matches, of which `shown` is the start. */
  total: number;
}

export function filterColleagues(
  colleagues: readonly Colleague[],
  query: string,
  excluded: ReadonlySet<string>,
  limit = MAX_SHOWN,
): FilterResult {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown: Colleague[] = [];
  let total = 0;
  for (const colleague of colleagues) {
    if (!colleague.isActive || excluded.has(colleague.id)) continue;
    if (!words.every((word) => colleague.searchText.includes(word))) continue;
    total++;
    if (shown.length < limit) shown.push(colleague);
  }
  return { shown, total };
}
