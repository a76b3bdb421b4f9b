import { countDiagnostics, formatDiagnostic, isCasesError, loadContent, type Collection, type Diagnostic, type LoadOptions } from '@cases/core';
import { escapeJsonForTerminal, sanitizeText } from '@cases/terminal/text';
import { Option, type Command } from 'commander';

import { PROGRESS_MODES, type Progress } from './progress.js';

/** Options every content-reading command accepts. */
export interface ContentOptions {
  content: string;
  json?: boolean;
  /** How this run reports progress (set by main from `--progress`). */
  reporter?: Progress;
}

/** Add `--progress MODE` to a long command. */
export function addProgressOption(cmd: Command): Command {
  return cmd.addOption(
    new Option(
      '--progress <mode>',
      'progress: a bar on a terminal, plain lines otherwise (auto), plain lines, NDJSON events on stderr (json), or none',
    ).choices([...PROGRESS_MODES]),
  );
}

/** Add `--content DIR` (default ./content). */
export function addContentOption(cmd: Command): Command {
  return cmd.addOption(new Option('--content <dir>', 'content folder').default('content'));
}

/** Add `--json`. */
export function addJsonOption(cmd: Command): Command {
  return cmd.option('--json', 'print JSON instead of text');
}

/** A usage or runtime failure with its exit code (2 for bad usage). */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Stop the command with a message and an exit code. */
export function fail(message: string, exitCode = 1): never {
  throw new CliExit(message, exitCode);
}

/**
 * Load the content folder for a command. Error diagnostics go to stderr (none with `quiet`);
 * a missing folder is a usage error (exit 2).
 */
export async function loadCollectionForCli(
  opts: ContentOptions,
  { quiet = false, onProgress }: { quiet?: boolean; onProgress?: LoadOptions['onProgress'] } = {},
): Promise<Collection> {
  const reporter = opts.reporter;
  let files = 0;
  const report: LoadOptions['onProgress'] = (p) => {
    if (!files) reporter?.emit({ type: 'start', phase: 'load', total: p.total });
    files = p.total;
    reporter?.emit({ type: 'progress', phase: 'load', done: p.loaded, total: p.total });
    onProgress?.(p);
  };
  try {
    const collection = await loadContent(opts.content, onProgress || (reporter && reporter.mode !== 'none') ? { onProgress: report } : {});
    // Counted in content files, as the loader counts them; `failed` is the number of errors.
    reporter?.emit({ type: 'end', phase: 'load', done: files, total: files, failed: countDiagnostics(collection.diagnostics).error });
    if (!quiet) {
      for (const d of collection.diagnostics) if (d.severity === 'error') writeError(`${formatDiagnostic(d)}\n`);
      reportContentErrors(collection.diagnostics);
    }
    return collection;
  } catch (err) {
    if (isCasesError(err)) fail(err.message, 2);
    throw err;
  }
}

/** Say how many errors the content has (if any) on stderr, and make the exit code 1. */
export function reportContentErrors(diagnostics: readonly Diagnostic[]): void {
  const errors = countDiagnostics(diagnostics).error;
  if (!errors) return;
  writeError(`${errors} error${errors === 1 ? '' : 's'} in content (run \`cases validate\` for details)\n`);
  process.exitCode = 1;
}

/**
 * Print a value as pretty JSON to stdout. Characters a terminal may act on are written as
 * `\uXXXX` escapes (the same JSON value).
 */
export function printJson(value: unknown): void {
  process.stdout.write(`${escapeJsonForTerminal(JSON.stringify(value, null, 2))}\n`);
}

/**
 * Write text for people to stdout. Everything the CLI prints that holds text from content or
 * the file system (names, paths, messages) goes through here or {@link writeError}: the one
 * sanitiser of `@cases/terminal` turns control characters into visible placeholders.
 */
export function writeOut(text: string): void {
  process.stdout.write(sanitizeText(text));
}

/** Write a message for people to stderr, sanitised like {@link writeOut}. */
export function writeError(text: string): void {
  process.stderr.write(sanitizeText(text));
}

/** A one-line summary of diagnostic counts. */
export function summarize(list: readonly Diagnostic[]): string {
  const c = countDiagnostics(list);
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(c.error, 'error')}, ${part(c.warning, 'warning')}, ${part(c.info, 'info')}`;
}

/** Split comma-separated option values: `--feature a,b --feature c` → [a, b, c]. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}
