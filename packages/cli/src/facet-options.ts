import { FACETS, didYouMean, facetValues, type Collection, type FacetKey, type FacetSelection } from '@cases/core';
import type { Command } from 'commander';

import { collectList, fail } from './context.js';

const EXAMPLE: Partial<Record<FacetKey, string>> = {
  industry: 'e.g. finance',
  cloudType: 'public, private, hybrid',
  feature: 'e.g. devops',
  scenario: 'e.g. multi-cluster',
  locale: 'zh, en',
  kind: 'page or article',
};

/** Add one `--<flag> <id>` option per facet of core's `FACETS` (comma-separated, repeatable). */
export function addFacetOptions(cmd: Command): Command {
  for (const facet of FACETS) {
    const example = EXAMPLE[facet.key];
    cmd.option(`--${facet.flag} <id>`, `only cases with this ${facet.flag.replace('-', ' ')} id${example ? ` (${example})` : ''}`, collectList);
  }
  return cmd;
}

/** Commander's property name of a flag (`cloud-type` → `cloudType`). */
const optionName = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The facet selection the flags ask for. Each value must be a known id of its facet (a
 * taxonomy id, a label or synonym of one, or a value some case has): anything else is a usage
 * error (exit 2) with the nearest known id, never a silent "no cases match".
 */
export function facetSelectionFromOptions(opts: Record<string, unknown>, collection: Pick<Collection, 'cases' | 'scenarios' | 'taxonomy'>): FacetSelection {
  const selection: FacetSelection = {};
  for (const facet of FACETS) {
    const given = opts[optionName(facet.flag)] as string[] | undefined;
    if (!given?.length) continue;
    const known = new Map<string, string>();
    const terms = facet.termKind ? collection.taxonomy[facet.termKind] : [];
    for (const t of terms) {
      known.set(t.id.toLowerCase(), t.id);
      for (const name of [...Object.values(t.labels), ...t.synonyms]) if (!known.has(name.toLowerCase())) known.set(name.toLowerCase(), t.id);
    }
    for (const c of collection.cases) for (const v of facetValues(c, facet.key)) if (!known.has(v.toLowerCase())) known.set(v.toLowerCase(), v);
    if (facet.key === 'locale') for (const s of collection.scenarios) known.set(s.locale.toLowerCase(), s.locale);
    if (facet.key === 'kind') for (const k of ['page', 'article']) known.set(k, k);
    const ids: string[] = [];
    for (const value of given) {
      const id = known.get(value.toLowerCase());
      if (id) {
        ids.push(id);
        continue;
      }
      const canonical = [...new Set(known.values())];
      const hint = didYouMean(value, canonical, { slack: facet.key === 'locale' ? 0 : 1 });
      const list = canonical.slice(0, 12).join(', ') + (canonical.length > 12 ? ', …' : '');
      fail(
        `unknown ${facet.flag} "${value}" for --${facet.flag}` +
          (hint ? `; did you mean "${hint}"?` : '') +
          (canonical.length ? ` (known: ${list})` : ' (no case has one)'),
        2,
      );
    }
    selection[facet.key] = ids;
  }
  return selection;
}

/** Every locale the collection has a case or scenario in. */
export function localesOf(collection: Pick<Collection, 'cases' | 'scenarios'>): string[] {
  return [...new Set([...collection.cases, ...collection.scenarios].map((d) => d.locale))].sort();
}

/** Stop with a usage error (exit 2) unless `locale` is one the content has. */
export function checkLocale(locale: string | undefined, collection: Pick<Collection, 'cases' | 'scenarios'>): void {
  if (locale === undefined) return;
  const known = localesOf(collection);
  if (known.includes(locale)) return;
  const hint = didYouMean(locale, known);
  fail(`unknown locale "${locale}" for --locale${hint ? `; did you mean "${hint}"?` : ''} (the content has: ${known.join(', ') || 'none'})`, 2);
}
