import { DIAGNOSTIC_CODES, formatDiagnostic, type Diagnostic } from '@cases/core';
import { Option, type Command } from 'commander';
import { diagnosticToGithub } from '../github-annotations.js';
import { addContentOption, addJsonOption, loadCollectionForCli, printJson, summarize, writeOut, type ContentOptions } from '../context.js';
import { findMissingImages } from '../web-assets.js';

interface ValidateOptions extends ContentOptions {
  severity: 'error' | 'warning' | 'info';
  explain?: boolean;
  format?: 'text' | 'json' | 'github';
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** `cases validate`: check every content file and print diagnostics like a compiler. */
export function registerValidate(program: Command): void {
  const cmd = program
    .command('validate')
    .description('check every content file; print diagnostics (file:line:col severity code message)')
    .addOption(new Option('--severity <level>', 'lowest severity to print').choices(['error', 'warning', 'info']).default('info'))
    .option('--explain', 'list every diagnostic code with its meaning')
    .addOption(
      new Option('--format <format>', 'text (file:line:col …), json, or github (GitHub Actions annotations on the lines)').choices(['text', 'json', 'github']),
    );
  addContentOption(cmd);
  addJsonOption(cmd);
  cmd.action(async (opts: ValidateOptions) => {
    if (opts.explain) {
      if (opts.json) printJson(DIAGNOSTIC_CODES);
      else for (const [code, text] of Object.entries(DIAGNOSTIC_CODES)) process.stdout.write(`${code.padEnd(22)} ${text}\n`);
      return;
    }
    if (opts.json) opts.format = 'json';
    const collection = await loadCollectionForCli(opts, { quiet: true });
    // Images are references like any other: one that cannot be found is reported where it is written.
    const all = [...collection.diagnostics, ...findMissingImages(collection)].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
    );
    const shown: Diagnostic[] = all.filter((d) => RANK[d.severity] <= RANK[opts.severity]);
    const errors = all.filter((d) => d.severity === 'error').length;
    if (opts.format === 'github') {
      for (const d of shown) writeOut(`${diagnosticToGithub(d)}\n`);
      writeOut(`${collection.cases.length} cases, ${collection.scenarios.length} scenarios: ${summarize(all)}\n`);
    } else if (opts.format === 'json') {
      printJson({ ok: errors === 0, cases: collection.cases.length, scenarios: collection.scenarios.length, diagnostics: shown });
    } else {
      for (const d of shown) writeOut(`${formatDiagnostic(d)}\n`);
      writeOut(`${shown.length ? '\n' : ''}${collection.cases.length} cases, ${collection.scenarios.length} scenarios: ${summarize(all)}\n`);
    }
    if (errors) process.exitCode = 1;
  });
}
