import { documentKey, filterByFacets, labelsFor, searchIndexOf, termLabel, type Case, type Collection } from '@cases/core';
import type { Command } from 'commander';
import { addContentOption, addJsonOption, loadCollectionForCli, printJson, type ContentOptions } from '../context.js';
import { addFacetOptions, facetSelectionFromOptions } from '../facet-options.js';
import { formatTable } from '../format-table.js';

/** Options of `cases list`: one list of ids per facet flag of core's `FACETS` (`cloudType` for `--cloud-type`). */
export interface ListOptions extends ContentOptions {
  locale?: string[];
  [facetFlag: string]: unknown;
  search?: string;
  scenarios?: boolean;
}

/** Print cases as an aligned table (or JSON). Used by `cases list` and by plain `cases` when piped. */
export async function runList(opts: ListOptions): Promise<void> {
  const collection = await loadCollectionForCli(opts);
  const selection = facetSelectionFromOptions(opts, collection);
  if (opts.scenarios) return listScenarios(collection, selection.locale, opts.json);
  let cases = filterByFacets(collection.cases, selection);
  // One search, every hit: it ranks the cases (as `queryCases` with `search` would) and gives their snippets.
  const snippets = new Map<string, string>();
  if (opts.search?.trim()) {
    const rank = new Map<string, number>();
    searchIndexOf(collection)
      .search(opts.search, { kind: 'case', limit: Number.MAX_SAFE_INTEGER })
      .forEach((h, i) => {
        const key = documentKey(h);
        rank.set(key, i);
        snippets.set(key, h.snippet);
      });
    const rankOf = (c: Case) => rank.get(documentKey(c));
    cases = cases.filter((c) => rankOf(c) !== undefined).sort((a, b) => rankOf(a)! - rankOf(b)!);
  }
  if (opts.json) {
    printJson(
      cases.map((c) => ({
        id: c.id,
        locale: c.locale,
        company: c.company.name,
        title: c.title,
        facets: c.facets,
        scenarios: c.scenarios,
        ...(opts.search ? { snippet: snippets.get(documentKey(c)) ?? '' } : {}),
      })),
    );
    return;
  }
  if (!cases.length) {
    process.stdout.write('no cases match\n');
    return;
  }
  const label = (c: Case, kind: 'industries' | 'cloudTypes', ids: string[]) => ids.map((id) => termLabel(collection.taxonomy, kind, id, c.locale)).join(', ');
  const header = ['ID', 'COMPANY', 'INDUSTRY', 'CLOUD', 'LOCALE', ...(opts.search ? ['MATCH'] : [])];
  const rows = cases.map((c) => [
    c.id,
    c.company.name,
    label(c, 'industries', c.facets.industry),
    label(c, 'cloudTypes', c.facets.cloudType),
    c.locale,
    ...(opts.search ? [snippets.get(documentKey(c)) ?? ''] : []),
  ]);
  const width = process.stdout.columns ?? 120;
  process.stdout.write(`${formatTable(header, rows, { maxWidth: width, flex: opts.search ? [1, 5] : [1] })}\n`);
  process.stdout.write(`\n${cases.length} of ${collection.cases.length} cases\n`);
}

function listScenarios(collection: Collection, locales: readonly string[] | undefined, json: boolean | undefined): void {
  const list = collection.scenarios.filter((s) => !locales?.length || locales.includes(s.locale));
  if (json) {
    printJson(list.map((s) => ({ id: s.id, locale: s.locale, title: s.title, aspects: s.sections.map((x) => x.title), cases: s.cases })));
    return;
  }
  const rows = list.map((s) => [s.id, s.title, s.sections.map((x) => x.title).join(', '), s.cases.join(', ') || '—']);
  const l = labelsFor(list[0]?.locale ?? 'en');
  process.stdout.write(`${formatTable(['ID', l.scenario.toUpperCase(), 'ASPECTS', 'CASES'], rows, { maxWidth: process.stdout.columns ?? 120, flex: [2] })}\n`);
}

/** `cases list`: filter, search and print cases. */
export function registerList(program: Command): void {
  const cmd = program.command('list').description('list cases as a table; filter by facets (taxonomy ids, labels or values, comma-separated) and search');
  addFacetOptions(cmd)
    .option('-s, --search <query>', 'full-text search (Chinese or English); ranks results')
    .option('--scenarios', 'list scenarios instead of cases');
  addContentOption(cmd);
  addJsonOption(cmd);
  cmd.action((opts: ListOptions) => runList(opts));
}
