import { searchIndexOf, type Case, type Collection } from '@cases/core';
import type { BrowserData, RenderPdf } from '@cases/terminal';
import { Option, type Command } from 'commander';

import { relative, resolve } from 'node:path';

import { claimPdfFolder } from './pdf.js';
import { addContentOption, fail, loadCollectionForCli, reportContentErrors, type ContentOptions } from '../context.js';

/** Options of `cases browse`. */
export interface BrowseOptions extends ContentOptions {
  /** Folder the `p` key writes PDFs to. @default 'out/pdf' */
  out?: string;
  /** Interface language (`zh`, `en`); by default from LANG. */
  lang?: string;
}

/** The locale most cases are written in (the interface speaks it when LANG names no language). */
function majorityLocale(cases: readonly Case[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.locale, (counts.get(c.locale) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/**
 * Import a module with `globalThis.fetch` hidden. Ink's layout engine (yoga, compiled with
 * emscripten) looks at `typeof fetch` while it loads, and in Node that first look loads
 * undici, Node's whole HTTP client, which costs the first frame about 20 ms for nothing:
 * the engine then takes its fetch-free path. The property is restored at once after.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

/**
 * The `p` key's PDF renderer: loads `@cases/pdf` (and Chromium) only when first used. Cases
 * are named by locale and id; each locale is one run (its sheets and, for several cases, its
 * brochure), so a case never gets its namesake in another locale.
 */
function pdfRendererFor(collection: Collection, outDir: string): RenderPdf {
  return async (keys, onProgress) => {
    let pdf: typeof import('@cases/pdf');
    try {
      pdf = await import('@cases/pdf');
    } catch {
      throw new Error('PDF rendering is not available (@cases/pdf could not be loaded)');
    }
    const brochure = keys.length > 1;
    const byLocale = new Map<string, string[]>();
    for (const key of keys) byLocale.set(key.locale, [...(byLocale.get(key.locale) ?? []), key.id]);
    let total = keys.length + (brochure ? byLocale.size : 0);
    let done = 0;
    onProgress({ done, total });
    const ok: string[] = [];
    let firstError: string | undefined;
    for (const [locale, ids] of byLocale) {
      const folder = await claimPdfFolder(collection, { out: outDir, ids, locale, brochure });
      let planned = ids.length + (brochure ? 1 : 0);
      const result = await pdf.renderPdfs(collection, {
        outDir,
        ids,
        locale,
        brochure,
        onEvent: (event) => {
          if (event.type === 'start') {
            total += event.total - planned;
            planned = event.total;
          } else if (event.type === 'done' || event.type === 'failed') done += 1;
          else return;
          onProgress({ done, total });
        },
      });
      ok.push(...result.written, ...result.skipped);
      await folder.record([...result.written, ...result.skipped].map((p) => relative(resolve(outDir), p))).catch(() => undefined);
      firstError ??= result.failed[0]?.error.message;
    }
    if (ok.length === 0) throw new Error(firstError ?? 'nothing was rendered');
    const path = brochure ? (ok.find((p) => /brochure(\.[\w-]+)?\.pdf$/.test(p)) ?? outDir) : ok[0]!;
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
  // Load the content and the UI (Ink, React) at the same time: module loading dominates the
  // time to the first frame. A big folder is shown as it loads: the first frame waits only for
  // the UI and the first batch of cases.
  const terminalModule = importWithoutFetch(() => import('@cases/terminal'));
  const updates = latestChannel<{ data: BrowserData; loading?: { loaded: number; total: number } }>();
  let firstBatch!: () => void;
  const firstBatchSeen = new Promise<void>((resolve) => (firstBatch = resolve));
  // Each redraw counts facets over every case so far: while loading, redraw a few times a
  // second, not after every batch, so the loader gets the time.
  let shown = 0;
  const loading = loadCollectionForCli(opts, {
    quiet: true,
    onProgress: (p) => {
      const now = performance.now();
      if (p.loaded < p.total && (shown === 0 || now - shown >= 250)) {
        shown = now;
        updates.push({
          data: { cases: p.cases, scenarios: [], taxonomy: p.taxonomy, brand: p.settings.brand.name },
          loading: { loaded: p.loaded, total: p.total },
        });
      }
      firstBatch();
    },
  });
  const [terminal] = await Promise.all([terminalModule, Promise.race([firstBatchSeen, loading])]);
  const early = updates.take();
  const finish = (collection: Collection): BrowserData => {
    // The index is built on the first search, so 10,000 cases do not delay the first frame…
    const search = (query: string) => searchIndexOf(collection).search(query, { kind: 'case', limit: Number.MAX_SAFE_INTEGER });
    // …and ahead of time, once the first frame is out, so that the first `/` does not wait for it.
    setTimeout(() => searchIndexOf(collection), 300).unref();
    return { cases: collection.cases, scenarios: collection.scenarios, taxonomy: collection.taxonomy, brand: collection.settings.brand.name, search };
  };
  let collection: Collection | undefined;
  const done = loading.then((c) => {
    collection = c;
    updates.push({ data: finish(c) });
    updates.end();
  });
  done.catch(() => updates.end());
  const first = early ?? (await done.then(() => updates.take()));
  if (!first) return;
  try {
    await terminal.runBrowser({
      ...first.data,
      ...(early ? { updates, ...(early.loading ? { loading: early.loading } : {}) } : {}),
      renderPdf: async (ids, onProgress) => {
        if (!collection) throw new Error('the content is still loading');
        return pdfRendererFor(collection, opts.out ?? 'out/pdf')(ids, onProgress);
      },
      locale: opts.lang ?? terminal.detectUiLocale(process.env, majorityLocale(first.data.cases)),
      color: terminal.shouldUseColor(process.stdout),
    });
  } catch (error) {
    fail(`the browser stopped: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  await done;
  if (collection) reportContentErrors(collection.diagnostics);
}

/**
 * An async iterable that keeps only the latest value: a slow reader (the screen) skips
 * intermediate progress instead of queueing it.
 */
function latestChannel<T>(): AsyncIterable<T> & { push(value: T): void; end(): void; take(): T | undefined } {
  let latest: { value: T } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  return {
    push(value) {
      latest = { value };
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
    take() {
      const v = latest?.value;
      latest = undefined;
      return v;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (latest) {
          const { value } = latest;
          latest = undefined;
          yield value;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
  };
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
