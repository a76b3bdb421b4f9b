import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { isCasesError } from '@cases/core';
import { documentKey } from '@cases/core/browser';
import type { Case, Scenario, Settings, Taxonomy } from '@cases/core/browser';

import { brochureTitle, brochureToHtml } from './brochure-to-html.js';
import { caseDocumentTitle, caseToHtml } from './case-to-html.js';
import { ASSET_PATH, createPdfRenderer } from './create-pdf-renderer.js';
import type { Asset, PdfRenderer } from './create-pdf-renderer.js';
import { FONT_FILES, readFont } from './fonts.js';
import { imageOwner } from './image-owner.js';
import { loadBrand } from './load-brand.js';
import { loadImages } from './load-images.js';
import type { ImageWarning } from './load-images.js';
import { entryFor, readPdfManifest, verifyOutput, writePdfManifest } from './pdf-manifest.js';
import { readPdfOutline, setPdfMetadata } from './pdf-metadata.js';
import { brochureFileName, createSheetNamer } from './sheet-file-names.js';
import { parseShard, shardOf } from './pdf-shards.js';
import type { Shard } from './pdf-shards.js';
import type { Paper } from './styles.js';
import { removeStalePartials, writeFileAtomic } from './write-file-atomic.js';

/** Bumped whenever the renderer changes output for the same HTML (part of every content hash). */
export const RENDERER_VERSION = '1';
/** The part of core's `Collection` the PDF job reads. */
export interface PdfCollection {
  root: string;
  cases: readonly Case[];
  scenarios: readonly Scenario[];
  taxonomy: Taxonomy;
  /** The folder's settings: the brand printed on every PDF, and the default paper. @default no brand, A4 */
  settings?: Settings;
}

