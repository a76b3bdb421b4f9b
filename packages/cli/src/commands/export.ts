import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toExport } from '@cases/core';
import type { Command } from 'commander';
import { addContentOption, loadCollectionForCli, type ContentOptions } from '../context.js';

/** Write `data` to `path` atomically (temporary file, then rename). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** `cases export`: the versioned JSON export to stdout or a file. */
export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write the versioned JSON export (cases, scenarios, taxonomy)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--compact', 'no indentation');
  addContentOption(cmd);
  cmd.action(async (opts: ContentOptions & { out?: string; compact?: boolean }) => {
    const collection = await loadCollectionForCli(opts);
    const json = `${JSON.stringify(toExport(collection), null, opts.compact ? 0 : 2)}\n`;
    if (opts.out) {
      await writeFileAtomic(opts.out, json);
      process.stderr.write(`wrote ${opts.out}: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios\n`);
    } else process.stdout.write(json);
  });
}
