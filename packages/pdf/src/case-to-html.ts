import { labelsFor } from '@cases/core/browser';
import type { Case, Taxonomy } from '@cases/core/browser';

import { caseSheetHtml } from './html/case-sheet-html.js';
import type { PdfBrand } from './html/brand-html.js';
import { documentHtml } from './html/document-html.js';
import type { Paper } from './styles.js';

/** Options of {@link caseToHtml}. */
export interface CaseHtmlOptions {
  /** Paper size. @default 'a4' */
  paper?: Paper;
  /**
   * Maps each image `src` (and the company logo) to the URL the page loads, or `null` to leave
   * it out. The PDF renderer passes one that serves only fetched, cached or local files.
   * @default keeps every `src` unchanged
   */
  imageUrl?: (src: string) => string | null;
  /** The collection's taxonomy, to print the scenarios a case proves with their labels. */
  taxonomy?: Taxonomy;
  /** The brand (settings.yaml) with `logo` as the URL the page loads. @default no brand */
  brand?: PdfBrand;
}

/** The sheet's document title, e.g. "图菱科技 · 客户案例". */
export function caseDocumentTitle(c: Case): string {
  return c.locale.toLowerCase().startsWith('zh') ? `${c.company.name} · 客户案例` : `${c.company.name} — Customer case study`;
}

/**
 * Render one case as a complete printable HTML document (pure: no I/O, no network).
 * @example
 * const html = caseToHtml(collection.cases[0], { paper: 'letter' });
 */
export function caseToHtml(c: Case, options: CaseHtmlOptions = {}): string {
  const labels = labelsFor(c.locale);
  const zh = labels === labelsFor('zh');
  return documentHtml({
    lang: c.locale.toLowerCase() === 'zh' ? 'zh-CN' : c.locale,
    title: caseDocumentTitle(c),
    paper: options.paper ?? 'a4',
    footerLeft: [options.brand?.name, c.company.name, zh ? '客户案例' : 'Customer case study'].filter(Boolean).join('  ·  '),
    footerRight: [c.id, c.publishedAt].filter(Boolean).join('  ·  '),
    meta: {
      author: c.facts.author ?? c.company.name,
      subject: c.company.summary || c.description || c.title,
      keywords: [...new Set([...c.keywords, ...c.tags, ...c.facts.features])],
    },
    body: caseSheetHtml(c, { imageUrl: options.imageUrl ?? ((src) => src), taxonomy: options.taxonomy, brand: options.brand }),
    brand: options.brand,
  });
}
