import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addTaxonomyTerm, isCasesError, loadContent } from '@cases/core';
import { Argument, Option, type Command } from 'commander';
import { fail, printJson } from '../context.js';
import { caseArticleTemplate, casePageTemplate, scenarioPageTemplate, titleFromId } from '../scaffold/templates.js';

const KINDS = ['case', 'article', 'scenario'] as const;
type Kind = (typeof KINDS)[number];

/** Options of `cases new`. */
interface NewOptions {
  content: string;
  locale?: string;
  json?: boolean;
}

/**
 * Create one page from a template that validates clean: a case page, an article, or a scenarios
 * page (whose scenario is added to taxonomy.yaml when the taxonomy lacks it).
 * @returns the files written or changed.
 */
export async function runNew(kind: Kind, id: string, opts: NewOptions): Promise<string[]> {
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(id))
    fail(`"${id}" is not an id: use lowercase letters, digits and hyphens, e.g. acme-logistics (it becomes the file name)`, 2);
  let collection;
  try {
    collection = await loadContent(opts.content, { readThread: false });
  } catch (err) {
    if (isCasesError(err)) fail(`${err.message} (create one with \`cases init ${opts.content}\`)`, 2);
    throw err;
  }
  const locale = opts.locale ?? collection.settings.locale;
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale)) fail(`--locale "${locale}" is not a language tag such as en or zh`, 2);
  const folder = kind === 'scenario' ? 'scenarios' : 'cases';
  const path = join(opts.content, folder, locale, `${id}.md`);
  const date = new Date().toISOString().slice(0, 10);
  const written: string[] = [];
  let text: string;
  if (kind === 'case') text = casePageTemplate(id, locale, collection.taxonomy);
  else if (kind === 'article') text = caseArticleTemplate(id, locale, collection.taxonomy, date);
  else {
    const known = collection.taxonomy.scenarios.find((s) => s.id === id);
    const title = known?.labels[locale] ?? known?.labels.en ?? titleFromId(id);
    if (!known) {
      // The scenario is named by its heading: register the name, so the page links to it.
      const taxonomyPath = join(opts.content, 'taxonomy.yaml');
      const current = await readFile(taxonomyPath, 'utf8').catch(() => null);
      if (current === null) fail(`${taxonomyPath} is missing: a new scenario is registered there (create the folder with \`cases init\`)`, 2);
      await writeFile(taxonomyPath, addTaxonomyTerm(current, 'scenarios', { id, labels: { [locale]: title } }));
      written.push(taxonomyPath);
    }
    text = scenarioPageTemplate(title, locale);
  }
  await mkdir(join(path, '..'), { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') fail(`${path} already exists; pick another id`, 2);
    throw err;
  }
  return [path, ...written];
}

/** `cases new case|article|scenario ID`: a page from a template. */
export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a page from a template: a case page, an article or a scenario (validates clean; comments say what goes where)')
    .addArgument(new Argument('<kind>', 'what to create').choices(KINDS))
    .argument('<id>', 'its id (the file name): lowercase letters, digits, hyphens')
    .addOption(new Option('--content <dir>', 'content folder').default('content'))
    .option('--locale <locale>', "locale folder (default: settings.yaml's locale)")
    .option('--json', 'print the files written as JSON')
    .action(async (kind: Kind, id: string, opts: NewOptions) => {
      const files = await runNew(kind, id, opts);
      if (opts.json) return printJson({ files });
      process.stdout.write(`${files.map((f, i) => `${i === 0 ? 'created' : 'updated'} ${f}`).join('\n')}\n`);
    });
}
