import { labelsFor, termLabel } from '@cases/core/browser';
import type { Case, Taxonomy } from '@cases/core/browser';

import { blocksToLines, factsToLines, titleToLines } from './blocks-to-lines.js';
import { highlightLines } from './highlight-lines.js';
import { sanitizeText } from './sanitize-text.js';
import type { StyledLine } from './styled-line.js';
import { wrapSpans } from './wrap-text.js';

/** Options of {@link caseToLines} and {@link caseToText}. */
export interface CaseLayoutOptions {
  /** Columns available. @default 80 */
  width?: number;
  /** The taxonomy, to name the scenarios a case proves; without it their ids are shown. */
  taxonomy?: Taxonomy;
  /** Words to mark as search matches. */
  highlight?: readonly string[];
}

/** Join list facts the way the case's language writes them. */
export function joinValues(values: readonly string[], locale: string): string {
  return values.join(locale.startsWith('zh') ? '、' : ', ');
}

/**
 * Lay out a case as styled terminal lines: company and summary, the facts aligned, then the
 * sections in document order (highlights, quote, sub-headings, lists, tables, images as
 * caption and address). Pure: the same case and width always give the same lines.
 */
export function caseToLines(item: Case, options: CaseLayoutOptions = {}): StyledLine[] {
  const width = Math.max(10, options.width ?? 80);
  const { locale } = item;
  const labels = labelsFor(locale);
  const out: StyledLine[] = [];
  out.push(...wrapSpans([{ text: sanitizeText(item.company.name, { keepNewlines: false }), style: { bold: true, tone: 'accent' } }], width));
  const summary = item.company.summary || item.description || '';
  if (summary) out.push(...wrapSpans([{ text: sanitizeText(summary, { keepNewlines: false }), style: { tone: 'muted' } }], width));
  const { facts } = item;
  const rows: Array<[string, string]> = [];
  if (facts.industry) rows.push([labels.industry, facts.industry]);
  if (facts.location) rows.push([labels.location, facts.location]);
  if (facts.cloudType.length) rows.push([labels.cloudType, joinValues(facts.cloudType, locale)]);
  if (facts.challenges.length) rows.push([labels.challenges, joinValues(facts.challenges, locale)]);
  if (facts.features.length) rows.push([labels.features, joinValues(facts.features, locale)]);
  for (const [label, value] of Object.entries(facts.extra)) rows.push([label, value]);
  if (facts.author) rows.push([labels.author, facts.author]);
  if (item.scenarios.length) {
    const names = item.scenarios.map((id) => (options.taxonomy ? termLabel(options.taxonomy, 'scenarios', id, locale) : id));
    rows.push([labels.scenarios, joinValues(names, locale)]);
  }
  if (item.publishedAt) rows.push([labels.published, item.publishedAt]);
  if (rows.length) {
    out.push([]);
    out.push(...factsToLines(rows, width));
  }
  const blocksInSections = item.sections.flatMap((s) => s.blocks);
  if (item.highlights.length && !blocksInSections.some((b) => b.type === 'highlights')) {
    out.push([], ...titleToLines(labels.highlights, width), []);
    out.push(...blocksToLines([{ type: 'highlights', items: item.highlights }], { width, locale }));
  }
  if (item.quotes.length && !blocksInSections.some((b) => b.type === 'quote' && b.author !== null)) {
    out.push([]);
    out.push(
      ...blocksToLines(
        item.quotes.map((q) => ({ type: 'quote' as const, text: q.text, inline: q.inline, author: q.author, blocks: [] })),
        { width, locale },
      ),
    );
  }
  for (const section of item.sections) {
    out.push([]);
    if (section.title) out.push(...titleToLines(section.title, width), []);
    out.push(...blocksToLines(section.blocks, { width, locale }));
  }
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return options.highlight?.length ? highlightLines(out, options.highlight) : out;
}
