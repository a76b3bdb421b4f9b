import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { exportJsonChunks, type Collection } from '@cases/core';
import { escapeJsonForTerminal } from '@cases/terminal/text';
import type { Command } from 'commander';
import { addContentOption, addProgressOption, fail, loadCollectionForCli, writeError, type ContentOptions } from '../context.js';
import { guardOutputFile, looksLikeExport, type TemporaryPaths } from '../output-safety.js';
import type { Progress } from '../progress.js';

/**
 * Write `pieces` to a stream in blocks of about 1 MB, waiting whenever the stream is full. A
 * stream that fails (a full disk) rejects at once, also when it failed between two waits.
 */
async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let failure: Error | undefined;
  const onError = (err: Error) => (failure ??= err);
  stream.on('error', onError);
  try {
    let block = '';
    const flush = async () => {
      const full = !stream.write(block);
      block = '';
      if (failure || stream.errored) throw failure ?? stream.errored;
      if (full) await once(stream, 'drain');
    };
    for (const piece of pieces) {
      block += piece;
      if (block.length >= 1 << 20) await flush();
    }
    if (block) await flush();
    if (failure) throw failure;
  } finally {
    stream.off('error', onError);
  }
}

/** Where {@link writeExport} may write. */
export interface ExportTarget {
  /** The file, or null for stdout. */
  path: string | null;
  /** Spaces of indentation. @default 2 */
  indent?: number;
  /** Temporary files of this run (the partial file is removed on failure and Ctrl-C). */
  temporary: TemporaryPaths;
  /** Progress events (start and end of the `export` phase). */
  reporter?: Progress | undefined;
}

/**
 * Write the JSON export of a collection to a file (atomically) or to stdout, a case at a time:
 * a folder of 10,000 cases never becomes one 500 MB string. A file target is checked first
 * (not in the content folder, not over a file cases did not write); a write that fails (a
 * full disk, no permission) stops with a clear message and leaves no partial file.
 */
export async function writeExport(collection: Collection, { path, indent = 2, temporary, reporter }: ExportTarget): Promise<void> {
  const total = collection.cases.length + collection.scenarios.length;
  reporter?.emit({ type: 'start', phase: 'export', total });
  await writeExportPieces(collection, { path, indent, temporary });
  reporter?.emit({ type: 'end', phase: 'export', done: total, total });
}

async function writeExportPieces(
  collection: Collection,
  { path, indent, temporary }: { path: string | null; indent: number; temporary: TemporaryPaths },
): Promise<void> {
  const pieces = exportJsonChunks(collection, { indent });
  if (!path) {
    return writePieces(
      process.stdout,
      (function* () {
        for (const piece of pieces) yield escapeJsonForTerminal(piece);
      })(),
    );
  }
  guardOutputFile(path, { contentDir: collection.root, looksOurs: looksLikeExport, what: 'the export' });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  temporary.add(tmp);
  try {
    await mkdir(dirname(path), { recursive: true });
    const file = createWriteStream(tmp);
    file.on('error', () => undefined); // reported through writePieces and end
    try {
      await writePieces(file, pieces);
      await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : file.errored ? reject(file.errored) : resolve())));
    } finally {
      file.destroy();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    fail(`could not write ${path}: ${writeErrorReason(err)}`, 1);
  } finally {
    temporary.release(tmp);
  }
}

/** A one-line reason for a failed write, with what to do for the common ones. */
export function writeErrorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC); free some space or write elsewhere';
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT); free some space or write elsewhere';
    case 'EACCES':
    case 'EPERM':
      return `no permission to write there (${e.code}); choose a folder you can write to`;
    case 'EROFS':
      return 'the file system is read-only (EROFS); write elsewhere';
    case 'EISDIR':
      return 'it is a folder (EISDIR); give a file name';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder (ENOTDIR)';
    default:
      return e?.message ?? String(err);
  }
}

/** `cases export`: the versioned JSON export to stdout or a file. */
export function registerExport(program: Command, temporary: TemporaryPaths): void {
  const cmd = program
    .command('export')
    .description('write the versioned JSON export (cases, scenarios, taxonomy)')
    .option('-o, --out <file>', 'write to this file instead of stdout (never inside the content folder or over a file cases did not write)')
    .option('--pretty', 'indent the JSON for reading (about 1.7× the bytes)')
    .option('--compact', 'no indentation (the default; kept for old scripts)');
  addContentOption(cmd);
  addProgressOption(cmd);
  cmd.action(async (opts: ContentOptions & { out?: string; compact?: boolean; pretty?: boolean }) => {
    const collection = await loadCollectionForCli(opts);
    // Compact by default: the export travels (decision 013); --pretty is for people reading it.
    await writeExport(collection, { path: opts.out ?? null, indent: opts.pretty && !opts.compact ? 2 : 0, temporary, reporter: opts.reporter });
    if (opts.out) writeError(`wrote ${opts.out}: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios\n`);
  });
}
