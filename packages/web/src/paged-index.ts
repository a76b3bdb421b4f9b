import type { FacetKey } from '@cases/core/browser';

/** How many cases of each view the first file holds: the first page of a list of up to this size. */
export const FIRST_PAGE_CASES = 24;

/** How many cases each further page file of the index holds. */
export const CASES_PER_PAGE_FILE = 1000;

/** Where a page file of the index may live: `index/<name>.json`, names from a safe alphabet only. */
export const PAGE_PATH = /^index\/[A-Za-z0-9_-]{1,64}\.json$/;

/** At most this many page files (10,000 × 1,000 cases). */
const MAX_PAGES = 10_000;

/**
 * The `paging` member of the kit's first file (`index.json`), as written: what a list shows
 * before the rest of the index has arrived.
 */
export interface PagingJson {
  /** Cases in the whole index. */
  total: number;
  /** The whole index in order, one valid export per file, relative to the first file. */
  pages: string[];
  /** One entry for all cases (`locale: null`) and one per locale. */
  views: {
    locale: string | null;
    /** Cases in this view. */
    total: number;
    /** Its first cases in the default order, as `[locale, id]` of cases in the first file. */
    first: [string, string][];
    /** Per facet key, `[id, count]` for the empty selection, in taxonomy order. */
    counts: Partial<Record<FacetKey, [string, number][]>>;
  }[];
}

/** Where the rest of a paged index is: the first file's `paging`, checked. */
export interface IndexPages {
  /** Page files, relative to the first file (each checked against {@link PAGE_PATH}). */
  pages: string[];
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Check where the rest of a paged index is (`paging.pages`); returns it, or what is wrong. The
 * views, which only a list reads, are checked by `readHeadViews`.
 * @example readPaging(json.paging) // { pages: ['index/1.json', …] }
 */
export function readPaging(value: unknown): IndexPages | string {
  const pages = isRecord(value) ? value.pages : null;
  return Array.isArray(pages) && pages.length <= MAX_PAGES && pages.every((page) => typeof page === 'string' && PAGE_PATH.test(page))
    ? { pages }
    : 'paging.pages should name files like index/1.json';
}
