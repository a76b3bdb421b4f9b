import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { addContentOption, loadCollectionForCli, summarize, type ContentOptions } from '../context.js';
import { writeExport } from './export.js';
import { positiveInt, runPdfJob } from './pdf.js';
import { runWebJob } from './web.js';

interface BuildOptions extends ContentOptions {
  out: string;
  paper?: 'a4' | 'letter';
  concurrency?: number;
  offline?: boolean;
  force?: boolean;
  pdf: boolean;
  web: boolean;
}

/**
 * `cases build`: the whole main job into one folder — `cases.json` (the export), `pdf/` (a sheet
 * per case and the brochure) and `web/` (the embed kit). Exit 1 if content has errors or any
 * output failed; everything that can be written still is.
 */
export function registerBuild(program: Command): void {
  const cmd = program
    .command('build')
    .description('build everything into one folder: export JSON, PDF case sheets and brochure, web embed kit')
    .option('-o, --out <dir>', 'output folder', 'out')
    .addOption(new Option('--paper <size>', 'paper size of the PDFs (default: settings.yaml pdf.paper, else a4)').choices(['a4', 'letter']))
    .option('--concurrency <n>', 'PDF pages rendered in parallel', positiveInt)
    .option('--offline', 'do not fetch remote images')
    .option('--force', 're-render PDFs even when up to date')
    .option('--no-pdf', 'skip the PDFs')
    .option('--no-web', 'skip the web embed kit');
  addContentOption(cmd);
  cmd.action(async (opts: BuildOptions) => {
    const started = performance.now();
    const collection = await loadCollectionForCli(opts);
    const out = resolve(opts.out);
    process.stderr.write(`content: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios (${summarize(collection.diagnostics)})\n`);
    await writeExport(collection, join(out, 'cases.json'));
    process.stderr.write(`export:  ${join(opts.out, 'cases.json')}\n`);
    let failed = 0;
    if (opts.pdf) {
      const r = await runPdfJob(collection, {
        out: join(out, 'pdf'),
        all: true,
        brochure: true,
        paper: opts.paper,
        concurrency: opts.concurrency,
        offline: opts.offline,
        force: opts.force,
      });
      failed += r.failed.length;
    }
    if (opts.web) {
      const r = await runWebJob(collection, join(out, 'web'));
      process.stderr.write(`web:     ${r.files.length} files → ${join(opts.out, 'web')} (open index.html through a web server)\n`);
    }
    process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (failed) process.exitCode = 1;
  });
}
