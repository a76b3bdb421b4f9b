import { FACETS, facetCounts, labelsFor } from '@cases/core/browser';
import type { Case, FacetKey, FacetSelection, Taxonomy } from '@cases/core/browser';

import { sanitizeText } from '../text/sanitize-text.js';

/**
 * The facets the browser's panel shows, in core's order. Matching, counting and toggling are
 * core's facet engine (`matchesFacets`, `facetCounts`, `toggleFacet`), shared with the CLI's
 * `list` flags and the web list; this file only lays the counts out as panel rows.
 */
export const PANEL_FACETS: readonly FacetKey[] = FACETS.map((f) => f.key).filter((k) => k !== 'kind');

/** A line of the facet panel: a facet heading or an id with its count. */
export type FacetRow =
  { kind: 'group'; group: FacetKey; label: string } | { kind: 'value'; group: FacetKey; id: string; label: string; count: number; selected: boolean };

/**
 * The facet panel's rows: each facet that has ids, then its ids with the number of cases that
 * would match if the id were chosen (given the other facets' choices: core's `facetCounts`).
 */
export function facetRows(cases: readonly Case[], selection: FacetSelection, taxonomy: Taxonomy, locale: string): FacetRow[] {
  const labels = labelsFor(locale);
  const counts = facetCounts(cases, selection, taxonomy, PANEL_FACETS);
  const rows: FacetRow[] = [];
  for (const facet of FACETS) {
    if (!PANEL_FACETS.includes(facet.key)) continue;
    const values = counts[facet.key];
    if (values.length === 0) continue;
    rows.push({ kind: 'group', group: facet.key, label: String(labels[facet.label]) });
    for (const v of values) {
      const label = sanitizeText(locale === 'zh' ? v.label.zh : v.label.en, { keepNewlines: false });
      rows.push({ kind: 'value', group: facet.key, id: v.id, label, count: v.count, selected: v.selected });
    }
  }
  return rows;
}
