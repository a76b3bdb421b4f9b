import { Lexer, type Token, type Tokens } from 'marked';
import { inlineToText } from '../model/inline-to-text.js';
import { parseInline } from './parse-inline.js';
import type { Block, Inline, ListItem, Position, RichText } from '../model/model.js';

const lexerOptions = { gfm: true, breaks: false } as const;

/**
 * Convert Markdown to blocks: headings, paragraphs, images, lists (nested, with code), blockquotes,
 * GFM tables and fenced code. `firstLine` is the file line of the Markdown's first line.
 * Raw HTML is not passed through: `<img>` becomes an image, other tags keep only their text.
 */
export function markdownToBlocks(markdown: string, firstLine = 1, column = 1): Block[] {
  // Hugo shortcodes ({{< notice note >}} … {{</ notice >}}) are site templating, not content:
  // drop the tags (keeping line numbers) and keep what they wrap.
  const source = markdown.includes('{{') ? markdown.replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, (m) => m.replace(/[^\n]/g, '')) : markdown;
  const tokens = new Lexer(lexerOptions).lex(source);
  const out: Block[] = [];
  let line = firstLine;
  for (const token of tokens) {
    convert(token, [line, column], out);
    line += countLines(token.raw);
  }
  return out;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Inline Markdown as rich text: the structured inline form and its plain text (trimmed). */
export function richText(source: string): RichText {
  const inline = parseInline(source);
  const only = inline.length === 1 ? inline[0] : undefined;
  if (inline.length === 0 || only?.type === 'text') {
    // Plain text is kept once: `text` alone (`richInline` makes its inline form when asked).
    const text = (only?.type === 'text' ? only.value : '').trim();
    return { text, inline: undefined };
  }
  return { text: inlineToText(inline).trim(), inline };
}

const IMAGE_ONLY = /^(?:\s*!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)\s*)+$/;
const IMAGE_EACH = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;
/** `[![alt](image)](link)`: an image that links somewhere (the image is the content). */
const LINKED_IMAGE = /^\[!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)\]\([^)]*\)$/;

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

function convert(token: Token, position: Position, out: Block[]): void {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      const r = richText(t.text);
      out.push({ type: 'heading', level: t.depth, text: r.text, inline: r.inline, position });
      return;
    }
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph;
      const src = t.text;
      const linked = LINKED_IMAGE.exec(src.trim());
      if (linked) {
        out.push({ type: 'image', src: linked[2]!, alt: linked[1]!.trim(), position });
        return;
      }
      if (IMAGE_ONLY.test(src)) {
        for (const m of src.matchAll(IMAGE_EACH)) out.push({ type: 'image', src: m[2]!, alt: m[1]!.trim(), position });
        return;
      }
      if (/^\s*<img\b[^>]*>\s*$/i.test(src)) {
        convertHtml(src, position, out);
        return;
      }
      const r = richText(src);
      if (r.text || r.inline?.length) out.push({ type: 'paragraph', text: r.text, inline: r.inline, position });
      return;
    }
    case 'list': {
      const t = token as Tokens.List;
      const items: ListItem[] = t.items.map((item) => listItem(item, position));
      out.push({ type: 'list', ordered: t.ordered, start: t.ordered ? (typeof t.start === 'number' ? t.start : 1) : null, items, position });
      return;
    }
    case 'blockquote': {
      const t = token as Tokens.Blockquote;
      const blocks: Block[] = [];
      for (const child of t.tokens) convert(child, position, blocks);
      const first = blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0] : null;
      const inline = first && first.type === 'paragraph' ? first.inline : undefined;
      out.push({ type: 'quote', text: blocksToText(blocks), inline, author: null, blocks: first ? [] : blocks, position });
      return;
    }
    case 'code': {
      const t = token as Tokens.Code;
      out.push({ type: 'code', lang: t.lang?.trim().split(/\s+/)[0] || null, value: t.text, position });
      return;
    }
    case 'table': {
      const t = token as Tokens.Table;
      out.push({
        type: 'table',
        align: t.align.map((a) => a ?? null),
        header: t.header.map((c) => richText(c.text)),
        rows: t.rows.map((r) => r.map((c) => richText(c.text))),
        position,
      });
      return;
    }
    case 'html': {
      convertHtml((token as Tokens.HTML).text, position, out);
      return;
    }
    default:
      return;
  }
}

function convertHtml(html: string, position: Position, out: Block[]): void {
  let found = false;
  for (const m of html.matchAll(HTML_IMG)) {
    const src = attr(m[0], 'src');
    if (src) {
      out.push({ type: 'image', src, alt: attr(m[0], 'alt'), position });
      found = true;
    }
  }
  const text = stripTags(html);
  if (text && !found) out.push({ type: 'paragraph', text, inline: [{ type: 'text', value: text }], position });
}

function listItem(item: Tokens.ListItem, position: Position): ListItem {
  const [head, ...rest] = item.tokens;
  let text = '';
  let inline: Inline[] | undefined;
  const blocks: Block[] = [];
  if (head && (head.type === 'text' || head.type === 'paragraph')) {
    const r = richText((head as Tokens.Text).text);
    text = r.text;
    inline = r.inline;
  } else if (head) {
    convert(head, position, blocks);
  }
  for (const t of rest) convert(t, position, blocks);
  if (item.task) {
    const mark = item.checked ? '☑ ' : '☐ ';
    text = mark + text;
    if (inline) inline = [{ type: 'text', value: mark }, ...inline];
  }
  return { text, inline, blocks };
}

/** The text of the first paragraph among blocks, or '' (a summary). */
export function firstParagraph(blocks: readonly Block[]): string {
  const p = blocks.find((b) => b.type === 'paragraph');
  return p && p.type === 'paragraph' ? p.text : '';
}

/** Flatten blocks to plain text, one block per line. */
export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        lines.push(b.text);
        break;
      case 'quote':
        lines.push(b.blocks.length ? blocksToText(b.blocks) : b.text);
        break;
      case 'list':
        for (const item of b.items) lines.push([item.text, blocksToText(item.blocks)].filter(Boolean).join('\n'));
        break;
      case 'highlights':
        for (const item of b.items) lines.push(item.text);
        break;
      case 'table':
        for (const row of [b.header, ...b.rows]) lines.push(row.map((c) => c.text).join(' | '));
        break;
      case 'code':
        lines.push(b.value);
        break;
      case 'image':
        if (b.alt) lines.push(b.alt);
        break;
    }
  }
  return lines.filter(Boolean).join('\n');
}
