import { EXPORT_SCHEMA_VERSION, FACETS, facetCounts } from '@cases/core/browser';
import type { Case, ExportData, FacetKey } from '@cases/core/browser';

import { CASES_PER_PAGE_FILE, FIRST_PAGE_CASES } from './paged-index.js';
import type { PagingJson } from './paged-index.js';

/** A case in an index: everything but its body, and where the body is. */
export type IndexedCase = Case & { detail?: string };

/** Where a detail file may live: `cases/<locale>/<id>.json`, names from a safe alphabet only. */
export const DETAIL_PATH = /^cases\/[A-Za-z0-9_-][\w.-]*\/[A-Za-z0-9_-][\w.-]*\.json$/;

/** A file-name-safe form of an id or locale: itself when plain, else `_` and the hex of its UTF-8. */
export function safeName(value: string): string {
  if (/^[A-Za-z0-9][\w.-]{0,80}$/.test(value) && !value.includes('..')) return value;
  return `_${[...new TextEncoder().encode(value)].map((b) => b.toString(16).padStart(2, '0')).join('')}`.slice(0, 200);
}

/** The kit's first file: a valid export holding the first page of each view, plus `paging`. */
export type IndexHeadData = ExportData & { paging: PagingJson };

/** What {@link toExportIndex} returns: the files of the kit's data, by path. */
export interface ExportIndex {
  /** `index.json`: the first page of cards per view, facet counts, total, the list of page files. */
  index: IndexHeadData;
  /** `index/<n>.json`: the whole index in order, a valid export per file. */
  pages: Record<string, ExportData>;
  /** `cases/<locale>/<id>.json`: one small export per case, fetched when the case is opened. */
  details: Record<string, ExportData>;
}

/** Options of {@link toExportIndex}. */
export interface ExportIndexOptions {
  /** Cases per page file (`index/<n>.json`). @default 1000 */
  casesPerFile?: number;
}

const TERM_KEYS = FACETS.filter((f) => f.termKind !== null).map((f) => f.key);

/**
 * Split an export for the web. The index holds what cards, lists, facets, search and quotes need
 * (every case without its sections, highlights, cover, author, extra facts and source path, a
 * title equal to the company name left empty, each with a `detail` path), paged: `index` is the
 * small first file a list shows at once (the first {@link FIRST_PAGE_CASES} cases of all cases
 * and of each locale, their facet counts and totals, scenarios and taxonomy whole), `pages` the
 * whole index in files of {@link CASES_PER_PAGE_FILE} cases, loaded after the first paint (a
 * list needs them to filter and search). `details` holds one small export per case. Every file
 * is a valid export, so the elements check them the same way.
 * @example const { index, pages, details } = toExportIndex(data); // details['cases/zh/tuling.json']
 */
export function toExportIndex(data: ExportData, { casesPerFile = CASES_PER_PAGE_FILE }: ExportIndexOptions = {}): ExportIndex {
  if (!Number.isSafeInteger(casesPerFile) || casesPerFile < 1)
    throw new TypeError(`toExportIndex: casesPerFile ${String(casesPerFile)} is not valid; use a whole number from 1, e.g. 1000`);
  const details: Record<string, ExportData> = {};
  const empty = { industries: [], cloudTypes: [], challenges: [], features: [], scenarios: [] };
  const cases = data.cases.map((c): IndexedCase => {
    const path = `cases/${safeName(c.locale)}/${safeName(c.id)}.json`;
    details[path] = { schemaVersion: EXPORT_SCHEMA_VERSION, cases: [c], scenarios: [], taxonomy: empty };
    // Only what cards, lists, facets, search and quotes read; the rest is in the detail file.
    return {
      ...c,
      title: c.title === c.company.name ? '' : c.title,
      cover: null,
      sections: [],
      highlights: [],
      facts: { ...c.facts, author: null, extra: {}, positions: {} },
      source: { path: '', format: c.source.format },
      detail: path,
    };
  });
  const pages: Record<string, ExportData> = {};
  for (let start = 0, n = 1; start < cases.length; start += casesPerFile, n++)
    pages[`index/${n}.json`] = { schemaVersion: EXPORT_SCHEMA_VERSION, cases: cases.slice(start, start + casesPerFile), scenarios: [], taxonomy: empty };
  const head = new Set<IndexedCase>();
  const locales = [...new Set(cases.map((c) => c.locale))];
  const views = [null, ...locales].map((locale) => {
    const inView = locale === null ? cases : cases.filter((c) => c.locale === locale);
    const first = inView.slice(0, FIRST_PAGE_CASES);
    for (const c of first) head.add(c);
    const all = facetCounts(inView, {}, data.taxonomy, TERM_KEYS);
    const counts: Partial<Record<FacetKey, [string, number][]>> = {};
    for (const key of TERM_KEYS) counts[key] = all[key].map((f): [string, number] => [f.id, f.count]);
    return { locale, total: inView.length, first: first.map((c): [string, string] => [c.locale, c.id]), counts };
  });
  const index: IndexHeadData = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    cases: [...head],
    scenarios: data.scenarios,
    taxonomy: data.taxonomy,
    paging: { total: cases.length, pages: Object.keys(pages), views },
  };
  return { index, pages, details };
}
