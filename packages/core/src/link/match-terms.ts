import type { Taxonomy, Term } from '../model/model.js';

/** The facet lists of a taxonomy that fact values are matched against. */
export type FacetKind = 'industries' | 'cloudTypes' | 'challenges' | 'features' | 'scenarios';

/**
 * A leading product or brand word before the term itself ("Acme 多集群管理", "Acme的DevOps",
 * "Acme DevOps"): tried away when the whole value matches nothing.
 */
const LEADING_NAME = /^[a-z][a-z0-9]*(?:\s*的\s*|\s+|(?=[\u3400-\u9fff]))/;

/** Normalise a label for matching: width, case, spaces and hyphens do not count. */
export function normalizeTerm(value: string): string {
  return (
    value
      .normalize('NFKC')
      .toLowerCase()
      // "A & B", "A and B", "A与B" and "A和B" are one term: every joiner becomes "&" before
      // spaces go (so "and" inside a word such as "brand" stays a word).
      .replace(/\s*(?:&|\band\b|与|和)\s*/g, '&')
      .replace(/[\s\-_.·・]+/g, '')
  );
}

/** Looks fact values up in a taxonomy. */
export interface TermMatcher {
  /** The canonical id of `value` in the facet list `kind`, or undefined when unknown. */
  match(kind: FacetKind, value: string): string | undefined;
}

/**
 * Build a matcher over every id, label and synonym of a taxonomy.
 * @example createTermMatcher(taxonomy).match('cloudTypes', '混合云') // 'hybrid'
 */
export function createTermMatcher(taxonomy: Taxonomy): TermMatcher {
  const maps = new Map<FacetKind, Map<string, string>>();
  for (const kind of ['industries', 'cloudTypes', 'challenges', 'features', 'scenarios'] as const) {
    const m = new Map<string, string>();
    const add = (label: string, id: string) => {
      const key = normalizeTerm(label);
      if (key && !m.has(key)) m.set(key, id);
    };
    const terms: Term[] = taxonomy[kind];
    for (const t of terms) {
      add(t.id, t.id);
      for (const l of Object.values(t.labels)) add(l, t.id);
    }
    for (const t of terms) for (const s of t.synonyms) add(s, t.id);
    maps.set(kind, m);
  }
  // Fact values repeat across cases: remember each value's answer.
  const seen = new Map<string, string | undefined>();
  return {
    match(kind, value) {
      const key = `${kind}\u0000${value}`;
      if (seen.has(key)) return seen.get(key);
      const map = maps.get(kind)!;
      let id = map.get(normalizeTerm(value));
      if (id === undefined) {
        const folded = value.normalize('NFKC').toLowerCase();
        const rest = folded.replace(LEADING_NAME, '');
        if (rest !== folded && rest.trim()) id = map.get(normalizeTerm(rest));
      }
      if (seen.size < 50_000) seen.set(key, id);
      return id;
    },
  };
}

/** Characters that may separate values (和 only between words, checked by the full pattern). */
const SEPARATOR_CHARS = /[、，,；;+＋和]/;

/** Split a fact value written as a list: 、 ， , ； ; + and 和 separate items ("CI/CD" stays whole). */
export function splitFactValues(value: string): string[] {
  // Most values are a single term: no separator, nothing to split.
  if (!SEPARATOR_CHARS.test(value)) {
    const v = value.trim();
    return v ? [v] : [];
  }
  return value
    .split(/\s*(?:[、，,；;+＋]|(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff\w])|\s和\s)\s*/u)
    .map((v) => v.trim())
    .filter(Boolean);
}
