import stringWidth from 'string-width';

/** Replace control characters and escape sequences so content cannot drive the terminal. */
export function sanitize(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b[\]P^_][\s\S]*?(?:\u0007|\u001b\\)/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\n\t]/g, ' ');
}

function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = stringWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * Render rows as a plain-text table whose columns line up with wide (CJK) characters.
 * Columns listed in `flex` shrink (with …) to fit `maxWidth`.
 */
export function formatTable(header: string[], rows: string[][], { maxWidth = 120, flex = [] as number[] } = {}): string {
  const clean = rows.map((r) => r.map((c) => sanitize(c)));
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...clean.map((r) => stringWidth(r[i] ?? ''))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (const i of [...flex].reverse()) {
    const over = total() - maxWidth;
    if (over > 0) widths[i] = Math.max(stringWidth(header[i]!), 8, widths[i]! - over);
  }
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? truncate(c, widths[i]!) : pad(truncate(c, widths[i]!), widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...clean.map(line)].join('\n');
}
