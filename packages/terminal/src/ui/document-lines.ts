import type { StyledLine } from '../text/styled-line.js';
import { fitLine, scrollbar } from './compose.js';

/**
 * A window of a laid-out document: `height` lines from `scroll`, each `width` columns with
 * a one-column margin on the left and a scrollbar on the right.
 */
export function documentLines(lines: readonly StyledLine[], scroll: number, width: number, height: number): StyledLine[] {
  const bar = scrollbar(lines.length, scroll, height, height);
  const out: StyledLine[] = [];
  for (let k = 0; k < height; k++) out.push([{ text: ' ' }, ...fitLine(lines[scroll + k] ?? [], width - 3), { text: ' ' }, bar[k]!]);
  return out;
}

/** The largest useful scroll offset of a document in a window of `height` lines. */
export function maxScroll(total: number, height: number): number {
  return Math.max(0, total - height);
}
