import { termLabel, type Labels, type TermKind } from '../model/labels.js';
import type { Case, Taxonomy } from '../model/model.js';
import { facetValues, type FacetKey } from './facet-values.js';

// What one case has in a facet and how a document is named live in facet-values.ts, so that a
// bundle needing only those (a web card) does not carry the selection and counting code.
export { documentKey, facetValues, findDocument } from './facet-values.js';
export type { DocumentKey } from './facet-values.js';

/**
 * The one facet engine every surface uses: the CLI's `list` flags, the terminal's facet panel
 * and the web list's filters and attributes. It is browser-safe (no parsers, no Node.js APIs).
 */

export type { FacetKey };

/** How one facet is named on every surface. */
export interface FacetDefinition {
  /** The key in a {@link FacetSelection} and in {@link CaseFilter}. */
  readonly key: FacetKey;
  /** The taxonomy list its ids come from; `null` for facets the taxonomy does not define. */
  readonly termKind: TermKind | null;
  /** The CLI flag, without dashes (`cases list --cloud-type hybrid`). */
  readonly flag: string;
  /** The web element attribute (`<cases-list cloud-type="hybrid">`). */
  readonly attribute: string;
  /** The heading's key in {@link Labels}. */
  readonly label: keyof Labels;
}

/** Every facet, in the order panels show them. */
export const FACETS: readonly FacetDefinition[] = [
  { key: 'industry', termKind: 'industries', flag: 'industry', attribute: 'industry', label: 'industry' },
  { key: 'cloudType', termKind: 'cloudTypes', flag: 'cloud-type', attribute: 'cloud-type', label: 'cloudType' },
  { key: 'feature', termKind: 'features', flag: 'feature', attribute: 'feature', label: 'features' },
  { key: 'challenge', termKind: 'challenges', flag: 'challenge', attribute: 'challenge', label: 'challenges' },
  { key: 'scenario', termKind: 'scenarios', flag: 'scenario', attribute: 'scenario', label: 'scenarios' },
  { key: 'locale', termKind: null, flag: 'locale', attribute: 'locale', label: 'locale' },
  { key: 'kind', termKind: null, flag: 'kind', attribute: 'kind', label: 'kind' },
];

const BY_NAME = new Map<string, FacetDefinition>();
for (const facet of FACETS) {
  for (const name of [facet.key, facet.flag, facet.attribute, facet.termKind, facet.label]) if (name) BY_NAME.set(name.toLowerCase(), facet);
}

/**
 * The facet a name refers to — its key, flag, attribute, or taxonomy kind (so `features`,
 * `feature` and `cloud-type` all resolve) — or `undefined`.
 * @example facetNamed('cloud-type')?.key // 'cloudType'
 */
export function facetNamed(name: string): FacetDefinition | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/** The chosen ids per facet: a case matches when it has one of the ids of every facet. */
export type FacetSelection = Partial<Record<FacetKey, readonly string[]>>;

/** Whether a case matches a selection, leaving out the facet `skip` (for its own counts). */
export function matchesFacets(item: Case, selection: FacetSelection, skip?: FacetKey): boolean {
  for (const facet of FACETS) {
    if (facet.key === skip) continue;
    const wanted = selection[facet.key];
    if (!wanted || wanted.length === 0) continue;
    const have = facetValues(item, facet.key);
    if (!wanted.some((id) => have.includes(id))) return false;
  }
  return true;
}

/** The cases that match a selection (any id within a facet, every facet). */
export function filterByFacets<T extends Case>(cases: readonly T[], selection: FacetSelection): T[] {
  return cases.filter((c) => matchesFacets(c, selection));
}

/** Whether anything is chosen. */
export function hasSelection(selection: FacetSelection): boolean {
  return FACETS.some((f) => (selection[f.key]?.length ?? 0) > 0);
}

/** Choose or unchoose one id of a facet; the selection given is not changed. */
export function toggleFacet(selection: FacetSelection, key: FacetKey, id: string): FacetSelection {
  const current = selection[key] ?? [];
  return { ...selection, [key]: current.includes(id) ? current.filter((v) => v !== id) : [...current, id] };
}

/** One id of a facet with the number of cases it would match. */
export interface FacetCount {
  id: string;
  /** Label per locale from the taxonomy (the id itself for values it does not know). */
  label: { zh: string; en: string };
  /** Cases that have this id and match every other facet of the selection. */
  count: number;
  /** Whether the selection chooses it. */
  selected: boolean;
}

/**
 * Per facet, every id the cases have, with the number of cases it would match when chosen
 * with all *other* facets of the selection applied (so choosing within a facet never hides its
 * alternatives). Ids follow the taxonomy's order, unknown ids after them by name.
 * @example facetCounts(collection.cases, { feature: ['devops'] }, collection.taxonomy).industry
 */
export function facetCounts(
  cases: readonly Case[],
  selection: FacetSelection,
  taxonomy: Taxonomy,
  keys: readonly FacetKey[] = FACETS.map((f) => f.key),
): Record<FacetKey, FacetCount[]> {
  const out = {} as Record<FacetKey, FacetCount[]>;
  for (const facet of FACETS) {
    if (!keys.includes(facet.key)) {
      out[facet.key] = [];
      continue;
    }
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (const item of cases) {
      const values = facetValues(item, facet.key);
      for (const v of values) seen.add(v);
      if (!matchesFacets(item, selection, facet.key)) continue;
      for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const order = new Map((facet.termKind ? taxonomy[facet.termKind] : []).map((t, i) => [t.id, i] as const));
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    const chosen = selection[facet.key] ?? [];
    out[facet.key] = [...seen]
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((id) => ({
        id,
        label: facet.termKind ? { zh: termLabel(taxonomy, facet.termKind, id, 'zh'), en: termLabel(taxonomy, facet.termKind, id, 'en') } : { zh: id, en: id },
        count: counts.get(id) ?? 0,
        selected: chosen.includes(id),
      }));
  }
  return out;
}
