import { fontFaceCss } from '../fonts.js';
import { baseCss } from '../styles.js';
import type { Paper } from '../styles.js';
import { brandCss, NO_BRAND, type PdfBrand } from './brand-html.js';
import { cssString, escapeHtml } from './escape-html.js';

/** Parts of a printable HTML document. */
export interface DocumentParts {
  lang: string;
  title: string;
  paper: Paper;
  /** Footer text at the bottom left of every page (page numbers go bottom right). */
  footerLeft: string;
  /** Text before the page number at the bottom right, e.g. the case id and date. */
  footerRight: string;
  /** Meta tags carried to the PDF's metadata by the renderer. */
  meta: { author?: string; subject?: string; keywords?: readonly string[] };
  body: string;
  extraCss?: string;
  /** Colours, and the legal line printed under the footer. @default no brand */
  brand?: PdfBrand;
}

/** Wrap a body into a complete, self-contained HTML document (no scripts, fonts from /_fonts/). */
export function documentHtml(p: DocumentParts): string {
  const right = p.footerRight ? `${cssString(`${p.footerRight}  ·  `)} ` : '';
  const margin = `font-family: "Cases Sans", "Cases CJK", sans-serif; font-size: 7.4pt; color: #8b93a3;`;
  const brand = p.brand ?? NO_BRAND;
  const left = brand.legal ? `${cssString(p.footerLeft)} "\\A " ${cssString(brand.legal)}; white-space: pre` : cssString(p.footerLeft);
  const pageCss = `@page {
  @bottom-left { content: ${left}; ${margin} vertical-align: top; padding-top: 6mm; }
  @bottom-right { content: ${right}counter(page) " / " counter(pages); ${margin} vertical-align: top; padding-top: 6mm; }
}`;
  const meta = [
    p.meta.author ? `<meta name="author" content="${escapeHtml(p.meta.author)}">` : '',
    p.meta.subject ? `<meta name="description" content="${escapeHtml(p.meta.subject)}">` : '',
    p.meta.keywords?.length ? `<meta name="keywords" content="${escapeHtml(p.meta.keywords.join(', '))}">` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self'">
<title>${escapeHtml(p.title)}</title>
${meta}
<style>
${fontFaceCss(p.lang)}
${baseCss(p.paper)}
${pageCss}
${brandCss(brand)}
${p.extraCss ?? ''}
</style>
</head>
<body>
${p.body}
</body>
</html>
`;
}
