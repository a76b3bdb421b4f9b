import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { exportJsonChunks, type Collection } from '@cases/core';
import type { Command } from 'commander';
import { addContentOption, loadCollectionForCli, type ContentOptions } from '../context.js';

/** Write `pieces` to a stream in blocks of about 1 MB, waiting whenever the stream is full. */
async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let block = '';
  const flush = async () => {
    if (!stream.write(block))
      await new Promise<void>((resolve, reject) => {
        const fail = (err: Error) => {
          stream.off('drain', done);
          reject(err);
        };
        const done = () => {
          stream.off('error', fail);
          resolve();
        };
        stream.once('drain', done);
        stream.once('error', fail);
      });
    block = '';
  };
  for (const piece of pieces) {
    block += piece;
    if (block.length >= 1 << 20) await flush();
  }
  if (block) await flush();
}

/**
 * Write the JSON export of a collection to a file (atomically) or to stdout, a case at a time:
 * a folder of 10,000 cases never becomes one 500 MB string.
 */
export async function writeExport(collection: Collection, path: string | null, indent = 2): Promise<void> {
  const pieces = exportJsonChunks(collection, { indent });
  if (!path) return writePieces(process.stdout, pieces);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const file = createWriteStream(tmp);
  try {
    await writePieces(file, pieces);
    await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch (err) {
    file.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  await rename(tmp, path);
}

/** `cases export`: the versioned JSON export to stdout or a file. */
export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write the versioned JSON export (cases, scenarios, taxonomy)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--pretty', 'indent the JSON for reading (about 1.7× the bytes)')
    .option('--compact', 'no indentation (the default; kept for old scripts)');
  addContentOption(cmd);
  cmd.action(async (opts: ContentOptions & { out?: string; compact?: boolean; pretty?: boolean }) => {
    const collection = await loadCollectionForCli(opts);
    // Compact by default: the export travels (decision 013); --pretty is for people reading it.
    await writeExport(collection, opts.out ?? null, opts.pretty && !opts.compact ? 2 : 0);
    if (opts.out) process.stderr.write(`wrote ${opts.out}: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios\n`);
  });
}
