import { DEFAULT_SETTINGS } from '@cases/core/browser';
import type { Brand } from '@cases/core/browser';

import { escapeHtml } from './escape-html.js';

/**
 * The brand as the PDF prints it: the settings' brand, with `logo` the URL the page loads (the
 * renderer turns the settings' path into an asset URL), or null for none.
 */
export type PdfBrand = Brand;

/** The brand of a content folder without settings: no name, no logo, the default colours. */
export const NO_BRAND: PdfBrand = DEFAULT_SETTINGS.brand;

const HEX = /^#[0-9a-fA-F]{6}$/;

/** CSS that sets the sheet colours from the brand (values are checked again: they end up inside `<style>`). */
export function brandCss(brand: PdfBrand): string {
  const accent = HEX.test(brand.colors.accent) ? brand.colors.accent : NO_BRAND.colors.accent;
  const dark = HEX.test(brand.colors.dark) ? brand.colors.dark : NO_BRAND.colors.dark;
  const derived =
    accent.toLowerCase() === NO_BRAND.colors.accent
      ? ''
      : ` --accent-ink: color-mix(in srgb, ${accent} 72%, #000); --accent-tint: color-mix(in srgb, ${accent} 10%, #fff);`;
  return `:root { --accent: ${accent}; --navy: ${dark};${derived} }
.brand-mark { position: absolute; right: 8mm; top: 5mm; display: flex; align-items: center; gap: 6px; font-size: 7.6pt; font-weight: 700; color: #fff; opacity: 0.92; }
.brand-mark img { height: 22px; max-width: 40mm; object-fit: contain; background: #fff; border-radius: 4px; padding: 2px 4px; }
.brand-foot { clear: both; margin-top: 8mm; padding-top: 3mm; border-top: 1px solid var(--rule); font-size: 7.8pt; color: var(--muted); display: flex; gap: 4mm; flex-wrap: wrap; break-inside: avoid; }
.brand-foot strong { color: var(--navy); }`;
}

/**
 * The brand for the corner of a masthead or a cover: its logo (named by its alt text), or its
 * name when there is no logo; empty without either. Not both: a brand's logo is nearly always
 * its wordmark, and the name beside it printed it twice (decision 043).
 */
export function brandMarkHtml(brand: PdfBrand): string {
  if (brand.logo) return `<div class="brand-mark"><img src="${escapeHtml(brand.logo)}" alt="${escapeHtml(brand.name ?? '')}"></div>`;
  return brand.name ? `<div class="brand-mark"><span>${escapeHtml(brand.name)}</span></div>` : '';
}

/** Name, website and contact at the end of a sheet; empty when the brand gives none of them. */
export function brandFootHtml(brand: PdfBrand): string {
  const parts = [brand.website, brand.contact.email, brand.contact.phone].filter((x): x is string => !!x);
  if (!parts.length) return '';
  return `<footer class="brand-foot">${brand.name ? `<strong>${escapeHtml(brand.name)}</strong>` : ''}${parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('')}</footer>`;
}
