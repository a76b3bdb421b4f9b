import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { didYouMean, type Collection } from '@cases/core';
import type { PdfEvent } from '@cases/pdf';
import { InvalidArgumentError, Option, type Command } from 'commander';

import { addContentOption, addJsonOption, addProgressOption, fail, loadCollectionForCli, printJson, writeError, type ContentOptions } from '../context.js';
import { checkLocale } from '../facet-options.js';
import { guardOutputFolder, type OutputFolder, type TemporaryPaths } from '../output-safety.js';
import { createUnreachableHosts } from '../unreachable-hosts.js';
import type { Progress } from '../progress.js';

/** Options of {@link runPdfJob} (and of `cases pdf`). */
export interface PdfJobOptions {
  /** Output folder. @default 'out' */
  out?: string;
  /** Case ids; empty or undefined with `all` means every case. */
  ids?: readonly string[];
  /** Every case. @default true when no ids are given */
  all?: boolean;
  /** Case sheets. @default true */
  sheets?: boolean;
  /** The brochure. @default false */
  brochure?: boolean;
  locale?: string;
  paper?: 'a4' | 'letter';
  concurrency?: number;
  offline?: boolean;
  /** Re-render even when up to date. */
  force?: boolean;
  /** Browser executable (else PUPPETEER_EXECUTABLE_PATH, then a system Chromium). */
  chromium?: string;
  /** `I/N`: render only slice I of N (merge the N folders with `cases pdf --merge`). */
  shard?: string;
  /** A running browser to render through (ws:// DevTools URL or http:// debugging address). */
  browserWs?: string;
  /** Temporary files of this run (Chromium's profile among them), removed on exit and Ctrl-C. */
  temporary: TemporaryPaths;
  /** How to report progress; a bar on a terminal when not given. */
  reporter?: Progress | undefined;
}

/** What {@link runPdfJob} did: paths written and up to date, and the outputs that failed. */
export interface PdfJobResult {
  written: string[];
  skipped: string[];
  failed: Array<{ name: string; error: string }>;
}

/**
 * Render case sheets (and the brochure) of a loaded collection into a folder, with a progress
 * bar on a terminal. Never throws for a failing output: it is listed in `failed` and the
 * others are written. `cases build` calls this with `{ out, all: true, brochure: true }`.
 */
