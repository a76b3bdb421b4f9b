import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { isCasesError } from '@cases/core';
import type { Case, Scenario, Settings, Taxonomy } from '@cases/core/browser';

import { brochureTitle, brochureToHtml } from './brochure-to-html.js';
import { caseDocumentTitle, caseToHtml } from './case-to-html.js';
import { ASSET_PATH, createPdfRenderer } from './create-pdf-renderer.js';
import type { Asset, PdfRenderer } from './create-pdf-renderer.js';
import { FONT_FILES, readFont } from './fonts.js';
import { loadBrand } from './load-brand.js';
import { loadImages } from './load-images.js';
import type { ImageWarning } from './load-images.js';
import { readPdfOutline, setPdfMetadata } from './pdf-metadata.js';
import type { Paper } from './styles.js';
import { removeStalePartials, writeFileAtomic } from './write-file-atomic.js';

/** Bumped whenever the renderer changes output for the same HTML (part of every content hash). */
export const RENDERER_VERSION = '1';
/** File name of the incremental-build manifest in the output folder. */
export const MANIFEST_NAME = '.cases-pdf-manifest.json';
/** File name of the brochure in the output folder (`brochure.<locale>.pdf` when several locales get one each). */
export const BROCHURE_FILE = 'brochure.pdf';

/**
 * The file name of a case sheet: `<id>.pdf`, or `<id>.<locale>.pdf` when the same id exists
 * in several locales (a case translated keeps its id).
 */
export function sheetFileName(c: Pick<Case, 'id' | 'locale'>, all: ReadonlyArray<Pick<Case, 'id' | 'locale'>>): string {
  const twins = all.filter((x) => x.id === c.id && x.locale !== c.locale).length;
  return twins ? `${c.id}.${c.locale}.pdf` : `${c.id}.pdf`;
}

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
  /** Case ids to render a sheet for. @default every case (after the locale filter) */
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

interface Manifest {
  version: string;
  files: Record<string, string>;
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
  const manifestPath = join(outDir, MANIFEST_NAME);
  const manifest: Manifest = await readFile(manifestPath, 'utf8')
    .then((t) => JSON.parse(t) as Manifest)
    .catch(() => ({ version: RENDERER_VERSION, files: {} }));
  if (manifest.version !== RENDERER_VERSION || typeof manifest.files !== 'object') {
    manifest.version = RENDERER_VERSION;
    manifest.files = {};
  }

  let cases = collection.cases.filter((c) => !options.locale || c.locale === options.locale);
  const inScope = cases;
  if (options.ids?.length) {
    const wanted = new Set(options.ids);
    cases = cases.filter((c) => wanted.has(c.id));
  }
  const sheets = options.sheets === false ? [] : cases;
  // One brochure per locale: a reader gets one language throughout. It shows the scenarios
  // of its locale too, with their images.
  const brochureLocales = options.brochure ? [...new Set(inScope.map((c) => c.locale))] : [];
  if (options.brochure && brochureLocales.length === 0) brochureLocales.push(options.locale ?? 'zh');
  const brochureScenarios = collection.scenarios.filter((s) => brochureLocales.includes(s.locale));
  const images = await loadImages(options.brochure ? [...inScope, ...brochureScenarios] : sheets, {
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
    launching ??= createPdfRenderer({ executablePath: options.chromium, concurrency: options.concurrency ?? defaultConcurrency() }).then(
      (r) => (renderer = r),
    );
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
          return writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
        })
        .catch(() => undefined);
    }
    return queued;
  };

  const upToDate = async (file: string, hash: string) =>
    !options.force && manifest.files[file] === hash && (await stat(join(outDir, file)).then((s) => s.isFile() && s.size > 0, () => false));

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
      manifest.files[file] = hash;
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
    one(sheetFileName(c, collection.cases), async () => {
      const html = caseToHtml(c, { paper, brand, taxonomy: collection.taxonomy, imageUrl: (src) => images.urlFor(src, c.id) });
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
    one(brochureLocales.length > 1 ? `brochure.${locale}.pdf` : BROCHURE_FILE, async () => {
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
          const newest = input.cases.map((c) => c.publishedAt ?? '').sort().at(-1);
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
    await saving;
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
