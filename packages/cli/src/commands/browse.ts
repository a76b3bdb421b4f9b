import { createSearchIndex, type Collection, type SearchIndex } from '@cases/core';
import { Option, type Command } from 'commander';

import { addContentOption, fail, loadCollectionForCli, type ContentOptions } from '../context.js';

/** Options of `cases browse`. */
export interface BrowseOptions extends ContentOptions {
  /** Folder the `p` key writes PDFs to. @default 'out/pdf' */
  out?: string;
  /** Interface language (`zh`, `en`); by default from LANG. */
  lang?: string;
}

interface PdfProgress {
  done: number;
  total: number;
}

/** The locale most cases are written in (the interface speaks it when LANG names no language). */
function majorityLocale(collection: Collection): string {
  const counts = new Map<string, number>();
  for (const c of collection.cases) counts.set(c.locale, (counts.get(c.locale) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/** The `p` key's PDF renderer: loads `@cases/pdf` (and Chromium) only when first used. */
function pdfRendererFor(collection: Collection, outDir: string) {
  return async (ids: string[], onProgress: (p: PdfProgress) => void): Promise<{ path: string }> => {
    let pdf: typeof import('@cases/pdf');
    try {
      pdf = await import('@cases/pdf');
    } catch {
      throw new Error('PDF rendering is not available (@cases/pdf could not be loaded)');
    }
    const brochure = ids.length > 1;
    let total = ids.length + (brochure ? 1 : 0);
    let done = 0;
    onProgress({ done, total });
    const result = await pdf.renderPdfs(collection, {
      outDir,
      ids,
      brochure,
      onEvent: (event) => {
        if (event.type === 'start') total = event.total;
        else if (event.type === 'done' || event.type === 'failed') done += 1;
        else return;
        onProgress({ done, total });
      },
    });
    const ok = [...result.written, ...result.skipped];
    if (ok.length === 0) throw new Error(result.failed[0]?.error.message ?? 'nothing was rendered');
    const path = brochure ? (ok.find((p) => p.endsWith(pdf.BROCHURE_FILE)) ?? outDir) : ok[0]!;
    return { path };
  };
}

/**
 * Open the full-screen browser on the content folder. When stdin or stdout is not a
 * terminal, print the plain case list instead (as `cases list` does).
 */
export async function runBrowse(opts: BrowseOptions): Promise<void> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    const { runList } = await import('./list.js');
    await runList({ content: opts.content });
    return;
  }
  // Load the content and the UI (Ink, React) at the same time: module loading dominates
  // the time to the first frame.
  const [collection, terminal] = await Promise.all([loadCollectionForCli(opts), import('@cases/terminal')]);
  let index: SearchIndex | undefined;
  // The index is built on the first search, so 10,000 cases do not delay the first frame.
  const search = (query: string) => (index ??= createSearchIndex(collection)).search(query, { kind: 'case', limit: Number.MAX_SAFE_INTEGER });
  // …and ahead of time, once the first frame is out, so that the first `/` does not wait for it.
  setTimeout(() => {
    index ??= createSearchIndex(collection);
  }, 300).unref();
  try {
    await terminal.runBrowser({
      cases: collection.cases,
      scenarios: collection.scenarios,
      taxonomy: collection.taxonomy,
      search,
      renderPdf: pdfRendererFor(collection, opts.out ?? 'out/pdf'),
      locale: opts.lang ?? terminal.detectUiLocale(process.env, majorityLocale(collection)),
      color: terminal.shouldUseColor(process.stdout),
    });
  } catch (error) {
    fail(`the browser stopped: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

/** `cases browse`: the full-screen terminal browser (the default of `cases` in a terminal). */
export function registerBrowse(program: Command): void {
  const cmd = program
    .command('browse')
    .description('browse cases and scenarios in a full-screen terminal UI (search, filters, PDF)')
    .option('--out <dir>', 'folder the p key writes PDFs to', 'out/pdf')
    .addOption(new Option('--lang <locale>', 'interface language').choices(['zh', 'en']));
  addContentOption(cmd);
  cmd.action((opts: BrowseOptions) => runBrowse(opts));
}