export async function runPdfJob(collection: Collection, options: PdfJobOptions): Promise<PdfJobResult> {
  const { renderPdfs, createProgressReporter, parseShard, MANIFEST_NAME } = await import('@cases/pdf');
  const out = resolve(options.out ?? 'out');
  const ids = options.ids?.length && !options.all ? options.ids : undefined;
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  checkLocale(options.locale, collection);
  if (ids) {
    // An id names a case in the locale given (or in every locale it has); `<locale>/<id>` names one.
    const inScope = collection.cases.filter((c) => !options.locale || c.locale === options.locale);
    const known = new Set(inScope.flatMap((c) => [c.id, `${c.locale}/${c.id}`]));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      const hint = didYouMean(unknown[0]!, [...known], { slack: 1 });
      fail(
        `unknown case id${unknown.length > 1 ? 's' : ''}${options.locale ? ` in locale ${options.locale}` : ''}: ${unknown.join(', ')}${hint ? `; did you mean "${hint}"?` : ''} (see \`cases list\`)`,
        2,
      );
    }
  }
  const folder = await claimPdfFolder(collection, {
    out: options.out ?? 'out',
    ids,
    locale: options.locale,
    sheets: options.sheets,
    brochure: options.brochure,
  });
  options.temporary.runFolder();
  const reporter = options.reporter;
  const bar = !reporter || reporter.mode === 'bar' ? createProgressReporter(process.stderr) : undefined;
  let total = 0;
  let done = 0;
  let failedCount = 0;
  const progress = {
    onEvent(e: PdfEvent) {
      bar?.onEvent(e);
      if (!reporter) return;
      if (e.type === 'start') {
        total = e.total;
        reporter.emit({ type: 'start', phase: 'pdf', total });
      } else if (e.type === 'done' || e.type === 'failed') {
        done++;
        if (e.type === 'failed') failedCount++;
        reporter.emit({ type: 'progress', phase: 'pdf', done, total, name: e.name, status: e.type === 'failed' ? 'failed' : e.status });
      } else {
        const w = e.warning;
        reporter.emit({ type: 'warning', phase: 'pdf', code: w.code, message: w.message, file: join(collection.root, w.file), line: w.line, column: w.column });
      }
    },
    stop() {
      bar?.stop();
      reporter?.emit({ type: 'end', phase: 'pdf', done, total, failed: failedCount });
    },
  };

  const warnings: string[] = [];
  const offline = createUnreachableHosts();
  let result;
  try {
    result = await renderPdfs(collection, {
      outDir: out,
      ids,
      sheets: options.sheets ?? true,
      brochure: options.brochure ?? false,
      locale: options.locale,
      paper: options.paper,
      concurrency: options.concurrency,
      offline: options.offline,
      force: options.force,
      chromium: options.chromium,
      browserWSEndpoint: options.browserWs,
      shard,
      onEvent: (e) => {
        progress.onEvent(e);
        if (e.type !== 'warning') return;
        const w = e.warning;
        // Every image left out gets its own line at its position; unreachable hosts are summed up after.
        warnings.push(`${join(collection.root, w.file)}:${w.line}:${w.column} warning ${w.code} ${w.message}`);
        if (w.code === 'image-offline') offline.add(w.message, w.src);
      },
    });
  } finally {
    progress.stop();
  }
  await folder.record([...result.written, ...result.skipped].map((p) => relative(out, p)).concat(MANIFEST_NAME)).catch(() => undefined);
  for (const w of warnings) writeError(`${w}\n`);
  for (const line of offline.lines()) writeError(`${line}\n`);
  const leftOut = warnings.length;
  for (const f of result.failed) writeError(`cases: failed ${f.name}: ${f.error.message.split('\n')[0]}\n`);
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  writeError(
    `pdf: ${n(result.written.length, 'file')} written, ${result.skipped.length} up to date, ${result.failed.length} failed` +
      `${leftOut ? `, ${n(leftOut, 'image')} left out` : ''}${result.relaunches ? `, browser relaunched ${result.relaunches}×` : ''} → ${out}\n`,
  );
  return {
    written: result.written,
    skipped: result.skipped,
    failed: result.failed.map((f) => ({ name: f.name, error: f.error.message })),
  };
}

/**
 * Check a PDF output folder (output safety, decision 026) and claim every file a run with
 * these options may write: each must be new or written by cases before (the PDF manifest
 * lists what earlier runs wrote). The `p` key of the browser uses it too.
 */
export async function claimPdfFolder(
  collection: Collection,
  options: { out: string; ids?: readonly string[] | undefined; locale?: string | undefined; sheets?: boolean | undefined; brochure?: boolean | undefined },
): Promise<OutputFolder> {
  const { sheetFileName, BROCHURE_FILE, MANIFEST_NAME } = await import('@cases/pdf');
  const manifest = readManifest(join(resolve(options.out), MANIFEST_NAME));
  const folder = guardOutputFolder(options.out, {
    contentDir: collection.root,
    alsoOurs: (name) => name === MANIFEST_NAME || manifest.has(name) || /^\..+\.[0-9a-f]{12}\.partial$/.test(name),
    what: 'the PDF folder',
  });
  const inScope = collection.cases.filter((c) => !options.locale || c.locale === options.locale);
  const chosen = options.ids?.length ? inScope.filter((c) => options.ids!.includes(c.id) || options.ids!.includes(`${c.locale}/${c.id}`)) : inScope;
  const planned = [MANIFEST_NAME];
  if (options.sheets !== false) planned.push(...chosen.map((c) => sheetFileName(c, collection.cases)));
  if (options.brochure) planned.push(BROCHURE_FILE, ...new Set(inScope.map((c) => `brochure.${c.locale}.pdf`)));
  // Two outputs under one name would overwrite each other (a case with the id `brochure`, or
  // names equal but for case on a case-insensitive disk): say so before rendering anything.
  const seen = new Map<string, string>();
  for (const name of planned) {
    const key = name.toLowerCase();
    if (seen.has(key))
      fail(`two outputs would both be written as ${join(options.out, seen.get(key)!)} (${name}); rename one of the cases (its file name is its id)`, 2);
    seen.set(key, name);
  }
  await folder.claim(planned);
  return folder;
}

