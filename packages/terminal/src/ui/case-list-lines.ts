import type { Case, Taxonomy } from '@cases/core/browser';

import { caseRowValues, columnNeeds, listColumns, rowCells, type ColumnNeeds } from '../text/case-row.js';
import { padToWidth } from '../text/display-width.js';
import { highlightLines } from '../text/highlight-lines.js';
import { sanitizeText } from '../text/sanitize-text.js';
import type { StyledLine } from '../text/styled-line.js';
import type { UiText } from '../text/ui-text.js';
import { fitLine, scrollbar, styleLine } from './compose.js';
import { caseKey } from './types.js';

/** What the list shows of a search hit. */
export interface ListHit {
  snippet: string;
  terms: readonly string[];
}

/** Inputs of {@link caseListLines}. */
export interface CaseListLinesInput {
  cases: readonly Case[];
  taxonomy: Taxonomy;
  cursor: number;
  top: number;
  width: number;
  height: number;
  focused: boolean;
  ui: UiText;
  /** Search hits by case id: the list then shows the snippet with the matches marked. */
  hits?: ReadonlyMap<string, ListHit>;
}

const needsCache = new WeakMap<readonly Case[], ColumnNeeds>();

// Measured once per list (a filter or search makes a new list), not per frame.
function needsOf(cases: readonly Case[], taxonomy: Taxonomy, ui: UiText): ColumnNeeds {
  let needs = needsCache.get(cases);
  if (!needs) {
    needs = columnNeeds(cases.length > 2000 ? cases.slice(0, 2000) : cases, taxonomy, ui.column);
    needsCache.set(cases, needs);
  }
  return needs;
}

/**
 * The windowed case list: a heading row, then only the visible rows (so 10,000 cases cost
 * as much as 30), the selected row marked `›` and inverse, a scrollbar on the right.
 */
export function caseListLines(input: CaseListLinesInput): StyledLine[] {
  const { cases, taxonomy, cursor, top, width, height, focused, ui, hits } = input;
  const inner = width - 3; // marker + space … scrollbar
  const rowsHeight = height - 1;
  const out: StyledLine[] = [];
  const searching = hits !== undefined && inner >= 50;
  const columns = listColumns(inner, needsOf(cases, taxonomy, ui));
  const companyWidth = searching ? Math.min(columns.company, Math.floor(inner * 0.35)) : columns.company;
  const heading = searching
    ? [padToWidth(ui.column.company, companyWidth), ui.column.match].join(' ')
    : rowCells({ company: ui.column.company, industry: ui.column.industry, cloudType: ui.column.cloudType, locale: ui.column.locale }, columns).join(' ');
  out.push(fitLine([{ text: '  ' + heading, style: { bold: true, tone: 'muted' } }], width));
  if (cases.length === 0) {
    out.push(fitLine([{ text: '  ' + ui.noResults, style: { tone: 'muted' } }], width));
  }
  const bar = scrollbar(cases.length, top, rowsHeight, rowsHeight);
  for (let k = 0; k < rowsHeight && out.length < height; k++) {
    const index = top + k;
    const item = cases[index];
    if (!item) {
      if (out.length < height) out.push(fitLine([{ text: ' ' }, ...fitLine([], inner + 1), bar[k]!], width));
      continue;
    }
    const values = caseRowValues(item, taxonomy);
    const hit = hits?.get(caseKey(item));
    let cells: StyledLine;
    if (searching) {
      const snippet = sanitizeText(hit?.snippet ?? '', { keepNewlines: false })
        .replace(/\s+/g, ' ')
        .trim();
      cells = [{ text: padToWidth(values.company, companyWidth), style: { bold: true } }, { text: ' ' }, { text: snippet, style: { tone: 'muted' } }];
    } else {
      const [company, ...rest] = rowCells(values, columns);
      cells = [{ text: company!, style: { bold: true } }, ...rest.map((text) => ({ text: ' ' + text }))];
    }
    cells = fitLine(cells, inner);
    if (hit) cells = highlightLines([cells], hit.terms)[0]!;
    const selected = index === cursor;
    let line: StyledLine = [{ text: selected ? '›' : ' ', style: { bold: true, tone: 'accent' } }, { text: ' ' }, ...cells];
    if (selected) line = focused ? styleLine(line, { inverse: true }) : styleLine(line, { underline: true });
    out.push([...line, bar[k]!]);
  }
  while (out.length < height) out.push(fitLine([], width));
  return out.slice(0, height);
}
