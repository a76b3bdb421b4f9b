import { displayWidth, padToWidth, sanitizeText, truncateToWidth } from '@cases/terminal/text';

/**
 * Render rows as a plain-text table whose columns line up with wide (CJK) characters.
 * Content is sanitised (no control characters or escape sequences reach the terminal);
 * columns listed in `flex` shrink (with …) to fit `maxWidth`.
 */
export function formatTable(header: string[], rows: string[][], { maxWidth = 120, flex = [] as number[] } = {}): string {
  const clean = rows.map((r) => r.map((c) => sanitizeText(c, { keepNewlines: false })));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...clean.map((r) => displayWidth(r[i] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (const i of [...flex].reverse()) {
    const over = total() - maxWidth;
    if (over > 0) widths[i] = Math.max(displayWidth(header[i]!), 8, widths[i]! - over);
  }
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? truncateToWidth(c, widths[i]!) : padToWidth(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...clean.map(line)].join('\n');
}
