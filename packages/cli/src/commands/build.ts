import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { addContentOption, addProgressOption, loadCollectionForCli, summarize, writeError, type ContentOptions } from '../context.js';
import { guardOutputFolder, type TemporaryPaths } from '../output-safety.js';
import { writeExport } from './export.js';
import { positiveInt, runPdfJob } from './pdf.js';
import { printWebDiagnostics, runWebJob } from './web.js';

interface BuildOptions extends ContentOptions {
  out: string;
  assetBase?: string;
  paper?: 'a4' | 'letter';
  concurrency?: number;
  offline?: boolean;
  checkImages: boolean;
  force?: boolean;
  pdf: boolean;
  web: boolean;
}

/**
 * `cases build`: the whole main job into one folder — `cases.json` (the export), `pdf/` (a sheet
 * per case and the brochure) and `web/` (the embed kit). Exit 1 if content has errors or any
 * output failed; everything that can be written still is.
 */
export function registerBuild(program: Command, temporary: TemporaryPaths): void {
  const cmd = program
    .command('build')
    .description('build everything into one folder: export JSON, PDF case sheets and brochure, web embed kit')
    .option('-o, --out <dir>', 'output folder', 'out')
    .addOption(new Option('--paper <size>', 'paper size of the PDFs (default: settings.yaml pdf.paper, else a4)').choices(['a4', 'letter']))
    .option('--concurrency <n>', 'PDF pages rendered in parallel', positiveInt)
    .option('--offline', 'do not fetch remote images (the web kit keeps them unchecked)')
    .option('--no-check-images', 'web kit: keep remote image URLs as written, without checking that they load')
    .option('--force', 're-render PDFs even when up to date')
    .option('--no-pdf', 'skip the PDFs')
    .option('--no-web', 'skip the web embed kit')
    .option('--asset-base <url>', 'site URL for root-relative image paths (/images/x.png) not found under content/assets/');
  addContentOption(cmd);
  addProgressOption(cmd);
  cmd.action(async (opts: BuildOptions) => {
    const started = performance.now();
    const collection = await loadCollectionForCli(opts);
    const out = resolve(opts.out);
    const folder = guardOutputFolder(opts.out, { contentDir: collection.root, what: 'the build folder' });
    await folder.claim(['cases.json', ...(opts.web ? ['web'] : [])]);
    writeError(`content: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios (${summarize(collection.diagnostics)})\n`);
    await writeExport(collection, { path: join(out, 'cases.json'), temporary, reporter: opts.reporter });
    await folder.record(['cases.json']);
    writeError(`export:  ${join(opts.out, 'cases.json')}\n`);
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
        temporary,
        reporter: opts.reporter,
      });
      failed += r.failed.length;
    }
    if (opts.web) {
      opts.reporter?.emit({ type: 'start', phase: 'web', total: 1 });
      // --offline: no network, so remote images are kept as written rather than checked.
      const r = await runWebJob(collection, join(out, 'web'), { assetBase: opts.assetBase, checkImages: !opts.offline && opts.checkImages });
      printWebDiagnostics(r.diagnostics);
      opts.reporter?.emit({ type: 'end', phase: 'web', done: 1, total: 1 });
      await folder.record(r.files.map((name) => `web/${name}`));
      writeError(`web:     ${r.files.length} files → ${join(opts.out, 'web')} (open index.html through a web server)\n`);
    }
    writeError(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (failed) process.exitCode = 1;
  });
}
