import {
  FACETS,
  facetCounts,
  facetNamed,
  facetValues,
  filterByFacets,
  type Case,
  type FacetKey,
  type FacetSelection,
  type Taxonomy,
  hasSelection,
} from '@cases/core/browser';

import { readHeadViews } from './head-views.js';
import type { HeadView } from './head-views.js';
import type { ListState, ViewContext } from './view-context.js';
import { casesInLocale } from './view-shared.js';

/** The facets a list can offer as filters: those the taxonomy defines, in core's order. */
const TERM_FACETS = FACETS.filter((f) => f.termKind !== null);

const haystacks = new WeakMap<Case, string>();

function collectText(value: unknown, out: string[], depth: number): void {
  if (depth > 12) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectText(v, out, depth + 1);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'text' || key === 'title' || key === 'items' || key === 'blocks' || key === 'rows' || key === 'header') {
        collectText(v, out, depth + 1);
      }
    }
  }
}

/**
 * The lower-cased text a search looks through: company, title, facts, tags, every block, and the
 * taxonomy labels (all locales) of the case's facets, so "多集群" finds an English case too.
 */
export function searchText(c: Case, taxonomy: Taxonomy): string {
  let text = haystacks.get(c);
  if (text === undefined) {
    const parts: string[] = [c.company.name, c.company.summary, c.title, c.description ?? ''];
    for (const facet of TERM_FACETS) {
      const ids = facetValues(c, facet.key);
      for (const term of taxonomy[facet.termKind!]) if (ids.includes(term.id)) parts.push(...Object.values(term.labels));
    }
    const f = c.facts ?? {};
    collectText([f.industry, f.location, f.cloudType, f.challenges, f.features, c.tags, c.keywords, c.highlights], parts, 0);
    collectText(c.sections, parts, 0);
    text = parts.join('\n').toLowerCase();
    haystacks.set(c, text);
  }
  return text;
}

/**
 * The facet keys the list offers as filters, from the `facets` attribute. Names follow core's
 * facet table (`industry cloud-type feature`); the older plural names (`features`) still work.
 */
export function shownFacets(ctx: ViewContext): FacetKey[] {
  const wanted = new Set((ctx.attr('facets') ?? 'industry cloudType feature').split(/[\s,]+/).map((name) => facetNamed(name)?.key));
  return TERM_FACETS.map((f) => f.key).filter((key) => wanted.has(key));
}

const tokensOf = (search: string) => search.toLowerCase().split(/\s+/).filter(Boolean);

/** Result of {@link queryList}. */
export interface ListResult {
  /** Matching cases, in export order (only the first ones while `pending`). */
  results: Case[];
  /** How many cases match. */
  total: number;
  /** Per facet key, the number of cases each id would match with the other filters kept. */
  counts: Partial<Record<FacetKey, Map<string, number>>>;
  /** The data is a paged index's first file: cases past `results` arrive with the rest of it. */
  pending: boolean;
  /**
   * Per facet key, every id the element's cases have before search and filters: what the list
   * still offers when nothing matches (so the reader can change course). Only when there are no results.
   */
  available: Partial<Record<FacetKey, string[]>>;
}

const headViews = new WeakMap<object, Map<string, HeadView> | string>();

/**
 * What the first file of a paged index can tell before the rest arrives: the first page, total
 * and facet counts of the element's locale, when no filter, search or preset is in play.
 */
function queryHead(ctx: ViewContext, state: ListState, presets: FacetSelection): ListResult {
  const paging = ctx.paging as object;
  let views = headViews.get(paging);
  if (!views) {
    views = readHeadViews(paging, ctx.data.cases);
    // Not a reason to refuse the data: the list waits for the whole index instead.
    if (typeof views === 'string') console.warn(`cases: ${views}`);
    headViews.set(paging, views);
  }
  const view = typeof views === 'string' ? undefined : views.get(ctx.attr('locale') ?? '');
  const counts: ListResult['counts'] = {};
  for (const key of shownFacets(ctx)) counts[key] = view?.counts.get(key) ?? new Map();
  if (!view || hasSelection(presets) || hasSelection(state.filters) || tokensOf(state.search).length)
    return { results: [], total: 0, counts, pending: true, available: {} };
  return { results: view.first, total: view.total, counts, pending: true, available: {} };
}

/**
 * Filter the element's cases with core's facet engine: presets from attributes (`locale` and
 * each facet's attribute: `industry`, `cloud-type`, `feature`, `challenge`, `scenario`), then
 * the reader's filters (OR within a facet, AND across facets) and search words (all must occur).
 */
export function queryList(ctx: ViewContext, state: ListState): ListResult {
  const presets: FacetSelection = {};
  for (const facet of TERM_FACETS) {
    const value = ctx.attr(facet.attribute);
    if (value) presets[facet.key] = value.split(/[\s,]+/).filter(Boolean);
  }
  if (ctx.paging !== undefined) return queryHead(ctx, state, presets);
  const tokens = tokensOf(state.search);
  const taxonomy = ctx.data.taxonomy;
  // Search first: counts are taken over the cases that match the words.
  const base = filterByFacets(casesInLocale(ctx), presets);
  const searched = base.filter((c) => tokens.every((token) => searchText(c, taxonomy).includes(token)));
  const shown = shownFacets(ctx);
  const all = facetCounts(searched, state.filters, taxonomy, shown);
  const counts: ListResult['counts'] = {};
  for (const key of shown) counts[key] = new Map(all[key].map((f) => [f.id, f.count]));
  const results = filterByFacets(searched, state.filters);
  const available: ListResult['available'] = {};
  if (!results.length) {
    const every = facetCounts(base, {}, taxonomy, shown);
    for (const key of shown) available[key] = every[key].map((f) => f.id);
  }
  return { results, total: results.length, counts, pending: false, available };
}
