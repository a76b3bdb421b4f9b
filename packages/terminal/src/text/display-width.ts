import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Columns of one UTF-16 unit in the ranges where that is certain — printable ASCII, Latin-1
 * letters and signs, dashes, quotes and ellipsis, four arrows, box drawing and blocks (1); CJK
 * ideographs, kana, Hangul syllables, CJK punctuation and full-width forms (2) — or -1 for
 * anything else. None of these joins a neighbour into one grapheme, and string-width gives each
 * the same width (a test compares every one of them); the point is to skip string-width's
 * emoji expression, whose first use costs a start-up more than all the rest of a frame.
 */
function simpleWidth(c: number): number {
  if (c < 0x7f) return c >= 0x20 ? 1 : -1;
  if (c < 0x100) return c >= 0xa0 && c !== 0xa9 && c !== 0xad && c !== 0xae ? 1 : -1;
  if (c >= 0x4e00 && c <= 0x9fff) return 2;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203b) || (c >= 0x2190 && c <= 0x2193) || (c >= 0x2500 && c <= 0x259f)) return 1;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xff01 && c <= 0xff60)) return 2;
  if ((c >= 0x3000 && c <= 0x3029) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a0 && c <= 0x30ff)) return 2;
  return -1;
}

/**
 * Columns a string occupies in a terminal: Chinese, Japanese, Korean and emoji take two.
 * Text made only of the characters {@link simpleWidth} knows is measured directly; anything
 * else goes to string-width (grapheme by grapheme, which is many times slower).
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

/**
 * string-width's own signature over {@link displayWidth}: the CLI's bundle gives it to Ink in
 * place of string-width, so that measuring a frame of Chinese text does not start string-width's
 * emoji machinery. Options other than the defaults go to string-width as they are.
 */
export function stringWidthCompatible(text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }): number {
  if (typeof text !== 'string') return 0;
  if (options && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes)) return stringWidth(text, options);
  // Ink measures styled lines: escape sequences take no columns (string-width removes them the same way).
  return displayWidth(text.includes('\u001b') || text.includes('\u009b') ? stripAnsi(text) : text);
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
