import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

import { rewriteImageUrls, type Collection, type Diagnostic, type ExportData, type Position } from '@cases/core';

/** The folder inside the content folder that root-relative site paths (`/images/x.png`) resolve to. */
export const ASSETS_DIR = 'assets';

/** Options of {@link collectAssets}. */
export interface CollectAssetsOptions {
  /**
   * Site URL that root-relative paths not found under `content/assets/` are resolved against
   * (`https://www.example.com` → `/images/x.png` is `https://www.example.com/images/x.png`).
   */
  assetBase?: string;
  /** Only look for missing images (`cases validate`): nothing is copied, hashed or rewritten. @default false */
  checkOnly?: boolean;
}

/** Result of {@link collectAssets}. */
export interface CollectedAssets {
  /**
   * The export with every local image rewritten to `assets/<name>.<hash><ext>` (relative to the
   * export) and every image that could not be had left out (a logo or cover becomes `null`, an
   * image's URL empty), so a partner page never requests a file that is not there.
   */
  data: ExportData;
  /** Output name (`assets/logo-turing.3f9a0c1d2e.png`) → absolute source file. */
  files: Map<string, string>;
  /** A `missing-image` warning per reference that could not be had. */
  diagnostics: Diagnostic[];
}

/**
 * The `missing-image` warnings of a collection: every local image it references that is not in
 * the content folder. `cases validate` adds these to the loader's diagnostics.
 */
export function findMissingImages(collection: Collection, options: Pick<CollectAssetsOptions, 'assetBase'> = {}): Diagnostic[] {
  const docs = { cases: collection.cases, scenarios: collection.scenarios } as unknown as ExportData;
  return collectAssets(collection, docs, { ...options, checkOnly: true }).diagnostics;
}

const REMOTE = /^(https?:)?\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Find every image the content references (logos, covers, image blocks, inline images) and
 * decide what the web kit does with it: remote URLs stay; local files (relative to the page, or
 * root-relative site paths under `content/assets/`) are copied with content-hashed names and the
 * export points at the copies; root-relative paths not found locally resolve against
 * `assetBase` when given; anything else is a `missing-image` warning (file, line, column) and
 * is left out of the kit's data (the elements show a monogram instead of a logo, nothing for a
 * picture): a URL kept would be a 404 and a console error on every partner page.
 * Reads files but writes nothing; `data` is not modified.
 * @example const { data, files, diagnostics } = collectAssets(collection, toExport(collection), { assetBase: 'https://kubesphere.io' });
 */
export function collectAssets(collection: Collection, data: ExportData, options: CollectAssetsOptions = {}): CollectedAssets {
  const root = realpathSync(collection.root);
  const prefix = collection.root.endsWith('/') ? collection.root : `${collection.root}/`;
  const out = options.checkOnly ? data : structuredClone(data);
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const byFile = new Map<string, string | null>();

  const within = (abs: string): string | null => {
    try {
      const real = realpathSync(abs);
      const rel = relative(root, real);
      return !rel.startsWith('..') && !isAbsolute(rel) && statSync(real).isFile() ? real : null;
    } catch {
      return null;
    }
  };

  const hashed = (abs: string): string => {
    let name = byFile.get(abs);
    if (!name) {
      const digest = createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 10);
      const ext = extname(abs)
        .toLowerCase()
        .replace(/[^a-z0-9.]/g, '');
      const stem =
        basename(abs, extname(abs))
          .replace(/[^A-Za-z0-9_-]+/g, '-')
          .slice(0, 60) || 'image';
      name = `${ASSETS_DIR}/${stem}.${digest}${ext}`;
      byFile.set(abs, name);
      files.set(name, abs);
    }
    return name;
  };

  /** What the export says for `ref`, found from the document at `source` (content-relative). */
  const place = (ref: string, source: string, position: Position | null | undefined): string => {
    const url = ref.trim();
    if (!url || REMOTE.test(url) || SCHEME.test(url)) return ref;
    const path = decodeURIComponent(url.split(/[?#]/)[0]!);
    const candidates = path.startsWith('/') ? [join(root, ASSETS_DIR, path)] : [resolve(root, dirname(source), path), join(root, ASSETS_DIR, path)];
    for (const candidate of candidates) {
      const found = within(candidate);
      if (found) return options.checkOnly ? ref : hashed(found);
    }
    if (options.assetBase && path.startsWith('/')) return new URL(url, options.assetBase).href;
    const [line, column] = position ?? [1, 1];
    diagnostics.push({
      severity: 'warning',
      code: 'missing-image',
      message: `image "${url}" not found${path.startsWith('/') ? ` (looked for ${ASSETS_DIR}${path} in the content folder)` : ''}${options.checkOnly ? '' : '; left out of the kit'}`,
      file: prefix + source,
      line,
      column,
      hint: path.startsWith('/')
        ? `Put the file at ${ASSETS_DIR}${path} in the content folder, or give the site it lives on with --asset-base https://your.site.`
        : 'Check the path: it is relative to this file.',
    });
    return options.checkOnly ? ref : '';
  };

  rewriteImageUrls(out, (url, site) => place(url, site.source, site.position));
  return { data: out, files, diagnostics };
}

/** What {@link checkRemoteImages} needs of a fetcher: `@cases/pdf`'s, with its cache and timeouts. */
export interface ImageChecker {
  get(url: string): Promise<{ ok: true } | { ok: false; code: string; message: string }>;
}

/**
 * Check every remote image of the kit's data where it is (fetched once through the shared image
 * cache, as the PDF renderer does) and leave out the ones that cannot be had — a host that does
 * not answer, a 404, something that is not an image — each with a warning at its place. Images
 * that load stay remote. Partner pages then never show a broken image or log a failed request
 * for one. Mutates `data` (the kit's own copy).
 */
export async function checkRemoteImages(data: ExportData, root: string, checker: ImageChecker, concurrency = 6): Promise<Diagnostic[]> {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const sites = new Map<string, Array<{ source: string; position: Position | null | undefined }>>();
  rewriteImageUrls(data, (url, site) => {
    const at = url.trim();
    if (!REMOTE.test(at)) return url;
    const places = sites.get(at);
    if (places) places.push(site);
    else sites.set(at, [site]);
    return url;
  });
  const verdicts = new Map<string, { code: string; message: string } | null>();
  const queue = [...sites.keys()];
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const image = await checker.get(url.startsWith('//') ? `https:${url}` : url);
        verdicts.set(url, image.ok ? null : { code: image.code, message: image.message });
      }
    }),
  );
  const diagnostics: Diagnostic[] = [];
  for (const [url, places] of sites) {
    const verdict = verdicts.get(url);
    if (!verdict) continue;
    for (const { source, position } of places) {
      const [line, column] = position ?? [1, 1];
      diagnostics.push({
        severity: 'warning',
        code: verdict.code,
        message: verdict.message.replace(/; left out\.$/, '; left out of the kit.'),
        file: prefix + source,
        line,
        column,
        hint:
          verdict.code === 'image-offline'
            ? 'Build the kit where the image host can be reached, or keep remote images unchecked with --no-check-images.'
            : 'Fix or remove the image URL.',
      });
    }
  }
  rewriteImageUrls(data, (url) => (verdicts.get(url.trim()) ? '' : url));
  return diagnostics;
}
