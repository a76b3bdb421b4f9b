import { padToWidth, truncateToWidth } from '../text/display-width.js';
import type { StyledLine } from '../text/styled-line.js';
import { fitLine, styleLine } from './compose.js';
import type { FacetRow } from './facets.js';

/**
 * The facet panel as `height` lines of `width` columns: group headings, then `[x] value  n`
 * rows with counts right-aligned; the cursor row is inverse when the panel has focus.
 */
export function facetPanelLines(rows: readonly FacetRow[], cursor: number, top: number, height: number, width: number, focused: boolean): StyledLine[] {
  const out: StyledLine[] = [];
  for (let k = top; k < Math.min(rows.length, top + height); k++) {
    const row = rows[k]!;
    let line: StyledLine;
    if (row.kind === 'group') {
      line = [{ text: truncateToWidth(row.label, width), style: { bold: true, tone: 'heading' } }];
    } else {
      const box = row.selected ? '[x] ' : '[ ] ';
      const count = String(row.count);
      const labelWidth = Math.max(1, width - 4 - count.length - 1);
      const label = padToWidth(row.label, labelWidth);
      line = [
        { text: box, style: row.selected ? { bold: true, tone: 'accent' } : { tone: 'muted' } },
        { text: label, style: row.count === 0 && !row.selected ? { tone: 'muted' } : row.selected ? { bold: true } : {} },
        { text: ' ' },
        { text: count, style: { tone: 'muted' } },
      ];
    }
    line = fitLine(line, width);
    if (k === cursor) line = focused ? styleLine(line, { inverse: true }) : styleLine(line, { bold: true });
    out.push(line);
  }
  while (out.length < height) out.push(fitLine([], width));
  return out;
}
