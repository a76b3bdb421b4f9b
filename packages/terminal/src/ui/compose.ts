import { displayWidth, truncateToWidth } from '../text/display-width.js';
import type { Span, SpanStyle, StyledLine } from '../text/styled-line.js';

/** Cut or pad a styled line to exactly `width` columns (a cut wide character becomes a space). */
export function fitLine(line: StyledLine, width: number): StyledLine {
  const out: StyledLine = [];
  let used = 0;
  for (const span of line) {
    if (used >= width) break;
    const w = displayWidth(span.text);
    if (used + w <= width) {
      out.push(span);
      used += w;
      continue;
    }
    const text = truncateToWidth(span.text, width - used, '');
    if (text) out.push({ ...span, text });
    used += displayWidth(text);
    break;
  }
  if (used < width) out.push({ text: ' '.repeat(width - used) });
  return out;
}

/** Apply a style to every span of a line (the line's own styles win). */
export function styleLine(line: StyledLine, style: SpanStyle): StyledLine {
  return line.map((s) => ({ ...s, style: { ...style, ...s.style, ...(style.inverse ? { inverse: true } : {}) } }));
}

/** Put lines side by side: `left` fitted to `leftWidth`, a separator, then `right` fitted to the rest. */
export function joinColumns(left: readonly StyledLine[], leftWidth: number, right: readonly StyledLine[], width: number, separator: Span): StyledLine[] {
  const rows = Math.max(left.length, right.length);
  const rightWidth = width - leftWidth - displayWidth(separator.text);
  const out: StyledLine[] = [];
  for (let k = 0; k < rows; k++) {
    out.push([...fitLine(left[k] ?? [], leftWidth), separator, ...fitLine(right[k] ?? [], rightWidth)]);
  }
  return out;
}

/**
 * A scrollbar of `height` cells for a window starting at `top` showing `visible` of `total`
 * lines: thumb cells are `┃`, the track `│`; empty when everything fits.
 */
export function scrollbar(total: number, top: number, visible: number, height: number): Span[] {
  if (total <= visible || height <= 0) return Array.from({ length: height }, () => ({ text: ' ' }));
  const size = Math.max(1, Math.round((visible / total) * height));
  const maxTop = Math.max(1, total - visible);
  const start = Math.round((Math.min(top, maxTop) / maxTop) * (height - size));
  return Array.from({ length: height }, (_, k) =>
    k >= start && k < start + size ? { text: '┃', style: { bold: true } } : { text: '│', style: { tone: 'border' } },
  );
}

/** Keep a cursor visible: the new top of a window of `visible` rows. */
export function followCursor(cursor: number, top: number, visible: number, total: number): number {
  let next = top;
  if (cursor < next) next = cursor;
  if (cursor >= next + visible) next = cursor - visible + 1;
  return Math.max(0, Math.min(next, Math.max(0, total - visible)));
}