/** The file names an earlier run's PDF manifest lists (empty when there is none). */
function readManifest(path: string): Set<string> {
  try {
    const files = (JSON.parse(readFileSync(path, 'utf8')) as { files?: unknown }).files;
    return new Set(files && typeof files === 'object' ? Object.keys(files) : []);
  } catch {
    return new Set();
  }
}

/** Commander parser of `--concurrency`: a whole number from 1 to 32. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError('must be a whole number from 1 to 32');
  return n;
}

/** `cases pdf [IDS...]`: PDF case sheets and the brochure. */
export function registerPdf(program: Command, temporary: TemporaryPaths): void {
  const cmd = program
    .command('pdf')
    .description('render printable PDF case sheets (and the brochure) with Chromium')
    .argument('[ids...]', 'case ids (or <locale>/<id>) to render (see `cases list`); with --merge, the shard folders')
    .option('--all', 'every case (the default when no ids are given)')
    .option('--brochure', 'also write brochure.pdf: cover, contents, every case, the scenarios')
    .option('--no-sheets', 'skip the case sheets (with --brochure)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--locale <locale>', 'only cases in this locale, e.g. zh or en')
    .addOption(new Option('--paper <size>', 'paper size (default: settings.yaml pdf.paper, else a4)').choices(['a4', 'letter']))
    .option('--concurrency <n>', 'pages rendering in parallel (default: cores + 1, 2 to 4)', positiveInt)
    .option('--offline', 'do not fetch remote images; use the cache or leave them out')
    .option('--force', 're-render files that are up to date')
    .option('--chromium <path>', 'Chromium/Chrome executable (default: PUPPETEER_EXECUTABLE_PATH, then a system one)')
    .option('--browser-ws <url>', 'render through a running browser: its ws:// DevTools URL or http://host:port debugging address')
    .option('--shard <I/N>', 'render only slice I of N (by a hash of locale/id); merge the N output folders with --merge')
    .option('--merge', 'merge the shard output folders given as arguments into --out (no rendering)');
  addContentOption(cmd);
  addJsonOption(cmd);
  addProgressOption(cmd);
  cmd.action(async (ids: string[], opts: ContentOptions & Omit<PdfJobOptions, 'ids' | 'temporary'> & { merge?: boolean }) => {
    if (opts.merge) {
      guardOutputFolder(opts.out ?? 'out', { contentDir: opts.content, what: 'the merged PDF folder' });
      const { mergePdfShards, RENDERER_VERSION } = await import('@cases/pdf');
      const { isCasesError } = await import('@cases/core');
      const out = resolve(opts.out ?? 'out');
      try {
        const r = await mergePdfShards(ids, out, RENDERER_VERSION);
        writeError(`pdf: merged ${ids.length} shards, ${r.copied.length} files copied, ${r.unchanged.length} unchanged → ${out}\n`);
        if (opts.json) printJson(r);
      } catch (err) {
        if (isCasesError(err)) fail(err.message, 1);
        throw err;
      }
      return;
    }
    if (opts.sheets === false && !opts.brochure) fail('--no-sheets needs --brochure (nothing to render)', 2);
    const collection = await loadCollectionForCli(opts);
    const result = await runPdfJob(collection, { ...opts, ids, temporary });
    if (opts.json) printJson(result);
    if (result.failed.length) process.exitCode = 1;
  });
}
