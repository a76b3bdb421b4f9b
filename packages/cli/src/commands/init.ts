import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '@cases/core';
import type { Command } from 'commander';
import { fail, printJson } from '../context.js';
import { STARTER_TAXONOMY, starterLogo, starterReadme, starterSettings } from '../scaffold/starter.js';
import { caseArticleTemplate, casePageTemplate, scenarioPageTemplate } from '../scaffold/templates.js';
import { writeEditorSchemas } from './schema.js';

/** Options of `cases init`. */
interface InitOptions {
  locale: string;
  brand: string;
  json?: boolean;
}

/** The editor settings: the schemas mapped to the files they check (yaml-language-server). */
function vscodeSettings(mapping: Record<string, string[]>): string {
  return `${JSON.stringify({ 'yaml.schemas': mapping, 'yaml.validate': true, 'yaml.hover': true, 'yaml.completion': true }, null, 2)}\n`;
}

/**
 * Create a working content folder: taxonomy, settings (with a logo), one case page, one article,
 * one scenarios page, a README for authors, the editor schemas and `.vscode/settings.json`.
 */
export async function runInit(dir: string, opts: InitOptions): Promise<string[]> {
  const existing = await readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : fail(`cannot read ${dir}: ${err.message}`, 1)));
  if (existing.length) fail(`${dir} is not empty; \`cases init\` creates a new content folder (pick another folder, or add pages with \`cases new\`)`, 2);
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(opts.locale)) fail(`--locale "${opts.locale}" is not a language tag such as en or zh`, 2);
  const date = new Date().toISOString().slice(0, 10);
  const { parseTaxonomy } = await import('@cases/core');
  const taxonomy = parseTaxonomy(STARTER_TAXONOMY, { path: 'taxonomy.yaml' }).value!;
  const scenario = taxonomy.scenarios[0]!;
  const files: Record<string, string> = {
    'taxonomy.yaml': STARTER_TAXONOMY,
    'settings.yaml': starterSettings(opts.brand, opts.locale),
    'assets/logo.svg': starterLogo(opts.brand),
    'README.md': starterReadme(dir),
    [`cases/${opts.locale}/example-customer.md`]: casePageTemplate('example-customer', opts.locale, taxonomy),
    [`cases/${opts.locale}/example-story.md`]: caseArticleTemplate('example-story', opts.locale, taxonomy, date),
    [`scenarios/${opts.locale}/${scenario.id}.md`]: scenarioPageTemplate(scenario.labels[opts.locale] ?? scenario.labels.en ?? scenario.id, opts.locale),
  };
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text, { flag: 'wx' });
    written.push(path);
  }
  const collection = await loadContent(dir, { readThread: false });
  const schemas = await writeEditorSchemas(collection);
  const settingsPath = join(dir, '.vscode/settings.json');
  await mkdir(join(dir, '.vscode'), { recursive: true });
  await writeFile(settingsPath, vscodeSettings(schemas.mapping));
  return [...written, ...schemas.files, settingsPath];
}

/** `cases init [DIR]`: a new content folder that validates clean. */
export function registerInit(program: Command): void {
  program
    .command('init [dir]')
    .description('create a working content folder: taxonomy, settings, a case page, an article, a scenarios page, README, editor schemas')
    .option('--locale <locale>', 'locale of the starter pages', 'en')
    .option('--brand <name>', 'brand name written into settings.yaml', 'My Company')
    .option('--json', 'print the files written as JSON')
    .action(async (dir: string | undefined, opts: InitOptions) => {
      const target = dir ?? 'content';
      const files = await runInit(target, opts);
      if (opts.json) return printJson({ files });
      process.stdout.write(`${files.map((f) => `created ${f}`).join('\n')}\n\nnext: npx cases dev --content ${target}\n`);
    });
}
