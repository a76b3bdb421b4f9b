import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Columns of one UTF-16 unit in the common ranges where that is certain — printable ASCII (1);
 * CJK ideographs, CJK punctuation and full-width forms (2) — or -1 for anything else.
 */
function simpleWidth(c: number): number {
  if (c >= 0x20 && c <= 0x7e) return 1;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xff01 && c <= 0xff5e)) return 2;
  if ((c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011)) return 2;
  return -1;
}

/**
 * Columns a string occupies in a terminal: Chinese, Japanese, Korean and emoji take two.
 * Text made only of ASCII and common CJK characters is measured directly; anything else goes
 * to string-width (grapheme by grapheme, which is many times slower).
 * @example displayWidth('多集群') // 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w < 0) return stringWidth(text);
    width += w;
  }
  return width;
}

/** Split a string into grapheme clusters (what a reader sees as one character). */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/**
 * Cut a string to at most `width` columns, ending with `…` when cut; never splits a wide
 * character in half.
 * @example truncateToWidth('多集群部署', 7) // '多集群…'
 */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = displayWidth(g);
    if (used + w > room) break;
    out += g;
    used += w;
  }
  return out + ellipsis;
}

/**
 * Pad (or truncate) a string to exactly `width` columns.
 * @example padToWidth('行业', 6) // '行业  '
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' | 'center' = 'left'): string {
  const cut = truncateToWidth(text, width);
  const gap = Math.max(0, width - displayWidth(cut));
  if (align === 'right') return ' '.repeat(gap) + cut;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + cut + ' '.repeat(gap - Math.floor(gap / 2));
  return cut + ' '.repeat(gap);
}
