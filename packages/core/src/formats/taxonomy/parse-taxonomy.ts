import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import type { FeatureTerm, Taxonomy, Term } from '../../model/model.js';
import type { ParseResult } from '../shared/parse-options.js';
import { parseYamlTree } from '../yaml/parse-yaml-tree.js';
import { lastValue, YamlValues } from '../yaml/yaml-values.js';

const LISTS = ['industries', 'cloudTypes', 'challenges', 'features', 'scenarios'] as const;
const TERM_KEYS = ['id', 'zh', 'en', 'labels', 'synonyms', 'scenarios'] as const;

/** An empty taxonomy. */
export function emptyTaxonomy(): Taxonomy {
  return { industries: [], cloudTypes: [], challenges: [], features: [], scenarios: [] };
}

/**
 * Parse `taxonomy.yaml`: lists of terms `{ id, zh, en, synonyms, scenarios? }`.
 * @example parseTaxonomy('industries:\n  - { id: finance, zh: 金融, en: Finance }', { path: 'taxonomy.yaml' })
 */
export function parseTaxonomy(text: string, options: { path: string; file?: string }): ParseResult<Taxonomy> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const yaml = parseYamlTree(text, 0, text.length, 1, sink);
  if (!yaml.ok) return { value: null, diagnostics: sink.items };
  const y = new YamlValues(sink);
  const taxonomy = emptyTaxonomy();
  const root = y.map(yaml.root, 'taxonomy');
  if (!root) return { value: taxonomy, diagnostics: sink.items };
  const e = y.entries(root, { known: LISTS, where: 'taxonomy' });
  for (const kind of LISTS) {
    const seen = new Set<string>();
    for (const entry of e.get(kind)?.values ?? []) {
      y.seq(entry, kind).forEach((raw, i) => {
        const where = `${kind}[${i}]`;
        const m = y.map(raw, where);
        if (!m) return;
        const te = y.entries(m, { known: TERM_KEYS, where });
        const get = (k: string) => y.str(lastValue(te.get(k)), `${where}.${k}`);
        const id = get('id');
        if (!id) {
          sink.error('wrong-shape', `${where} has no id`, m.position, 'Add "id: <kebab-case-id>".');
          return;
        }
        if (seen.has(id)) {
          sink.warn('duplicate-id', `${kind} has two terms with id "${id}"; the later one is skipped`, m.position, 'Merge the two terms.');
          return;
        }
        seen.add(id);
        const labels: Record<string, string> = {};
        for (const l of ['zh', 'en'] as const) {
          const v = get(l);
          if (v) labels[l] = v;
        }
        const labelMap = y.map(lastValue(te.get('labels')), `${where}.labels`);
        for (const { key, value } of labelMap?.pairs ?? []) {
          const label = y.str(value, `${where}.labels.${key}`);
          if (key && label && key !== '__proto__') labels[key] = label;
        }
        const strings = (k: string) =>
          y
            .seq(lastValue(te.get(k)), `${where}.${k}`)
            .map((n) => y.str(n, `${where}.${k}`))
            .filter((s): s is string => !!s);
        const term: Term = { id, labels, synonyms: strings('synonyms') };
        if (kind === 'features') (taxonomy.features as FeatureTerm[]).push({ ...term, scenarios: strings('scenarios') });
        else taxonomy[kind].push(term);
      });
    }
  }
  const scenarioIds = new Set(taxonomy.scenarios.map((s) => s.id));
  for (const f of taxonomy.features)
    for (const s of f.scenarios)
      if (!scenarioIds.has(s))
        sink.warn(
          'unknown-term',
          `feature "${f.id}" names scenario "${s}", which the taxonomy does not define`,
          [1, 1],
          'Add the scenario under "scenarios:".',
        );
  return { value: taxonomy, diagnostics: sink.items };
}
