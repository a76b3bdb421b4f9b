import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { toExport } from '@cases/core';
import type { Collection } from '@cases/core';
import type { Command } from 'commander';

import { addContentOption, fail, loadCollectionForCli } from '../context.js';
import type { ContentOptions } from '../context.js';

/** What {@link runWebJob} wrote. */
export interface WebJobResult {
  /** File names written into the output folder. */
  files: string[];
  /** Gzipped size in bytes of each browser bundle. */
  bundleSizes: Record<string, number>;
}

/** Options of {@link runWebJob}. */
export interface WebJobOptions {
  /** Tag prefix of the demo pages. @default 'cases' */
  prefix?: string;
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
  let pages: Record<string, string>;
  try {
    const { brand } = collection.settings;
    const logo = brand.logo ? await readBrandLogo(collection.root, brand.logo) : null;
    if (logo) sources.set(logo.name, logo.body);
    pages = createEmbedKit(toExport(collection), { prefix: options.prefix ?? 'cases', brand: { name: brand.name, logo: logo?.name ?? null, accent: brand.colors.accent } });
  } catch (error) {
    fail(`could not create the web pages: ${(error as Error).message}`, 2);
  }
  const files: string[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, text] of [...Object.entries(pages), ...sources.entries()]) {
      await writeFile(join(outDir, name), text);
      files.push(name);
    }
  } catch (error) {
    fail(`could not write the web kit to ${outDir}: ${(error as Error).message}`, 1);
  }
  for (const name of ['cases-web.js', 'cases-web.iife.js']) bundleSizes[name] = gzipSync(sources.get(name)!, { level: 9 }).length;
  return { files, bundleSizes };
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
    .description('write the web components embed kit: bundles, cases.json, a demo page and a hostile-content page')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--prefix <prefix>', 'tag prefix the demo pages use', 'cases');
  addContentOption(cmd);
  cmd.action(async (opts: ContentOptions & { out: string; prefix: string }) => {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(opts.prefix)) {
      fail(`--prefix "${opts.prefix}" is not a valid tag prefix; use lowercase letters, digits and dashes, e.g. "cases"`, 2);
    }
    const collection = await loadCollectionForCli(opts);
    const result = await runWebJob(collection, opts.out, { prefix: opts.prefix });
    const sizes = Object.entries(result.bundleSizes)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB gzipped`)
      .join(', ');
    process.stderr.write(
      `wrote ${join(opts.out, 'index.html')} and ${result.files.length - 1} more files: ${collection.cases.length} cases, ${collection.scenarios.length} scenarios (${sizes})\n` +
        `serve the folder with any static server and open index.html, e.g. python3 -m http.server -d ${opts.out}\n`,
    );
  });
}
