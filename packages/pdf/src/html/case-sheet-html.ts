import { labelsFor, richInline, termLabel } from '@cases/core/browser';
import type { Case, Labels, Taxonomy } from '@cases/core/browser';

import { blocksToHtml } from './blocks-to-html.js';
import { brandFootHtml, brandMarkHtml, type PdfBrand } from './brand-html.js';
import type { BlockRenderOptions } from './blocks-to-html.js';
import { escapeHtml } from './escape-html.js';
import { inlineToHtml } from './inline-to-html.js';
import { monogramHtml } from './monogram.js';

/** What the sheet body needs besides the case. */
export interface SheetContext {
  imageUrl: (src: string) => string | null;
  taxonomy: Taxonomy | undefined;
  /** The brand in the masthead's corner and at the end of the sheet (the brochure prints it on its cover instead). */
  brand?: PdfBrand;
}

/**
 * The `<article>` of one case: masthead, a facts panel and the highlights across the page, then
 * the sections in order in one column (no side column, so extracted text keeps its order).
 */
export function caseSheetHtml(c: Case, ctx: SheetContext): string {
  const labels = labelsFor(c.locale);
  const opts: BlockRenderOptions = { imageUrl: ctx.imageUrl, omitHighlights: c.highlights.length > 0 };
  const logoUrl = c.company.logo ? ctx.imageUrl(c.company.logo) : null;
  const badge = logoUrl ? `<img class="logo" src="${escapeHtml(logoUrl)}" alt="${escapeHtml(c.company.name)}">` : monogramHtml(c.company.name);
  const isArticle = c.source.format === 'case-article';
  const heading = isArticle ? c.title : c.company.name;
  const summary = isArticle ? (c.description ?? c.company.summary) : c.company.summary;
  const eyebrow = [labels.case === '案例' ? '客户案例' : 'Customer case study', isArticle && c.company.name !== c.title ? c.company.name : null]
    .filter(Boolean)
    .join(' · ');
  const sections = c.sections
    .map((s) => {
      const body = blocksToHtml(s.blocks, opts);
      const title = s.title ? `<h2>${escapeHtml(s.title)}</h2>` : '';
      return title || body.trim() ? `<section class="section">${title}${body}</section>` : '';
    })
    .filter(Boolean)
    .join('\n');
  return `<article class="sheet" id="case-${escapeHtml(c.id)}" lang="${escapeHtml(c.locale)}">
<header class="masthead">${ctx.brand ? brandMarkHtml(ctx.brand) : ''}${badge}<div class="masthead-text"><p class="eyebrow">${escapeHtml(eyebrow)}</p><h1 class="company">${escapeHtml(heading)}</h1>${summary ? `<p class="summary">${escapeHtml(summary)}</p>` : ''}</div></header>
<aside class="aside">${factsHtml(c, labels, ctx.taxonomy)}${highlightsHtml(c, labels)}</aside>
<div class="main">
${sections}
</div>
<div class="end-clear"></div>
${ctx.brand ? brandFootHtml(ctx.brand) : ''}
</article>`;
}

function factsHtml(c: Case, labels: Labels, taxonomy: Taxonomy | undefined): string {
  const rows: string[] = [];
  const sep = c.locale.toLowerCase().startsWith('zh') ? '、' : ', ';
  const text = (label: string, value: string | null) => {
    if (value && value.trim()) rows.push(`<div class="fact"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  };
  const chips = (label: string, values: readonly string[]) => {
    const v = values.filter((x) => x.trim());
    if (v.length)
      rows.push(
        `<div class="fact"><dt>${escapeHtml(label)}</dt><dd class="chips">${v.map((x) => `<span class="chip">${escapeHtml(x)}</span>`).join(' ')}</dd></div>`,
      );
  };
  const list = (label: string, values: readonly string[]) => {
    const v = values.filter((x) => x.trim());
    if (v.length) rows.push(`<div class="fact"><dt>${escapeHtml(label)}</dt><dd>${v.map(escapeHtml).join(sep)}</dd></div>`);
  };
  text(labels.industry, c.facts.industry);
  text(labels.location, c.facts.location);
  chips(labels.cloudType, c.facts.cloudType);
  list(labels.challenges, c.facts.challenges);
  chips(labels.features, c.facts.features);
  if (taxonomy && c.scenarios.length) {
    chips(
      labels.scenarios,
      c.scenarios.map((id) => termLabel(taxonomy, 'scenarios', id, c.locale)),
    );
  }
  text(labels.author, c.facts.author);
  for (const [k, v] of Object.entries(c.facts.extra)) text(k, v);
  text(labels.published, c.publishedAt);
  return rows.length ? `<div class="facts"><dl>${rows.join('')}</dl></div>` : '';
}

function highlightsHtml(c: Case, labels: Labels): string {
  if (!c.highlights.length) return '';
  const items = c.highlights.map((h) => `<li>${inlineToHtml(richInline(h))}</li>`).join('');
  return `<div class="callout"><p class="callout-title">${escapeHtml(labels.highlights)}</p><ul class="highlights">${items}</ul></div>`;
}
