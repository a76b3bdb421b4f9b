import { termLabel } from '@cases/core/browser';
import type { Case, Taxonomy } from '@cases/core/browser';

import { joinValues } from './case-to-lines.js';
import { displayWidth, padToWidth } from './display-width.js';
import { sanitizeText } from './sanitize-text.js';

/** Which columns a case list shows at a width, and how wide each is. */
export interface ListColumns {
  company: number;
  industry: number;
  cloudType: number;
  locale: number;
}

/** How wide the industry and cloud type values of a list are (the columns need no more). */
export interface ColumnNeeds {
  industry: number;
  cloudType: number;
}

/**
 * Column widths of a case list `width` columns wide (one space between columns). The
 * industry and cloud type columns take what their values need (`needs`), up to a share of
 * the width; the company gets the rest. Narrow widths drop the cloud type, then the locale;
 * a width of 0 means the column is hidden.
 */
export function listColumns(width: number, needs: ColumnNeeds = { industry: 16, cloudType: 22 }): ListColumns {
  const w = Math.max(10, width);
  // The company keeps at least 40% of the line; the two value columns share the rest by need.
  const share = (room: number, a: number, b: number): [number, number] => {
    if (a + b <= room) return [a, b];
    const first = Math.max(4, Math.min(a, Math.round((room * a) / (a + b))));
    return [first, Math.max(4, Math.min(b, room - first))];
  };
  if (w >= 50) {
    const [industry, cloudType] = share(w - 7 - Math.floor(w * 0.4), needs.industry, needs.cloudType);
    return { company: w - industry - cloudType - 4 - 3, industry, cloudType, locale: 4 };
  }
  if (w >= 40) {
    const [industry] = share(w - 6 - Math.floor(w * 0.45), needs.industry, 0);
    return { company: w - industry - 4 - 2, industry, cloudType: 0, locale: 4 };
  }
  const [industry] = share(w - 1 - Math.floor(w * 0.5), needs.industry, 0);
  return { company: w - industry - 1, industry, cloudType: 0, locale: 0 };
}

/** The widths the industry and cloud type values of these cases need (headings included). */
export function columnNeeds(cases: readonly Case[], taxonomy: Taxonomy | undefined, headings: Pick<CaseRowValues, 'industry' | 'cloudType'>): ColumnNeeds {
  let industry = displayWidth(headings.industry);
  let cloudType = displayWidth(headings.cloudType);
  for (const item of cases) {
    const values = caseRowValues(item, taxonomy);
    industry = Math.max(industry, displayWidth(values.industry));
    cloudType = Math.max(cloudType, displayWidth(values.cloudType));
  }
  return { industry, cloudType };
}

/** The values a case list shows for a case: company, industry, cloud type, locale. */
export interface CaseRowValues {
  company: string;
  industry: string;
  cloudType: string;
  locale: string;
}

/** The list values of a case, sanitised; industry and cloud types named in the case's language. */
export function caseRowValues(item: Case, taxonomy?: Taxonomy): CaseRowValues {
  const { locale } = item;
  const clean = (s: string) => sanitizeText(s, { keepNewlines: false });
  const industry = taxonomy && item.facets.industry[0] ? termLabel(taxonomy, 'industries', item.facets.industry[0], locale) : (item.facts.industry ?? '');
  const clouds =
    taxonomy && item.facets.cloudType.length ? item.facets.cloudType.map((id) => termLabel(taxonomy, 'cloudTypes', id, locale)) : item.facts.cloudType;
  return { company: clean(item.company.name), industry: clean(industry || '—'), cloudType: clean(joinValues(clouds, locale) || '—'), locale: clean(locale) };
}

/** Cells of one list row padded to the column widths, in display order (hidden columns omitted). */
export function rowCells(values: CaseRowValues, columns: ListColumns): string[] {
  const cells = [padToWidth(values.company, columns.company), padToWidth(values.industry, columns.industry)];
  if (columns.cloudType) cells.push(padToWidth(values.cloudType, columns.cloudType));
  if (columns.locale) cells.push(padToWidth(values.locale, columns.locale));
  return cells;
}

/** Options of {@link caseListToText}. */
export interface CaseListToTextOptions {
  /** Columns available. @default 80 */
  width?: number;
  /** The taxonomy, to name industries and cloud types. */
  taxonomy?: Taxonomy;
  /** Column headings. @default English */
  headings?: CaseRowValues;
}

/**
 * A plain, aligned table of cases (company, industry, cloud type, locale) for a pipe or a
 * narrow terminal.
 */
export function caseListToText(cases: readonly Case[], options: CaseListToTextOptions = {}): string {
  const headings = options.headings ?? { company: 'Company', industry: 'Industry', cloudType: 'Cloud type', locale: 'Lang' };
  const columns = listColumns(options.width ?? 80, columnNeeds(cases, options.taxonomy, headings));
  const lines = [rowCells(headings, columns).join(' ').trimEnd()];
  for (const item of cases) lines.push(rowCells(caseRowValues(item, options.taxonomy), columns).join(' ').trimEnd());
  return lines.join('\n') + '\n';
}