/** Options of {@link renderPdfs}. */
export interface RenderPdfsOptions {
  /** Output folder (created when missing). */
  outDir: string;
  /**
   * Cases to render a sheet for: `<locale>/<id>` (e.g. `zh/vesoft`) for one case, or a bare id
   * for that id in every locale (after the locale filter). @default every case
   */
  ids?: readonly string[];
  /** Render case sheets. @default true */
  sheets?: boolean;
  /** Render the brochure of all selected cases. @default false */
  brochure?: boolean;
  /** Only cases in this locale (`zh`, `en`). @default all */
  locale?: string;
  /** @default the settings' `pdf.paper`, else 'a4' */
  paper?: Paper;
  /** Pages rendering in parallel. @default {@link defaultConcurrency} */
  concurrency?: number;
  /** Never touch the network: remote images come from the cache or are left out. @default false */
  offline?: boolean;
  /** Browser executable; see `findChromium`. */
  chromium?: string;
  /**
   * Render through a running browser instead of launching one: a DevTools WebSocket URL
   * (`ws://host:9222/devtools/browser/…`, a browserless or pool endpoint) or a browser's HTTP
   * debugging address (`http://host:9222`). See {@link PdfRendererOptions.browserWSEndpoint}.
   */
  browserWSEndpoint?: string;
  /**
   * Render only this slice of the outputs (`--shard I/N`): each sheet and brochure belongs to
   * shard {@link shardOf}(its key, N). Merge the N output folders with {@link mergePdfShards}.
   * @default the whole run
   */
  shard?: Shard;
  /** Folder of the remote image cache. */
  cacheDir?: string;
  /** Milliseconds per remote image. @default 8000 */
  imageTimeout?: number;
  /** Render even when the content hash says the file is up to date. @default false */
  force?: boolean;
  /** Reuse a running renderer (the caller closes it). */
  renderer?: PdfRenderer;
  /** Called as work progresses (a progress bar listens here). */
  onEvent?: (event: PdfEvent) => void;
  /** The fetch used for remote images. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** Progress of a {@link renderPdfs} run. */
export type PdfEvent =
  | { type: 'start'; total: number }
  | { type: 'done'; name: string; status: 'written' | 'skipped' }
  | { type: 'failed'; name: string; error: Error }
  | { type: 'warning'; warning: ImageWarning };

/** What {@link renderPdfs} did. */
export interface RenderPdfsResult {
  /** Paths of the PDFs written in this run. */
  written: string[];
  /** Paths of the PDFs that were already up to date. */
  skipped: string[];
  /** Outputs that could not be rendered, with the reason. */
  failed: Array<{ name: string; path: string; error: Error }>;
  /** Images left out. */
  warnings: ImageWarning[];
  /** Browser relaunches after a crash. */
  relaunches: number;
}

/**
 * A sensible number of pages in parallel for this machine: one more than the core count (a
 * page waits on Node and on font loading part of the time), 2 to 4. On 2 cores 3 pages render
 * about 25% faster than 2 (`npm run bench`).
 */
export function defaultConcurrency(): number {
  return Math.min(4, Math.max(2, availableParallelism() + 1));
}

let fontDigest: string | undefined;
function fontsHash(): string {
  if (!fontDigest) {
    const h = createHash('sha256');
    for (const f of FONT_FILES) h.update(f).update(readFont(f) ?? '');
    fontDigest = h.digest('hex');
  }
  return fontDigest;
}

function contentHash(html: string, assets: ReadonlyMap<string, Asset>): string {
  const h = createHash('sha256').update(RENDERER_VERSION).update(fontsHash()).update(html);
  for (const name of [...assets.keys()].sort()) h.update(name);
  return h.digest('hex');
}

const ASSET_URL = new RegExp(`${ASSET_PATH}([0-9a-f]+)`, 'g');

function usedAssets(html: string, all: ReadonlyMap<string, Asset>): Map<string, Asset> {
  const used = new Map<string, Asset>();
  for (const m of html.matchAll(ASSET_URL)) {
    const a = all.get(m[1] ?? '');
    if (a && m[1]) used.set(m[1], a);
  }
  return used;
}

const byLocaleThenId = (a: Case, b: Case) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const langOf = (locale: string) => (locale.toLowerCase() === 'zh' ? 'zh-CN' : locale);

/**
 * Write a PDF case sheet per selected case and, on request, the brochure, into `outDir`.
 * One browser serves the batch; outputs whose content hash is unchanged are skipped; each file
 * is written atomically; a failing output is reported and the others are still written.
 * @example
 * const result = await renderPdfs(await loadContent('content'), { outDir: 'out', brochure: true });
 */
export async function renderPdfs(collection: PdfCollection, options: RenderPdfsOptions): Promise<RenderPdfsResult> {
  const { outDir } = options;
  const paper = options.paper ?? collection.settings?.pdf.paper ?? 'a4';
  const emit = options.onEvent ?? (() => undefined);
  await mkdir(outDir, { recursive: true });
  await removeStalePartials(outDir);
  const manifest = await readPdfManifest(outDir, RENDERER_VERSION);
  // Names come from the whole collection, so they do not depend on the selection.
  const sheetName = createSheetNamer(collection.cases);

  let cases = collection.cases.filter((c) => !options.locale || c.locale === options.locale);
  const inScope = cases;
  if (options.ids?.length) {
    const wanted = new Set(options.ids);
    cases = cases.filter((c) => wanted.has(c.id) || wanted.has(documentKey(c)));
  }
  const shard = options.shard;
  if (shard) parseShard(`${shard.index}/${shard.count}`);
  const mine = (key: string) => !shard || shardOf(key, shard.count) === shard.index;
  // Rendered in a stable order, by locale then id, whatever order the collection has.
  const sheets = (options.sheets === false ? [] : cases).filter((c) => mine(documentKey(c))).sort(byLocaleThenId);
  // One brochure per locale: a reader gets one language throughout. It shows the scenarios
  // of its locale too, with their images. A brochure is one output: one shard renders it whole.
  const allBrochureLocales = options.brochure ? [...new Set(inScope.map((c) => c.locale))].sort() : [];
  if (options.brochure && allBrochureLocales.length === 0) allBrochureLocales.push(options.locale ?? 'zh');
  const brochureLocales = allBrochureLocales.filter((locale) => mine(`brochure/${locale}`));
  const brochureName = (locale: string) => brochureFileName(locale, allBrochureLocales.length > 1);
  const brochureCases = inScope.filter((c) => brochureLocales.includes(c.locale));
  const brochureScenarios = collection.scenarios.filter((s) => brochureLocales.includes(s.locale));
  manifest.run = { shard: shard ? [shard.index, shard.count] : null, outputs: [...sheets.map(sheetName), ...brochureLocales.map(brochureName)] };
  const images = await loadImages([...new Set([...sheets, ...brochureCases]), ...brochureScenarios], {
    contentRoot: collection.root,
    offline: options.offline,
    cacheDir: options.cacheDir,
    timeout: options.imageTimeout,
    fetch: options.fetch,
  });
  const loadedBrand = collection.settings ? await loadBrand(collection.settings.brand, collection.root) : null;
  const brand = loadedBrand?.brand;
  for (const [name, asset] of loadedBrand?.assets ?? []) images.assets.set(name, asset);
  images.warnings.push(...(loadedBrand?.warnings ?? []));
  for (const warning of images.warnings) emit({ type: 'warning', warning });

  const result: RenderPdfsResult = { written: [], skipped: [], failed: [], warnings: images.warnings, relaunches: 0 };
  emit({ type: 'start', total: sheets.length + brochureLocales.length });

  let renderer = options.renderer;
  let launching: Promise<PdfRenderer> | undefined;
  const getRenderer = () => {
    if (renderer) return Promise.resolve(renderer);
    launching ??= createPdfRenderer({
      executablePath: options.chromium,
      browserWSEndpoint: options.browserWSEndpoint,
      concurrency: options.concurrency ?? defaultConcurrency(),
    }).then((r) => (renderer = r));
    return launching;
  };
  let saving = Promise.resolve();
  let queued: Promise<void> | null = null;
  let fatal: Error | undefined;
  // Saves are merged: a save that is queued and not yet started takes every entry recorded
  // before it starts (it serialises the manifest then), so N files do not write it N times.
  const saveManifest = (): Promise<void> => {
    if (!queued) {
      queued = saving = saving
        .then(() => {
          queued = null;
          return writePdfManifest(outDir, manifest);
        })
        .catch(() => undefined);
    }
    return queued;
  };

  // An output is up to date when it was made from the same input and is still the file that
  // was written: same size and digest (a truncated, deleted or edited file renders again).
  const upToDate = async (file: string, hash: string) => {
    const entry = manifest.files[file];
    return !options.force && entry?.hash === hash && (await verifyOutput(join(outDir, file), entry));
  };

  const one = async (file: string, work: () => Promise<{ hash: string; render: () => Promise<Buffer> }>) => {
    const path = join(outDir, file);
    try {
      const { hash, render } = await work();
      if (await upToDate(file, hash)) {
        result.skipped.push(path);
        emit({ type: 'done', name: file, status: 'skipped' });
        return;
      }
      const pdf = await render();
      await writeFileAtomic(path, pdf);
      manifest.files[file] = entryFor(hash, pdf);
      await saveManifest();
      result.written.push(path);
      emit({ type: 'done', name: file, status: 'written' });
    } catch (err) {
      if (isCasesError(err)) fatal ??= err;
      const error = err instanceof Error ? err : new Error(String(err));
      delete manifest.files[file];
      result.failed.push({ name: file, path, error });
      emit({ type: 'failed', name: file, error });
    }
  };

  const sheetJob = (c: Case) =>
    one(sheetName(c), async () => {
      const html = caseToHtml(c, { paper, brand, taxonomy: collection.taxonomy, imageUrl: (src) => images.urlFor(src, imageOwner(c)) });
      const assets = usedAssets(html, images.assets);
      return {
        hash: contentHash(html, assets),
        render: async () => {
          const r = await getRenderer();
          const raw = await r.render({ html, assets });
          return setPdfMetadata(raw, {
            title: caseDocumentTitle(c),
            author: c.facts.author ?? c.company.name,
            subject: c.company.summary || c.description || c.title,
            keywords: [...new Set([...(brand?.name ? [brand.name] : []), c.company.name, ...c.keywords, ...c.tags, ...c.facts.features])],
            lang: langOf(c.locale),
            date: c.publishedAt ? new Date(`${c.publishedAt}T00:00:00Z`) : undefined,
          });
        },
      };
    });

  const brochureJob = (locale: string) =>
    one(brochureName(locale), async () => {
      const input = {
        cases: inScope.filter((c) => c.locale === locale),
        scenarios: collection.scenarios.filter((s) => s.locale === locale),
        taxonomy: collection.taxonomy,
      };
      const base = { paper, locale, brand, imageUrl: (src: string, id: string) => images.urlFor(src, id) };
      const draft = brochureToHtml(input, base);
      const assets = usedAssets(draft, images.assets);
      return {
        hash: contentHash(draft, assets),
        render: async () => {
          const r = await getRenderer();
          const first = await r.render({ html: draft, assets });
          const outline = await readPdfOutline(first);
          const html = brochureToHtml(input, { ...base, pageNumbers: tocPageNumbers(outline, input.scenarios.length > 0) });
          const raw = await r.render({ html, assets });
          const title = brochureTitle(base, input);
          const newest = input.cases
            .map((c) => c.publishedAt ?? '')
            .sort()
            .at(-1);
          return setPdfMetadata(raw, {
            title,
            author: brand?.name ?? undefined,
            subject: title,
            keywords: [...new Set(input.cases.flatMap((c) => [c.company.name, ...c.facts.features]))],
            lang: langOf(locale),
            date: newest ? new Date(`${newest}T00:00:00Z`) : undefined,
          });
        },
      };
    });

  try {
    const jobs: Array<Promise<void>> = sheets.map(sheetJob);
    for (const locale of brochureLocales) jobs.push(brochureJob(locale));
    await Promise.all(jobs);
  } finally {
    result.relaunches = renderer?.relaunches ?? 0;
    if (!options.renderer) await (renderer ?? (launching ? await launching.catch(() => undefined) : undefined))?.close();
    // Saved once more at the end: the run's slice and outputs are recorded even when every
    // output was up to date.
    await saveManifest();
  }
  if (fatal) throw fatal;
  return result;
}

/**
 * Page numbers for the contents from the first pass's bookmarks: the top-level entries after
 * "contents" are the cases and the scenarios chapter, whose children are the scenarios.
 */
function tocPageNumbers(outline: ReadonlyArray<{ page: number; depth: number }>, hasScenarios: boolean): number[] {
  const numbers: number[] = [];
  let top = -1;
  let inScenarios = false;
  const tops = outline.filter((e) => e.depth === 0).length;
  for (const e of outline) {
    if (e.depth === 0) {
      top++;
      inScenarios = hasScenarios && top === tops - 1 && top > 0;
      if (top > 0) numbers.push(e.page);
    } else if (e.depth === 1 && inScenarios) {
      numbers.push(e.page);
    }
  }
  return numbers;
}
