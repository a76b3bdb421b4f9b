import { join, resolve } from 'node:path';

import type { Collection } from '@cases/core';
import { InvalidArgumentError, Option, type Command } from 'commander';

import { addContentOption, addJsonOption, fail, loadCollectionForCli, printJson, type ContentOptions } from '../context.js';

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
export async function runPdfJob(collection: Collection, options: PdfJobOptions = {}): Promise<PdfJobResult> {
  const { renderPdfs, createProgressReporter, parseShard } = await import('@cases/pdf');
  const out = resolve(options.out ?? 'out');
  const ids = options.ids?.length && !options.all ? options.ids : undefined;
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (ids) {
    const known = new Set(collection.cases.flatMap((c) => [c.id, `${c.locale}/${c.id}`]));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) fail(`unknown case id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see \`cases list\`)`, 2);
  }
  const progress = createProgressReporter(process.stderr);
  const warnings: string[] = [];
  const offline = new Map<string, { count: number; reason: string }>();
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
        if (w.code === 'image-offline') {
          const host = hostOf(w.src);
          const entry = offline.get(host) ?? { count: 0, reason: /\(([^)]+)\)/.exec(w.message)?.[1] ?? 'offline' };
          entry.count++;
          offline.set(host, entry);
        }
      },
    });
  } finally {
    progress.stop();
  }
  for (const w of warnings) process.stderr.write(`${w}\n`);
  for (const [host, { count, reason }] of offline) {
    process.stderr.write(`warning: ${count} remote image${count === 1 ? '' : 's'} from ${host} left out (${reason}) [image-offline]\n`);
  }
  const leftOut = warnings.length;
  for (const f of result.failed) process.stderr.write(`cases: failed ${f.name}: ${f.error.message.split('\n')[0]}\n`);
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  process.stderr.write(
    `pdf: ${n(result.written.length, 'file')} written, ${result.skipped.length} up to date, ${result.failed.length} failed` +
      `${leftOut ? `, ${n(leftOut, 'image')} left out` : ''}${result.relaunches ? `, browser relaunched ${result.relaunches}×` : ''} → ${out}\n`,
  );
  return {
    written: result.written,
    skipped: result.skipped,
    failed: result.failed.map((f) => ({ name: f.name, error: f.error.message })),
  };
}

function hostOf(src: string): string {
  try {
    return new URL(src).host;
  } catch {
    return src;
  }
}

/** Commander parser of `--concurrency`: a whole number from 1 to 32. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError('must be a whole number from 1 to 32');
  return n;
}

/** `cases pdf [IDS...]`: PDF case sheets and the brochure. */
export function registerPdf(program: Command): void {
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
  cmd.action(async (ids: string[], opts: ContentOptions & Omit<PdfJobOptions, 'ids'> & { merge?: boolean }) => {
    if (opts.merge) {
      const { mergePdfShards, RENDERER_VERSION } = await import('@cases/pdf');
      const { isCasesError } = await import('@cases/core');
      const out = resolve(opts.out ?? 'out');
      try {
        const r = await mergePdfShards(ids, out, RENDERER_VERSION);
        process.stderr.write(`pdf: merged ${ids.length} shards, ${r.copied.length} files copied, ${r.unchanged.length} unchanged → ${out}\n`);
        if (opts.json) printJson(r);
      } catch (err) {
        if (isCasesError(err)) fail(err.message, 1);
        throw err;
      }
      return;
    }
    if (opts.sheets === false && !opts.brochure) fail('--no-sheets needs --brochure (nothing to render)', 2);
    const collection = await loadCollectionForCli(opts);
    const result = await runPdfJob(collection, { ...opts, ids });
    if (opts.json) printJson(result);
    if (result.failed.length) process.exitCode = 1;
  });
}
