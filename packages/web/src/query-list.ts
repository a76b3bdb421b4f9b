import type { Case, Taxonomy } from '@cases/core/browser';

import type { ListState, ViewContext } from './view-context.js';
import { casesInLocale, FACETS, facetValues } from './view-shared.js';

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
    for (const [key, kind] of FACETS) {
      const ids = facetValues(c, key);
      for (const term of taxonomy[kind]) if (ids.includes(term.id)) parts.push(...Object.values(term.labels));
    }
    const f = c.facts ?? {};
    collectText([f.industry, f.location, f.cloudType, f.challenges, f.features, c.tags, c.keywords, c.highlights], parts, 0);
    collectText(c.sections, parts, 0);
    text = parts.join('\n').toLowerCase();
    haystacks.set(c, text);
  }
  return text;
}

/** The facet keys the list offers as filters (the `facets` attribute). */
export function shownFacets(ctx: ViewContext): string[] {
  const attr = ctx.attr('facets');
  const wanted = (attr ?? 'industry cloudType features').split(/[\s,]+/);
  return FACETS.map(([key]) => key).filter((key) => wanted.includes(key));
}

const PRESETS = [
  ['industry', 'industry'],
  ['cloud-type', 'cloudType'],
  ['feature', 'features'],
  ['challenge', 'challenges'],
  ['scenario', 'scenarios'],
] as const;

function matches(c: Case, filters: Record<string, string[]>, except: string | null, tokens: string[], taxonomy?: Taxonomy): boolean {
  for (const [key, ids] of Object.entries(filters)) {
    if (key === except || ids.length === 0) continue;
    const values = facetValues(c, key);
    if (!ids.some((id) => values.includes(id))) return false;
  }
  return tokens.length === 0 || tokens.every((token) => searchText(c, taxonomy!).includes(token));
}

/** Result of {@link queryList}. */
export interface ListResult {
  /** Matching cases, in export order. */
  results: Case[];
  /** Per facet key, the number of cases each id would match with the other filters kept. */
  counts: Record<string, Map<string, number>>;
}

/**
 * Filter the element's cases: presets from attributes (`locale`, `industry`, `cloud-type`,
 * `feature`, `challenge`, `scenario`), then the reader's filters (OR within a facet, AND across
 * facets) and search words (all must occur).
 */
export function queryList(ctx: ViewContext, state: ListState): ListResult {
  const presets: Record<string, string[]> = {};
  for (const [attr, key] of PRESETS) {
    const value = ctx.attr(attr);
    if (value) presets[key] = value.split(/[\s,]+/).filter(Boolean);
  }
  const base = casesInLocale(ctx).filter((c) => matches(c, presets, null, []));
  const tokens = state.search.toLowerCase().split(/\s+/).filter(Boolean);
  const counts: Record<string, Map<string, number>> = {};
  for (const key of shownFacets(ctx)) {
    const map = new Map<string, number>();
    for (const c of base) {
      if (!matches(c, state.filters, key, tokens, ctx.data.taxonomy)) continue;
      for (const id of new Set(facetValues(c, key))) map.set(id, (map.get(id) ?? 0) + 1);
    }
    counts[key] = map;
  }
  return { results: base.filter((c) => matches(c, state.filters, null, tokens, ctx.data.taxonomy)), counts };
}
