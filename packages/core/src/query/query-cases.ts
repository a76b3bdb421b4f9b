import { termLabel } from '../model/labels.js';
import { searchIndexOf } from './search-index.js';
import type { Case, Scenario, Taxonomy } from '../model/model.js';

/** A filter over cases. Every given facet must match (values within one facet are alternatives). */
export interface CaseFilter {
  /** Locale, e.g. `zh`. */
  locale?: string | string[];
  /** Source kind: `page` (case page) or `article`. */
  kind?: 'page' | 'article' | ('page' | 'article')[];
  /** Industry ids (or values as written for terms the taxonomy does not know). */
  industry?: string | string[];
  cloudType?: string | string[];
  feature?: string | string[];
  challenge?: string | string[];
  /** Scenario ids. */
  scenario?: string | string[];
  /** Full-text query; results are ranked by relevance. */
  search?: string;
}

const arr = (v: string | string[] | undefined): string[] | null => (v === undefined ? null : Array.isArray(v) ? v : [v]);
const any = (wanted: string[] | null, have: string[]) => !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w));

/**
 * Filter (and, with `search`, rank) the cases of a collection.
 * @example queryCases(collection, { feature: 'devops', locale: 'zh' })
 */
export function queryCases(collection: { cases: Case[]; scenarios: Scenario[]; taxonomy: Taxonomy }, filter: CaseFilter = {}): Case[] {
  const locale = arr(filter.locale);
  const kind = arr(filter.kind);
  const industry = arr(filter.industry);
  const cloud = arr(filter.cloudType);
  const feature = arr(filter.feature);
  const challenge = arr(filter.challenge);
  const scenario = arr(filter.scenario);
  let list = collection.cases.filter(
    (c) =>
      any(locale, [c.locale]) &&
      any(kind, [c.source.format === 'case-page' ? 'page' : 'article']) &&
      any(industry, c.facets.industry) &&
      any(cloud, c.facets.cloudType) &&
      any(feature, c.facets.features) &&
      any(challenge, c.facets.challenges) &&
      any(scenario, c.scenarios),
  );
  if (filter.search?.trim()) {
    const index = searchIndexOf(collection);
    const rank = new Map<string, number>();
    index.search(filter.search, { kind: 'case', limit: Infinity }).forEach((h, i) => rank.set(`${h.locale}:${h.id}`, i));
    list = list.filter((c) => rank.has(`${c.locale}:${c.id}`)).sort((a, b) => rank.get(`${a.locale}:${a.id}`)! - rank.get(`${b.locale}:${b.id}`)!);
  }
  return list;
}

/** One value of a facet with how many cases have it. */
export interface FacetCount {
  id: string;
  /** Label per locale from the taxonomy (the id itself for values it does not know). */
  label: { zh: string; en: string };
  count: number;
}

/** Facet counts of a result set. */
export interface FacetCounts {
  industry: FacetCount[];
  cloudType: FacetCount[];
  features: FacetCount[];
  challenges: FacetCount[];
  scenario: FacetCount[];
  locale: FacetCount[];
}

/**
 * Count the facet values of a set of cases, most frequent first.
 * @example facetCounts(queryCases(collection, { locale: 'zh' }), collection.taxonomy).features[0]
 */
export function facetCounts(cases: readonly Case[], taxonomy: Taxonomy): FacetCounts {
  const count = (kind: 'industries' | 'cloudTypes' | 'features' | 'challenges' | 'scenarios' | null, pick: (c: Case) => string[]): FacetCount[] => {
    const m = new Map<string, number>();
    for (const c of cases) for (const v of new Set(pick(c))) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m]
      .map(([id, n]) => ({
        id,
        label: kind ? { zh: termLabel(taxonomy, kind, id, 'zh'), en: termLabel(taxonomy, kind, id, 'en') } : { zh: id, en: id },
        count: n,
      }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  };
  return {
    industry: count('industries', (c) => c.facets.industry),
    cloudType: count('cloudTypes', (c) => c.facets.cloudType),
    features: count('features', (c) => c.facets.features),
    challenges: count('challenges', (c) => c.facets.challenges),
    scenario: count('scenarios', (c) => c.scenarios),
    locale: count(null, (c) => [c.locale]),
  };
}

/**
 * Find a case by id (and locale when ids repeat across locales).
 * @example findCase(collection, 'vesoft')
 */
export function findCase(collection: { cases: Case[] }, id: string, locale?: string): Case | undefined {
  return collection.cases.find((c) => c.id === id && (!locale || c.locale === locale));
}

/** Find a scenario by id (and locale). */
export function findScenario(collection: { scenarios: Scenario[] }, id: string, locale?: string): Scenario | undefined {
  return collection.scenarios.find((s) => s.id === id && (!locale || s.locale === locale));
}
