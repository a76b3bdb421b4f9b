import { didYouMean, findDocument, type Case, type Collection, type DocumentKey, type Scenario } from '@cases/core';
import { Option, type Command } from 'commander';

import { addContentOption, addJsonOption, fail, loadCollectionForCli, printJson, type ContentOptions } from '../context.js';
import { checkLocale } from '../facet-options.js';

/** Options of `cases show`. */
export interface ShowOptions extends ContentOptions {
  width?: number;
  locale?: string;
}

/** The known id closest to `word`: a prefix or substring match, else a near spelling. */
export function suggestId(word: string, ids: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const partial = ids.find((id) => id.toLowerCase().startsWith(w)) ?? ids.find((id) => id.toLowerCase().includes(w) || w.includes(id.toLowerCase()));
  return partial ?? didYouMean(word, ids, { slack: 1 });
}

/**
 * The case or scenario `word` names, found by locale and id: the locale is `locale` or, when
 * not given, the one locale the id (or company name) exists in. An id in several locales
 * without `--locale` is a usage error that lists them.
 */
function findShown(collection: Collection, word: string, locale: string | undefined): Case | Scenario | undefined {
  const name = word.trim().toLowerCase();
  const candidates: DocumentKey[] = [...collection.cases, ...collection.scenarios].filter((d) => d.id === word);
  if (!candidates.length) candidates.push(...collection.cases.filter((c) => c.company.name.trim().toLowerCase() === name));
  const locales = [...new Set(candidates.map((d) => d.locale))];
  const chosen = locale ?? (locales.length === 1 ? locales[0] : undefined);
  if (!chosen && locales.length > 1) fail(`"${word}" exists in several locales (${locales.join(', ')}); choose one with --locale`, 2);
  if (!chosen) return undefined;
  const id = candidates.find((d) => d.locale === chosen)?.id ?? word;
  return findDocument(collection.cases, { locale: chosen, id }) ?? findDocument(collection.scenarios, { locale: chosen, id });
}

/** Print a case or scenario as wrapped plain text (or its model as JSON). */
export async function runShow(id: string, opts: ShowOptions): Promise<void> {
  const width = opts.width ?? (process.stdout.isTTY && process.stdout.columns ? Math.min(process.stdout.columns, 100) : 80);
  if (!Number.isInteger(width) || width < 20 || width > 1000) fail(`--width must be a whole number from 20 to 1000, got ${opts.width}`, 2);
  const collection = await loadCollectionForCli(opts);
  checkLocale(opts.locale, collection);
  const found = findShown(collection, id, opts.locale);
  if (!found) {
    const inScope = [...collection.cases, ...collection.scenarios].filter((d) => !opts.locale || d.locale === opts.locale);
    const hint = suggestId(id, [...new Set(inScope.map((d) => d.id))]);
    fail(
      `no case or scenario with id "${id}"${opts.locale ? ` in locale ${opts.locale}` : ''}${hint ? `; did you mean "${hint}"?` : ''} (\`cases list\` shows the ids)`,
      1,
    );
  }
  if (opts.json) {
    printJson(found);
    return;
  }
  const text = await import('@cases/terminal/text');
  const color = text.shouldUseColor(process.stdout);
  const out =
    found.kind === 'case'
      ? text.caseToText(found, { width, taxonomy: collection.taxonomy, color })
      : text.scenarioToText(found, { width, cases: collection.cases, taxonomy: collection.taxonomy, color });
  process.stdout.write(out);
}

/** `cases show ID`: a case or scenario as text for reading or a pager. */
export function registerShow(program: Command): void {
  const cmd = program
    .command('show')
    .description('print a case (or scenario) as wrapped text, e.g. `cases show vesoft | less -R`')
    .argument('<id>', 'case or scenario id (the file name), or a company name')
    .addOption(new Option('--width <n>', 'wrap at this many columns (default: the terminal width, at most 100; 80 when piped)').argParser((v) => Number(v)))
    .option('--locale <locale>', 'the locale, when an id exists in several');
  addContentOption(cmd);
  addJsonOption(cmd);
  cmd.action((id: string, opts: ShowOptions) => runShow(id, opts));
}
