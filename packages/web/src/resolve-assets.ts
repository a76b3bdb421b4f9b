import { rewriteImageUrls, type ExportData } from '@cases/core/browser';

import { safeImageUrl } from './safe-url.js';

/** A URL with no scheme and no host (`assets/logo.png`, `/images/x.png`): it needs a base. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Resolve every relative image URL of an export (logos, covers, image blocks, inline images)
 * against `base`, the URL the data was fetched from: a kit served from another origin finds its
 * own `assets/`, never the host page's. Mutates and returns `data` (the caller owns it: it was
 * just parsed); URLs that do not parse are left for the renderer's allow-list to drop. URLs
 * that land on `pageOrigin` are written as paths.
 * @example resolveAssetUrls(data, 'https://kit.example/cases.json') // assets/x.png → https://kit.example/assets/x.png
 */
export function resolveAssetUrls(data: ExportData, base: string, pageOrigin?: string): ExportData {
  const resolve = (url: string): string => {
    // Only addresses an image may have are resolved; anything else is left for the renderer to drop.
    if (!RELATIVE.test(url.trim()) || safeImageUrl(url) === null) return url;
    try {
      const resolved = new URL(url.trim(), base);
      // On the page's own origin a path is enough (and matches server-rendered markup).
      return resolved.origin === pageOrigin ? resolved.href.slice(resolved.origin.length) : resolved.href;
    } catch {
      return url;
    }
  };
  rewriteImageUrls(data, resolve);
  return data;
}
