import { labelsFor, termLabel } from '@cases/core/browser';
import type { Case, Taxonomy, TermKind } from '@cases/core/browser';

/** The facets the browser filters by. */
export type FacetGroup = 'industry' | 'cloudType' | 'features' | 'challenges' | 'scenario' | 'locale';

/** Facet groups in panel order. */
export const FACET_GROUPS: readonly FacetGroup[] = ['industry', 'cloudType', 'features', 'challenges', 'scenario', 'locale'];

/** Selected values per facet group: a case matches when it has one of the values of every group. */
export type FacetSelection = Partial<Record<FacetGroup, readonly string[]>>;

const TERM_KIND: Record<FacetGroup, TermKind | null> = {
  industry: 'industries',
  cloudType: 'cloudTypes',
  features: 'features',
  challenges: 'challenges',
  scenario: 'scenarios',
  locale: null,
};

/** The canonical values a case has in a facet group (taxonomy ids, or the locale). */
export function caseFacetValues(item: Case, group: FacetGroup): readonly string[] {
  switch (group) {
    case 'scenario':
      return item.scenarios;
    case 'locale':
      return [item.locale];
    default:
      return item.facets[group];
  }
}

function matches(item: Case, selection: FacetSelection, skip?: FacetGroup): boolean {
  for (const group of FACET_GROUPS) {
    if (group === skip) continue;
    const wanted = selection[group];
    if (!wanted || wanted.length === 0) continue;
    const have = caseFacetValues(item, group);
    if (!wanted.some((v) => have.includes(v))) return false;
  }
  return true;
}

/** The cases that match a facet selection (any value within a group, every group). */
export function filterCases(cases: readonly Case[], selection: FacetSelection): Case[] {
  return cases.filter((c) => matches(c, selection));
}

/** Whether any facet value is selected. */
export function hasSelection(selection: FacetSelection): boolean {
  return FACET_GROUPS.some((g) => (selection[g]?.length ?? 0) > 0);
}

/** A line of the facet panel: a group heading or a value with its count. */
export type FacetRow =
  | { kind: 'group'; group: FacetGroup; label: string }
  | { kind: 'value'; group: FacetGroup; id: string; label: string; count: number; selected: boolean };

/**
 * The facet panel's rows: each group that has values, then its values with the number of
 * cases that would match if the value were chosen (given the other groups' choices).
 */
export function facetRows(cases: readonly Case[], selection: FacetSelection, taxonomy: Taxonomy, locale: string): FacetRow[] {
  const labels = labelsFor(locale);
  const groupLabel: Record<FacetGroup, string> = {
    industry: labels.industry,
    cloudType: labels.cloudType,
    features: labels.features,
    challenges: labels.challenges,
    scenario: labels.scenarios,
    locale: labels.locale,
  };
  const rows: FacetRow[] = [];
  for (const group of FACET_GROUPS) {
    const all = new Set<string>();
    const counts = new Map<string, number>();
    for (const item of cases) {
      const values = caseFacetValues(item, group);
      for (const v of values) all.add(v);
      if (!matches(item, selection, group)) continue;
      for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    if (all.size === 0) continue;
    const kind = TERM_KIND[group];
    const order = kind ? taxonomy[kind].map((t) => t.id) : [];
    const ids = [...all].sort((a, b) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
      return a.localeCompare(b);
    });
    rows.push({ kind: 'group', group, label: groupLabel[group] });
    const chosen = selection[group] ?? [];
    for (const id of ids) {
      rows.push({
        kind: 'value',
        group,
        id,
        label: kind ? termLabel(taxonomy, kind, id, locale) : id,
        count: counts.get(id) ?? 0,
        selected: chosen.includes(id),
      });
    }
  }
  return rows;
}

/** Toggle one value of a facet group. */
export function toggleFacet(selection: FacetSelection, group: FacetGroup, id: string): FacetSelection {
  const current = selection[group] ?? [];
  const next = current.includes(id) ? current.filter((v) => v !== id) : [...current, id];
  return { ...selection, [group]: next };
}
