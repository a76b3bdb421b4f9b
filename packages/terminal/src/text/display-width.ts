import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Columns a string occupies in a terminal: Chinese, Japanese, Korean and emoji take two.
 * @example displayWidth('多集群') // 6
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
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
  if (stringWidth(text) <= width) return text;
  const room = width - stringWidth(ellipsis);
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = stringWidth(g);
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
  const gap = Math.max(0, width - stringWidth(cut));
  if (align === 'right') return ' '.repeat(gap) + cut;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + cut + ' '.repeat(gap - Math.floor(gap / 2));
  return cut + ' '.repeat(gap);
}
