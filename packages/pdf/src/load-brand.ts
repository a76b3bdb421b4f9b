import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

import { SETTINGS_FILE } from '@cases/core/browser';
import type { Brand } from '@cases/core/browser';

import { ASSET_PATH } from './create-pdf-renderer.js';
import type { Asset } from './create-pdf-renderer.js';
import type { PdfBrand } from './html/brand-html.js';
import { sniffImageType } from './sniff-image-type.js';
import type { ImageWarning } from './load-images.js';

/** The brand ready to print: its logo turned into a page asset, or a warning when it cannot be. */
export interface LoadedBrand {
  brand: PdfBrand;
  /** The logo's asset (at most one), by name. */
  assets: Map<string, Asset>;
  warnings: ImageWarning[];
}

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/**
 * Read the brand's logo (a path in the content folder, never outside it) into an asset; the
 * brand's `logo` becomes its page URL. A logo that cannot be had is left out with a warning.
 */
export async function loadBrand(brand: Brand, contentRoot: string): Promise<LoadedBrand> {
  const assets = new Map<string, Asset>();
  if (!brand.logo) return { brand, assets, warnings: [] };
  const warn = (code: ImageWarning['code'], message: string): LoadedBrand => ({
    brand: { ...brand, logo: null },
    assets,
    warnings: [{ code, src: brand.logo!, caseId: '', file: SETTINGS_FILE, line: 1, column: 1, message }],
  });
  const root = await realpath(contentRoot).catch(() => resolve(contentRoot));
  const real = await realpath(resolve(root, brand.logo)).catch(() => null);
  if (!real) return warn('image-missing', `Logo ${brand.logo} (settings.yaml brand.logo) not found in the content folder; left out.`);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return warn('image-outside-content', `Logo ${brand.logo} points outside the content folder; left out.`);
  const size = (await stat(real).catch(() => null))?.size ?? Infinity;
  const body = size <= MAX_LOGO_BYTES ? await readFile(real).catch(() => null) : null;
  const type = body ? sniffImageType(body) : null;
  if (!body || !type)
    return warn(
      size > MAX_LOGO_BYTES ? 'image-too-large' : 'image-unsupported',
      `Logo ${brand.logo} is not a PNG, JPEG, GIF, WebP or SVG image of at most 2 MB; left out.`,
    );
  const name = createHash('sha256').update(body).digest('hex').slice(0, 24);
  assets.set(name, { body, contentType: type });
  return { brand: { ...brand, logo: `${ASSET_PATH}${name}` }, assets, warnings: [] };
}
