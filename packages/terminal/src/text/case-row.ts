import { termLabel } from '@cases/core/browser';
import type { Case, Taxonomy } from '@cases/core/browser';

import { joinValues } from './case-to-lines.js';
import { padToWidth } from './display-width.js';
import { sanitizeText } from './sanitize-text.js';

/** Which columns a case list shows at a width, and how wide each is. */
export interface ListColumns {
  company: number;
  industry: number;
  cloudType: number;
  locale: number;
}

/**
 * Column widths of a case list `width` columns wide (one space between columns). Narrow
 * widths drop the cloud type, then the locale; a width of 0 means the column is hidden.
 */
export function listColumns(width: number): ListColumns {
  const w = Math.max(10, width);
  if (w >= 60) {
    const industry = Math.min(16, Math.floor(w * 0.2));
    const cloudType = Math.min(22, Math.floor(w * 0.25));
    return { company: w - industry - cloudType - 4 - 3, industry, cloudType, locale: 4 };
  }
  if (w >= 44) {
    const industry = Math.floor(w * 0.28);
    return { company: w - industry - 4 - 2, industry, cloudType: 0, locale: 4 };
  }
  const industry = Math.floor(w * 0.34);
  return { company: w - industry - 1, industry, cloudType: 0, locale: 0 };
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
  const clouds = taxonomy && item.facets.cloudType.length ? item.facets.cloudType.map((id) => termLabel(taxonomy, 'cloudTypes', id, locale)) : item.facts.cloudType;
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
  const columns = listColumns(options.width ?? 80);
  const headings = options.headings ?? { company: 'Company', industry: 'Industry', cloudType: 'Cloud type', locale: 'Lang' };
  const lines = [rowCells(headings, columns).join(' ').trimEnd()];
  for (const item of cases) lines.push(rowCells(caseRowValues(item, options.taxonomy), columns).join(' ').trimEnd());
  return lines.join('\n') + '\n';
}
