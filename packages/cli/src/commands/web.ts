import { existsSync, readdirSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { formatDiagnostic, toExport } from '@cases/core';
import type { Collection, Diagnostic } from '@cases/core';
import type { Command } from 'commander';

import { addContentOption, fail, loadCollectionForCli, writeError } from '../context.js';
import { guardOutputFolder } from '../output-safety.js';
import { createUnreachableHosts } from '../unreachable-hosts.js';
import { checkRemoteImages, collectAssets } from '../web-assets.js';
import type { ContentOptions } from '../context.js';

/** What {@link runWebJob} wrote. */
export interface WebJobResult {
  /** File names written into the output folder. */
  files: string[];
  /** Gzipped size in bytes of each browser bundle. */
  bundleSizes: Record<string, number>;
  /** Images copied into `assets/`. */
  assets: number;
  /** A warning per image that could not be had: `missing-image` (local), `image-offline`, `image-fetch-failed`, … (remote). */
  diagnostics: Diagnostic[];
}

/** Options of {@link runWebJob}. */
export interface WebJobOptions {
  /** Tag prefix of the demo pages. @default 'cases' */
  prefix?: string;
  /** Site URL for root-relative image paths not found under `content/assets/`. */
  assetBase?: string;
  /** Also write the hostile-content test page. @default false */
  hostile?: boolean;
  /**
   * Check that each remote image loads (through the PDF renderer's fetcher and image cache) and
   * leave out those that do not. False keeps every remote URL as written, unchecked. @default true
   */
  checkImages?: boolean;
  /** Called with the top-level names the kit will write, before anything is written (the output guard). */
  beforeWrite?: (names: string[]) => Promise<void>;
}

const requireFromHere = createRequire(import.meta.url);

/**
 * The folder holding @cases/web's built files (bundles in dist/): the copy shipped beside the
 * CLI bundle (dist/web, see scripts/copy-assets.mjs), else the installed package (from source).
 */
export function webPackageDir(): string {
  const shipped = join(dirname(fileURLToPath(import.meta.url)), 'web');
  if (existsSync(join(shipped, 'custom-elements.json'))) return shipped;
  return dirname(requireFromHere.resolve('@cases/web/package.json'));
}

/**
 * Write the embed kit for a collection into `outDir`: the browser bundles, the stylesheet, the
 * Custom Elements Manifest, the export JSON (`cases.json`), the demo page (`index.html`) and the
 * hostile-content page (`hostile.html`). `cases build` calls this for its web output.
 */
export async function runWebJob(collection: Collection, outDir: string, options: WebJobOptions = {}): Promise<WebJobResult> {
  const { BUNDLE_FILES, createEmbedKit } = await import('@cases/web');
  const pkg = webPackageDir();
  const copies = [...BUNDLE_FILES.map((name) => [join(pkg, 'dist', name), name]), [join(pkg, 'custom-elements.json'), 'custom-elements.json']];
  const bundleSizes: Record<string, number> = {};
  const sources = new Map<string, Buffer>();
  for (const [from, name] of copies) {
    try {
      sources.set(name!, await readFile(from!));
    } catch {
      fail(`the @cases/web bundle file ${from} is missing; build it with \`npm run build -w packages/web\``, 1);
    }
  }
  const assets = collectAssets(collection, toExport(collection), { assetBase: options.assetBase });
  if (options.checkImages !== false) {
    const { createRemoteImageFetcher } = await import('@cases/pdf');
    assets.diagnostics.push(...(await checkRemoteImages(assets.data, collection.root, createRemoteImageFetcher())));
  }
  let pages: Record<string, string>;
  try {
    const { brand } = collection.settings;
    const logo = brand.logo ? await readBrandLogo(collection.root, brand.logo) : null;
    if (logo) sources.set(logo.name, logo.body);
    pages = createEmbedKit(assets.data, {
      prefix: options.prefix ?? 'cases',
      hostile: options.hostile ?? false,
      brand: { name: brand.name, logo: logo?.name ?? null, accent: brand.colors.accent },
    });
  } catch (error) {
    fail(`could not create the web pages: ${(error as Error).message}`, 2);
  }
  const files: string[] = [];
  // What the kit writes at its top level, for the output guard to check before anything is written.
  const topLevel = new Set([...Object.keys(pages), ...sources.keys()].map((name) => name.split('/')[0]!));
  topLevel.add('elements');
  if (assets.files.size) topLevel.add('assets');
  await options.beforeWrite?.([...topLevel]);
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, text] of [...Object.entries(pages), ...sources.entries()]) {
      if (name.includes('/')) await mkdir(dirname(join(outDir, name)), { recursive: true });
      await writeFile(join(outDir, name), text);
      files.push(name);
    }
    // One entry per element and their shared chunks (`elements/cases-card.js`, …).
    const elements = join(pkg, 'dist', 'elements');
    if (existsSync(elements)) {
      await cp(elements, join(outDir, 'elements'), { recursive: true });
      for (const name of readdirSync(elements)) files.push(`elements/${name}`);
    }
    if (assets.files.size) await mkdir(join(outDir, 'assets'), { recursive: true });
    for (const [name, from] of assets.files) {
      await copyFile(from, join(outDir, name));
      files.push(name);
    }
  } catch (error) {
    fail(`could not write the web kit to ${outDir}: ${(error as Error).message}`, 1);
  }
  for (const name of ['cases-web.js', 'cases-web.iife.js']) bundleSizes[name] = gzipSync(sources.get(name)!, { level: 9 }).length;
  return { files, bundleSizes, assets: assets.files.size, diagnostics: assets.diagnostics };
}

