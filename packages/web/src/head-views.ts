import { FACETS } from '@cases/core/browser';
import type { Case, FacetKey } from '@cases/core/browser';

import { isCount, isRecord } from './paged-index.js';

/** The facets a list can filter by: those with taxonomy terms. */
const TERM_KEYS = FACETS.filter((f) => f.termKind !== null).map((f) => f.key);

/** One view of the first file, read: a locale's (or all) first cases, total and facet counts. */
export interface HeadView {
  total: number;
  first: Case[];
  counts: Map<FacetKey, Map<string, number>>;
}

/**
 * Check the views of a first file's `paging` against the cases the file holds (already checked):
 * by locale (`''` for all cases), or what is wrong with them. A view naming a case the file does
 * not hold (left out by the check) is dropped, so the list waits for the whole index instead.
 * @example readHeadViews(json.paging, data.cases).get('zh')?.total // 8000
 */
export function readHeadViews(paging: unknown, cases: readonly Case[]): Map<string, HeadView> | string {
  const views = isRecord(paging) ? paging.views : null;
  if (!Array.isArray(views)) return 'paging.views is not a list';
  const byKey = new Map(cases.map((c) => [`${c.locale}\u0000${c.id}`, c]));
  const read = new Map<string, HeadView>();
  for (const [i, view] of views.entries()) {
    const wrong = `paging.views[${i}] is malformed`;
    if (
      !isRecord(view) ||
      (view.locale !== null && typeof view.locale !== 'string') ||
      !isCount(view.total) ||
      !Array.isArray(view.first) ||
      !isRecord(view.counts)
    )
      return wrong;
    const first = view.first.map((key) => (Array.isArray(key) ? byKey.get(`${key[0]}\u0000${key[1]}`) : undefined)).filter((c) => c !== undefined);
    const counts = new Map<FacetKey, Map<string, number>>();
    for (const key of TERM_KEYS) {
      const pairs = Object.hasOwn(view.counts, key) ? view.counts[key] : [];
      if (!Array.isArray(pairs) || !pairs.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && isCount(pair[1]))) return wrong;
      counts.set(key, new Map(pairs as [string, number][]));
    }
    // A view whose first cases were left out by the check cannot stand for the first page.
    if (first.length === view.first.length && first.length <= view.total) read.set(view.locale ?? '', { total: view.total, first, counts });
  }
  return read;
}
