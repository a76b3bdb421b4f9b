import { graphemes, displayWidth } from './display-width.js';
import type { Span, SpanStyle, StyledLine } from './styled-line.js';

// Never at the start of a line (kinsoku shori): closing brackets, full stops, commas, small kana.
const NO_START = new Set(
  Array.from('。，、；：？！）」』》〉】〕〗〙〛｝］．・…‥ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ’”％‰℃' + ',.;:!?)]}%'),
);
// Never at the end of a line: opening brackets and quotes.
const NO_END = new Set(Array.from('（「『《〈【〔〖〘〚｛［‘“([{'));

function isSpace(g: string): boolean {
  return g === ' ' || g === '\u3000';
}

function isWide(g: string, width: number): boolean {
  if (width === 2) return true;
  const code = g.codePointAt(0)!;
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

interface Cell {
  g: string;
  w: number;
  style: SpanStyle | undefined;
  breakBefore: boolean;
}

function toCells(spans: readonly Span[]): Cell[] {
  const cells: Cell[] = [];
  for (const span of spans) {
    for (const g of graphemes(span.text)) cells.push({ g, w: g === '\n' ? 0 : displayWidth(g), style: span.style, breakBefore: false });
  }
  let nextSolid = '';
  const solidAfter: string[] = new Array(cells.length);
  for (let i = cells.length - 1; i >= 0; i--) {
    solidAfter[i] = nextSolid;
    if (!isSpace(cells[i]!.g)) nextSolid = cells[i]!.g;
  }
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    // A space is a break unless closing punctuation follows it ("云原生 ，" keeps the comma up).
    if (isSpace(b.g)) b.breakBefore = !NO_START.has(solidAfter[i]!);
    else if (NO_START.has(b.g) || NO_END.has(a.g)) b.breakBefore = false;
    else if (isSpace(a.g) || a.g === '/' || a.g === '-' || a.g === '\u2014') b.breakBefore = true;
    else b.breakBefore = isWide(a.g, a.w) || isWide(b.g, b.w);
  }
  return cells;
}

function cellsToLine(cells: readonly Cell[]): StyledLine {
  const line: StyledLine = [];
  for (const cell of cells) {
    const last = line[line.length - 1];
    if (last && last.style === cell.style) last.text += cell.g;
    else line.push(cell.style ? { text: cell.g, style: cell.style } : { text: cell.g });
  }
  return line;
}

/** Options of {@link wrapSpans}. */
export interface WrapOptions {
  /** Spans put before the first line (a bullet, a label); their width sets the hanging indent unless `indent` is given. */
  first?: Span[];
  /** Columns of indentation of every line after the first. @default width of `first` */
  indent?: number;
  /** Preformatted text: keep spaces, break only at `\n` or when a line is full. @default false */
  preformatted?: boolean;
}

/**
 * Lay out styled text in lines of at most `width` columns. Breaks at spaces and between
 * Chinese/Japanese characters; never puts closing punctuation (。，、）」…) at the start of a
 * line nor opening punctuation at the end; hard-breaks words longer than a line. `\n` forces
 * a break. Text must already be sanitised.
 */
export function wrapSpans(spans: readonly Span[], width: number, options: WrapOptions = {}): StyledLine[] {
  const first = options.first ?? [];
  const firstWidth = first.reduce((n, s) => n + displayWidth(s.text), 0);
  const indent = options.indent ?? firstWidth;
  const cells = toCells(spans);
  const lines: StyledLine[] = [];
  const room = (n: number) => Math.max(1, width - (n === 0 ? firstWidth : indent));
  let i = 0;
  const n = cells.length;
  for (;;) {
    if (!options.preformatted) while (i < n && isSpace(cells[i]!.g)) i++;
    const max = room(lines.length);
    let used = 0;
    let j = i;
    let opportunity = -1;
    let overflow = false;
    while (j < n && cells[j]!.g !== '\n') {
      const cell = cells[j]!;
      if (j > i && cell.breakBefore) opportunity = j;
      if (used + cell.w > max) {
        overflow = true;
        break;
      }
      used += cell.w;
      j++;
    }
    let end = j;
    let next = j + 1; // past the \n, or past the end
    if (overflow) {
      if (!options.preformatted && opportunity > i) end = opportunity;
      else if (!options.preformatted) {
        // No break opportunity: cut the line, but not just before closing punctuation.
        while (end - i > 1 && NO_START.has(cells[end]!.g)) end--;
      }
      if (end === i) end = i + 1; // a character wider than the line: emit it alone
      next = end;
    }
    let lineCells = cells.slice(i, end);
    if (!options.preformatted) {
      let k = lineCells.length;
      while (k > 0 && isSpace(lineCells[k - 1]!.g)) k--;
      lineCells = lineCells.slice(0, k);
    }
    const prefix: Span[] = lines.length === 0 ? first.map((s) => ({ ...s })) : indent > 0 ? [{ text: ' '.repeat(indent) }] : [];
    lines.push([...prefix, ...cellsToLine(lineCells)]);
    i = next;
    if (i >= n) break;
  }
  return lines;
}

/**
 * Wrap plain text to lines of at most `width` columns, with the same rules as
 * {@link wrapSpans}.
 * @example wrapText('多集群部署，高可用。', 8) // ['多集群部', '署，高可', '用。']
 */
export function wrapText(text: string, width: number): string[] {
  return wrapSpans([{ text }], width).map((line) => line.map((s) => s.text).join(''));
}
