import { documentKey, FACETS, filterByFacets, type FacetSelection } from './facets.js';
import { searchIndexOf } from './search-index.js';
import type { Case, Scenario, Taxonomy } from '../model/model.js';

/** A filter over cases. Every given facet must match (values within one facet are alternatives). */
export interface CaseFilter {
  /** Locale, e.g. `zh`. */
  locale?: string | readonly string[];
  /** Source kind: `page` (case page) or `article`. */
  kind?: string | readonly string[];
  /** Industry ids (or values as written for terms the taxonomy does not know). */
  industry?: string | readonly string[];
  cloudType?: string | readonly string[];
  feature?: string | readonly string[];
  challenge?: string | readonly string[];
  /** Scenario ids. */
  scenario?: string | readonly string[];
  /** Full-text query; results are ranked by relevance. */
  search?: string;
}

const asList = (v: string | readonly string[] | undefined): readonly string[] | undefined => (v === undefined ? undefined : typeof v === 'string' ? [v] : v);

/** The facet part of a filter as a {@link FacetSelection}. */
export function selectionOf(filter: CaseFilter): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of FACETS) {
    const ids = asList(filter[facet.key]);
    if (ids) selection[facet.key] = ids;
  }
  return selection;
}

/**
 * Filter (and, with `search`, rank) the cases of a collection.
 * @example queryCases(collection, { feature: 'devops', locale: 'zh' })
 */
export function queryCases(collection: { cases: Case[]; scenarios: Scenario[]; taxonomy: Taxonomy }, filter: CaseFilter = {}): Case[] {
  let list = filterByFacets(collection.cases, selectionOf(filter));
  if (filter.search?.trim()) {
    const index = searchIndexOf(collection);
    const rank = new Map<string, number>();
    index.search(filter.search, { kind: 'case', limit: Infinity }).forEach((h, i) => rank.set(documentKey(h), i));
    list = list.filter((c) => rank.has(documentKey(c))).sort((a, b) => rank.get(documentKey(a))! - rank.get(documentKey(b))!);
  }
  return list;
}
