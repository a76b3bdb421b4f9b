import { richInline, type Block, type TableBlock } from '@cases/core/browser';

import { displayWidth, padToWidth } from './display-width.js';
import { inlineToSpans } from './inline-to-spans.js';
import { sanitizeText } from './sanitize-text.js';
import type { Span, SpanStyle, StyledLine } from './styled-line.js';
import { uiText } from './ui-text.js';
import { wrapSpans } from './wrap-text.js';

/** Options of {@link blocksToLines}. */
export interface BlockLayoutOptions {
  /** Columns available, indentation included. */
  width: number;
  /** Locale of the document, for the few words the layout adds ("图片"). */
  locale: string;
  /** Columns of indentation. @default 0 */
  indent?: number;
}

const MUTED: SpanStyle = { tone: 'muted' };
const BORDER: SpanStyle = { tone: 'border' };

function pad(n: number): Span[] {
  return n > 0 ? [{ text: ' '.repeat(n) }] : [];
}

function paragraph(spans: Span[], width: number, indent: number, marker: Span[] = []): StyledLine[] {
  const markerWidth = marker.reduce((n, s) => n + displayWidth(s.text), 0);
  return wrapSpans(spans, width, { first: [...pad(indent), ...marker], indent: indent + markerWidth });
}

function tableToLines(table: TableBlock, width: number, indent: number): StyledLine[] {
  const rows = [table.header, ...table.rows].filter((r) => r.length > 0);
  const cols = Math.max(0, ...rows.map((r) => r.length));
  if (cols === 0) return [];
  const cellSpans = rows.map((row, r) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = row[c];
      return cell ? inlineToSpans(richInline(cell), r === 0 && table.header.length > 0 ? { bold: true } : undefined) : [];
    }),
  );
  const natural = Array.from({ length: cols }, (_, c) => Math.max(1, ...cellSpans.map((row) => displayWidth(row[c]!.map((s) => s.text).join('')))));
  const available = Math.max(cols, width - indent - (cols * 3 + 1));
  const widths = natural.slice();
  if (natural.reduce((a, b) => a + b, 0) > available) {
    // Water-filling: narrow columns keep their width, wide ones share what is left.
    let left = available;
    let open = Array.from({ length: cols }, (_, c) => c).sort((a, b) => natural[a]! - natural[b]!);
    while (open.length > 0) {
      const share = Math.max(1, Math.floor(left / open.length));
      const c = open[0]!;
      if (natural[c]! <= share) {
        widths[c] = natural[c]!;
        left -= natural[c]!;
        open = open.slice(1);
      } else {
        open.forEach((k, idx) => (widths[k] = share + (idx < left - share * open.length ? 1 : 0)));
        break;
      }
    }
  }
  const rule = (l: string, m: string, r: string): StyledLine => [...pad(indent), { text: l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r, style: BORDER }];
  const out: StyledLine[] = [rule('┌', '┬', '┐')];
  cellSpans.forEach((row, r) => {
    const wrapped = row.map((spans, c) => wrapSpans(spans, widths[c]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) {
      const line: StyledLine = [...pad(indent), { text: '│', style: BORDER }];
      wrapped.forEach((cellLines, c) => {
        const content = cellLines[k] ?? [];
        const used = content.reduce((n, s) => n + displayWidth(s.text), 0);
        const gap = widths[c]! - used;
        const align = table.align[c];
        const before = align === 'right' ? gap : align === 'center' ? Math.floor(gap / 2) : 0;
        line.push({ text: ' '.repeat(1 + before) }, ...content, { text: ' '.repeat(1 + gap - before) }, { text: '│', style: BORDER });
      });
      out.push(line);
    }
    if (r === 0 && table.header.length > 0 && rows.length > 1) out.push(rule('├', '┼', '┤'));
  });
  out.push(rule('└', '┴', '┘'));
  return out;
}

/**
 * Lay out content blocks (paragraphs, headings, lists, quotes, highlights, tables, code,
 * images) as styled terminal lines of at most `width` columns, blocks separated by a blank
 * line. Images become their caption and address.
 */