/**
 * Print the kit's image warnings: each at its place, except images of a host that cannot be
 * reached, which are one line per host (`cases build` has listed them already for the PDFs).
 */
export function printWebDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const offline = createUnreachableHosts();
  for (const d of diagnostics) {
    if (d.code === 'image-offline') offline.add(d.message);
    else writeError(`${formatDiagnostic(d)}\n`);
  }
  const hint = (host: string) => `build where ${host} can be reached, or keep remote images unchecked with --no-check-images`;
  for (const line of offline.lines(' of the web kit', hint)) writeError(`${line}\n`);
}

/** The brand's logo from the content folder (never outside it), named for the kit; null when it cannot be had. */
async function readBrandLogo(root: string, logo: string): Promise<{ name: string; body: Buffer } | null> {
  const base = await realpath(root).catch(() => resolve(root));
  const real = await realpath(resolve(base, logo)).catch(() => null);
  if (!real || relative(base, real).startsWith('..') || isAbsolute(relative(base, real))) return null;
  const ext = extname(real).toLowerCase();
  if (!['.png', '.jpg', '.jpeg', '.webp', '.svg', '.gif'].includes(ext)) return null;
  const body = await readFile(real).catch(() => null);
  return body ? { name: `brand-logo${ext}`, body } : null;
}

/** `cases web --out DIR`: write the embed kit (bundles, export JSON, demo page). */
export function registerWeb(program: Command): void {
  const cmd = program
    .command('web')
    .description('write the web components embed kit: bundles, cases.json, a paged index (index.json, index/*.json) and one file per case, a demo page')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--prefix <prefix>', 'tag prefix the demo pages use', 'cases')
    .option('--asset-base <url>', 'site URL for root-relative image paths (/images/x.png) not found under content/assets/')
    .option('--no-check-images', 'keep remote image URLs as written, without checking that they load')
    .option('--hostile-demo', 'also write hostile.html: hostile data that must stay inert, to test a host page');
  addContentOption(cmd);
  cmd.action(async (opts: ContentOptions & { out: string; prefix: string; assetBase?: string; checkImages: boolean; hostileDemo?: boolean }) => {
    if (opts.assetBase !== undefined && !/^https?:\/\/[^/]/i.test(opts.assetBase)) {
      fail(`--asset-base "${opts.assetBase}" is not a site URL; use one like https://www.example.com`, 2);
    }
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(opts.prefix)) {
      fail(`--prefix "${opts.prefix}" is not a valid tag prefix; use lowercase letters, digits and dashes, e.g. "cases"`, 2);
    }
    const collection = await loadCollectionForCli(opts);
    const folder = guardOutputFolder(opts.out, { contentDir: collection.root, what: 'the web kit folder' });
    const result = await runWebJob(collection, opts.out, {
      prefix: opts.prefix,
      assetBase: opts.assetBase,
      hostile: opts.hostileDemo,
      checkImages: opts.checkImages,
      beforeWrite: (names) => folder.claim(names),
    });
    await folder.record(result.files);
    printWebDiagnostics(result.diagnostics);
    const sizes = Object.entries(result.bundleSizes)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB gzipped`)
      .join(', ');
    writeError(
      `wrote ${join(opts.out, 'index.html')} and ${result.files.length - 1} more files: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios, ${result.assets} images (${sizes})\n` +
        `serve it to other origins with \`cases serve ${opts.out}\` (CORS, MIME types, caching; see the README for other hosts)\n`,
    );
  });
}
