import { DiagnosticSink } from '../diagnostics/diagnostics.js';
import { splitFactValues, createTermMatcher, type FacetKind } from './match-terms.js';
import type { Case, Diagnostic, Scenario, Taxonomy } from '../model/model.js';

/** Links documents to the taxonomy and to each other. */
export interface Linker {
  /** Fill in a case's `facets` and `scenarios`; returns its diagnostics (shown against `file`). */
  linkCase(c: Case, file: string): Diagnostic[];
  /** Fill in each scenario's `cases`: same-locale cases whose features prove it. */
  linkScenarios(cases: readonly Case[], scenarios: Scenario[]): void;
}

/**
 * Create a {@link Linker} for a taxonomy. A case's `facets` are its facts as taxonomy ids;
 * values the taxonomy does not know are kept as written and reported as info.
 */
export function createLinker(taxonomy: Taxonomy): Linker {
  const matcher = createTermMatcher(taxonomy);
  const featureScenarios = new Map(taxonomy.features.map((f) => [f.id, f.scenarios]));
  const scenarioOrder = taxonomy.scenarios.map((s) => s.id);
  return {
    linkCase(c, file) {
      const sink = new DiagnosticSink(file);
      if (c.source.format === 'case-article') deriveArticleFacts(c, matcher, sink);
      const canon = (kind: FacetKind, field: string, values: string[]) => {
        const ids: string[] = [];
        for (const v of values) {
          const id = matcher.match(kind, v);
          if (!id)
            sink.info(
              'unknown-term',
              `${field} "${v}" is not in the taxonomy; kept as written`,
              c.facts.positions[field],
              `Add it to taxonomy.yaml under ${kind} (as a term or a synonym).`,
            );
          const value = id ?? v;
          if (!ids.includes(value)) ids.push(value);
        }
        return ids.slice(); // exact size: the model keeps one per facet and case
      };
      c.facets = {
        industry: canon('industries', 'industry', c.facts.industry ? splitFactValues(c.facts.industry) : []),
        cloudType: canon('cloudTypes', 'cloudType', c.facts.cloudType),
        features: canon('features', 'features', c.facts.features),
        challenges: canon('challenges', 'challenges', c.facts.challenges),
      };
      const sc = new Set<string>();
      for (const f of c.facets.features) for (const s of featureScenarios.get(f) ?? []) sc.add(s);
      c.scenarios = scenarioOrder.filter((id) => sc.has(id));
      return sink.items;
    },
    linkScenarios(cases, scenarios) {
      for (const s of scenarios) s.cases = cases.filter((c) => c.locale === s.locale && c.scenarios.includes(s.id)).map((c) => c.id);
    },
  };
}

/** An article without facts: take industry and features from its tags, keywords and headings. */
function deriveArticleFacts(c: Case, matcher: ReturnType<typeof createTermMatcher>, sink: DiagnosticSink): void {
  const f = c.facts;
  if (f.industry || f.features.length || f.cloudType.length || f.challenges.length) return;
  const candidates = [...c.tags, ...c.keywords];
  for (const s of c.sections) {
    if (s.title) candidates.push(...splitFactValues(s.title));
    for (const b of s.blocks) if (b.type === 'heading') candidates.push(...splitFactValues(b.text));
  }
  const features: string[] = [];
  let industry: string | null = null;
  for (const v of candidates) {
    if (!industry && matcher.match('industries', v)) industry = v;
    const id = matcher.match('features', v);
    if (id && !features.some((x) => matcher.match('features', x) === id)) features.push(v);
  }
  f.industry = industry;
  f.features = features;
  if (industry || features.length) {
    sink.info(
      'derived-facts',
      `article has no facts; derived ${[industry, ...features].filter(Boolean).join(', ')} from its tags, keywords and headings`,
      [1, 1],
      'Add industry/features to the front matter to set them explicitly.',
    );
  }
}