export function blocksToLines(blocks: readonly Block[], options: BlockLayoutOptions): StyledLine[] {
  const { width, locale } = options;
  const indent = options.indent ?? 0;
  const out: StyledLine[] = [];
  const gap = () => {
    if (out.length > 0 && out[out.length - 1]!.some((s) => s.text.trim() !== '')) out.push([]);
  };
  for (const block of blocks) {
    gap();
    switch (block.type) {
      case 'paragraph':
        out.push(...paragraph(inlineToSpans(richInline(block)), width, indent));
        break;
      case 'heading':
        out.push(...paragraph(inlineToSpans(richInline(block), block.level <= 2 ? { bold: true, tone: 'heading' } : { bold: true }), width, indent));
        break;
      case 'image': {
        const alt = sanitizeText(block.alt, { keepNewlines: false }).trim();
        const label = `[${uiText(locale).image}] `;
        const src = sanitizeText(block.src, { keepNewlines: false });
        const labelSpan: Span = { text: label, style: MUTED };
        if (alt) out.push(...paragraph([{ text: alt, style: { italic: true } }], width, indent, [labelSpan]));
        if (src) {
          const first = alt ? pad(indent + displayWidth(label)) : [...pad(indent), labelSpan];
          out.push(...wrapSpans([{ text: src, style: { tone: 'link' } }], width, { first, indent: indent + displayWidth(label), preformatted: true }));
        } else if (!alt) out.push([...pad(indent), labelSpan]);
        // A linked image shows where it links to, as a link in text does (web and mail links only).
        const link = block.link ? sanitizeText(block.link, { keepNewlines: false }) : '';
        if (link && link !== src && /^(https?:|mailto:)/i.test(link)) {
          const at = indent + displayWidth(label);
          out.push(...wrapSpans([{ text: `→ ${link}`, style: { tone: 'link' } }], width, { first: pad(at), indent: at, preformatted: true }));
        }
        break;
      }
      case 'code':
        for (const line of wrapSpans([{ text: sanitizeText(block.value.replace(/\n$/, '')), style: { tone: 'code' } }], width, {
          first: pad(indent + 2),
          preformatted: true,
        }))
          out.push(line);
        break;
      case 'list':
        block.items.forEach((item, k) => {
          const marker = block.ordered ? `${(block.start ?? 1) + k}. ` : '• ';
          out.push(...paragraph(inlineToSpans(richInline(item)), width, indent, [{ text: marker, style: MUTED }]));
          if (item.blocks.length > 0) out.push(...blocksToLines(item.blocks, { width, locale, indent: indent + displayWidth(marker) }));
        });
        break;
      case 'highlights':
        for (const item of block.items)
          out.push(...paragraph(inlineToSpans(richInline(item)), width, indent, [{ text: '✓ ', style: { tone: 'success', bold: true } }]));
        break;
      case 'quote': {
        const bar: Span = { text: '│ ', style: { tone: 'quote' } };
        const inner =
          block.blocks.length > 0
            ? blocksToLines(block.blocks, { width: width - indent - 2, locale })
            : wrapSpans(inlineToSpans(richInline(block), { italic: true }), width - indent - 2);
        for (const line of inner) out.push([...pad(indent), bar, ...line]);
        if (block.author)
          out.push(
            [...pad(indent), bar],
            ...wrapSpans([{ text: `—— ${sanitizeText(block.author, { keepNewlines: false })}`, style: MUTED }], width, { first: [...pad(indent), bar] }),
          );
        break;
      }
      case 'table':
        out.push(...tableToLines(block, width, indent));
        break;
      case 'rule':
        out.push([...pad(indent), { text: '─'.repeat(Math.max(2, Math.min(40, width - indent))), style: BORDER }]);
        break;
    }
  }
  return out;
}

/** A heading line with a rule under it, for section titles. */
export function titleToLines(title: string, width: number, style: SpanStyle = { bold: true, tone: 'heading' }): StyledLine[] {
  const lines = wrapSpans([{ text: sanitizeText(title, { keepNewlines: false }), style }], width);
  const longest = Math.max(...lines.map((l) => l.reduce((n, s) => n + displayWidth(s.text), 0)));
  lines.push([{ text: '─'.repeat(Math.min(width, Math.max(2, longest))), style: BORDER }]);
  return lines;
}

/** Label/value rows with the values aligned after the widest label; long values wrap under themselves. */
export function factsToLines(rows: ReadonlyArray<readonly [string, string]>, width: number): StyledLine[] {
  const labelWidth = Math.max(0, ...rows.map(([label]) => displayWidth(label))) + 2;
  const out: StyledLine[] = [];
  for (const [label, value] of rows) {
    const clean = sanitizeText(value, { keepNewlines: false });
    if (labelWidth + 8 > width) {
      out.push([{ text: label, style: { bold: true } }]);
      out.push(...wrapSpans([{ text: clean }], width, { first: pad(2) }));
    } else {
      out.push(...wrapSpans([{ text: clean }], width, { first: [{ text: padToWidth(label, labelWidth), style: { bold: true } }] }));
    }
  }
  return out;
}
