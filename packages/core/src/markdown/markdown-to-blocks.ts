import type { Token } from 'markdown-it';
import { inlineToText } from '../model/inline-to-text.js';
import type { Block, Inline, ListBlock, ListItem, Position, RichText, TableBlock } from '../model/model.js';
import { readHtml, tagAttribute, tagName } from './html-text.js';
import {
  createMarkdownEnv,
  isSafeUrl,
  markdownIt,
  parseBlockTokens,
  parseInlineTokens,
  reportTooDeep,
  tokensToText,
  type MarkdownDiagnostics,
  type MarkdownEnv,
} from './markdown-parser.js';
import { contentToInline, INLINE_CHUNK, parseInline, tokensToInline } from './parse-inline.js';

/**
 * Convert Markdown to blocks with markdown-it: headings, paragraphs, images (a paragraph of
 * images only, linked images included), lists (nested, with their start number), block quotes,
 * GFM tables, fenced and indented code, thematic breaks (`rule`). `firstLine` is the file line
 * of the Markdown's first line and `column` the column every block is reported at.
 * Raw HTML is never passed through: `<img>` becomes an image, other tags keep only their text
 * (see {@link parseInline} for inline tags). Hugo shortcodes (`{{< … >}}`, `{{% … %}}`) are
 * dropped, their content kept. Time and memory are linear in the input and nothing recurses in
 * proportion to it: quotes and lists nested deeper than {@link MAX_MARKDOWN_DEPTH} are kept as
 * paragraph text, with one `too-deep` warning on `diagnostics`.
 * @example markdownToBlocks('## 背景\n\n**多集群**管理', 12) // [{ type: 'heading', level: 2, …, position: [12, 1] }, …]
 */
export function markdownToBlocks(markdown: string, firstLine = 1, column = 1, diagnostics?: MarkdownDiagnostics): Block[] {
  const source = markdown.includes('{{') ? dropShortcodes(markdown) : markdown;
  const env = createMarkdownEnv();
  const builder = new BlockBuilder(firstLine, column, env);
  builder.add(parseBlockTokens(source, env));
  if (env.tooDeep) {
    const [line, col] = env.tooDeep;
    reportTooDeep(diagnostics, [firstLine + line, line === 0 ? column + col - 1 : col]);
  } else if (builder.inlineTooDeep) reportTooDeep(diagnostics, builder.inlineTooDeep);
  return builder.root;
}

/**
 * Inline Markdown as rich text: its plain text (trimmed) and, only when it has formatting, its
 * structured inline form.
 */
export function richText(source: string, diagnostics?: MarkdownDiagnostics, at?: Position): RichText {
  return toRichText(parseInline(source, diagnostics, at));
}

function toRichText(inline: Inline[]): RichText {
  const only = inline.length === 1 ? inline[0] : undefined;
  if (inline.length === 0 || only?.type === 'text') {
    // Plain text is kept once: `text` alone (`richInline` makes its inline form when asked).
    const text = (only?.type === 'text' ? only.value : '').trim();
    return { text, inline: undefined };
  }
  return { text: inlineToText(inline).trim(), inline };
}

/**
 * Hugo shortcodes ({{< notice note >}} … {{</ notice >}}) are site templating, not content: drop
 * the tags, keeping their line breaks (so positions stay right) and what they wrap. One pass:
 * the next closing `>}}`/`%}}` is searched for once, however many openers come before it.
 */
function dropShortcodes(source: string): string {
  let out = '';
  let copied = 0;
  let closeAngle = -2;
  let closePercent = -2;
  let open = source.indexOf('{{', 0);
  while (open !== -1) {
    const kind = source[open + 2];
    if (kind !== '<' && kind !== '%') {
      open = source.indexOf('{{', open + 1);
      continue;
    }
    if (closeAngle !== -1 && closeAngle < open + 3) closeAngle = source.indexOf('>}}', open + 3);
    if (closePercent !== -1 && closePercent < open + 3) closePercent = source.indexOf('%}}', open + 3);
    const close = closeAngle === -1 ? closePercent : closePercent === -1 ? closeAngle : Math.min(closeAngle, closePercent);
    if (close === -1) break;
    out += source.slice(copied, open);
    for (let i = source.indexOf('\n', open); i !== -1 && i < close; i = source.indexOf('\n', i + 1)) out += '\n';
    copied = close + 3;
    open = source.indexOf('{{', copied);
  }
  return copied ? out + source.slice(copied) : source;
}

/** An open block container while tokens stream in. */
type Frame =
  | { kind: 'root'; blocks: Block[] }
  | { kind: 'quote'; blocks: Block[]; position: Position }
  | { kind: 'list'; list: ListBlock }
  | { kind: 'item'; item: ListItem; started: boolean }
  | { kind: 'table'; table: TableBlock; head: boolean; row: RichText[] };

/** What the next `inline` token belongs to. */
type Leaf = { kind: 'paragraph'; position: Position; itemText: boolean } | { kind: 'heading'; position: Position; level: number } | { kind: 'cell' };

const TASK = /^\[([ xX])\][ \t]+/;

/** Builds blocks from markdown-it's flat token stream with an explicit stack of open containers. */
class BlockBuilder {
  readonly root: Block[] = [];
  private readonly stack: Frame[] = [{ kind: 'root', blocks: this.root }];
  private leaf: Leaf | null = null;
  /** Where inline formatting first went past the depth limit, if it did. */
  inlineTooDeep: Position | null = null;

  constructor(
    private readonly firstLine: number,
    private readonly column: number,
    private readonly env: MarkdownEnv,
  ) {}

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  private position(token: Token): Position {
    const frame = this.top;
    const fallback = frame.kind === 'quote' ? frame.position : frame.kind === 'list' ? frame.list.position : undefined;
    return token.map ? [this.firstLine + token.map[0], this.column] : (fallback ?? [this.firstLine, this.column]);
  }

  /** A block starts: in a list item, the first one decides whether it is the item's own text. */
  private starting(): boolean {
    const frame = this.top;
    if (frame.kind !== 'item' || frame.started) return false;
    frame.started = true;
    return true;
  }

  private push(block: Block): void {
    const frame = this.top;
    if (frame.kind === 'root' || frame.kind === 'quote') frame.blocks.push(block);
    else if (frame.kind === 'item') frame.item.blocks.push(block);
  }

  add(tokens: readonly Token[]): void {
    for (const t of tokens) {
      switch (t.type) {
        case 'paragraph_open':
          this.leaf = { kind: 'paragraph', position: this.position(t), itemText: this.starting() };
          break;
        case 'heading_open':
          this.starting();
          this.leaf = { kind: 'heading', position: this.position(t), level: Number(t.tag.slice(1)) || 1 };
          break;
        case 'th_open':
          this.align(t);
          this.leaf = { kind: 'cell' };
          break;
        case 'td_open':
          this.leaf = { kind: 'cell' };
          break;
        case 'paragraph_close':
        case 'heading_close':
        case 'th_close':
        case 'td_close':
          this.leaf = null;
          break;
        case 'inline':
          this.inline(t.content);
          break;
        case 'blockquote_open':
          this.starting();
          this.stack.push({ kind: 'quote', blocks: [], position: this.position(t) });
          break;
        case 'blockquote_close': {
          const frame = this.stack.pop();
          if (frame?.kind !== 'quote') break;
          const blocks = frame.blocks;
          const only = blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0] : null;
          this.push({ type: 'quote', text: flatText(blocks, true), inline: only?.inline, author: null, blocks: only ? [] : blocks, position: frame.position });
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          this.starting();
          const ordered = t.type === 'ordered_list_open';
          const start = ordered ? Number(t.attrGet('start') ?? 1) : null;
          this.stack.push({ kind: 'list', list: { type: 'list', ordered, start, items: [], position: this.position(t) } });
          break;
        }
        case 'bullet_list_close':
        case 'ordered_list_close': {
          const frame = this.stack.pop();
          if (frame?.kind === 'list') this.push(frame.list);
          break;
        }
        case 'list_item_open':
          this.stack.push({ kind: 'item', item: { text: '', inline: undefined, blocks: [] }, started: false });
          break;
        case 'list_item_close': {
          const frame = this.stack.pop();
          const list = this.top;
          if (frame?.kind === 'item' && list.kind === 'list') list.list.items.push(frame.item);
          break;
        }
        case 'table_open':
          this.starting();
          this.stack.push({ kind: 'table', table: { type: 'table', align: [], header: [], rows: [], position: this.position(t) }, head: false, row: [] });
          break;
        case 'thead_open':
        case 'tbody_open': {
          const frame = this.top;
          if (frame.kind === 'table') frame.head = t.type === 'thead_open';
          break;
        }
        case 'tr_open': {
          const frame = this.top;
          if (frame.kind === 'table') frame.row = [];
          break;
        }
        case 'tr_close': {
          const frame = this.top;
          if (frame.kind !== 'table') break;
          if (frame.head) frame.table.header = frame.row;
          else frame.table.rows.push(frame.row);
          break;
        }
        case 'table_close': {
          const frame = this.stack.pop();
          if (frame?.kind === 'table') this.push(frame.table);
          break;
        }
        case 'fence':
        case 'code_block': {
          this.starting();
          // The info string's escapes and entities are decoded, as a renderer would (```` ``` c\+\+ ```` is c++).
          const lang = t.type === 'fence' ? markdownIt.utils.unescapeAll(t.info).trim().split(/\s+/, 1)[0] || null : null;
          this.push({ type: 'code', lang, value: trimNewlines(t.content, t.type === 'fence'), position: this.position(t) });
          break;
        }
        case 'hr':
          this.starting();
          this.push({ type: 'rule', position: this.position(t) });
          break;
        case 'html_block':
          this.starting();
          this.html(t.content, this.position(t));
          break;
        default:
          break;
      }
    }
  }

  private align(t: Token): void {
    const frame = this.top;
    if (frame.kind !== 'table' || !frame.head) return;
    const style = String(t.attrGet('style') ?? '');
    const align = /text-align:\s*(left|center|right)/.exec(style)?.[1] as 'left' | 'center' | 'right' | undefined;
    frame.table.align.push(align ?? null);
  }

  /** Rich text of a block's inline content: from its tokens, or piece by piece when it is huge. */
  private rich(content: string, children: readonly Token[] | null, at: Position | null): RichText {
    const { nodes, tooDeep } = children ? tokensToInline(children) : contentToInline(content, this.env);
    if (tooDeep) this.inlineTooDeep ??= at ?? [this.firstLine, this.column];
    return toRichText(nodes);
  }

  /** A block's inline content: parsed here, one block at a time, and let go once converted. */
  private inline(content: string): void {
    const leaf = this.leaf;
    if (!leaf) return;
    const children = content.length <= INLINE_CHUNK ? parseInlineTokens(content, this.env) : null;
    if (leaf.kind === 'cell') {
      const frame = this.top;
      if (frame.kind === 'table') frame.row.push(this.rich(content, children, frame.table.position ?? null));
      return;
    }
    if (leaf.kind === 'heading') {
      const r = this.rich(content, children, leaf.position);
      this.push({ type: 'heading', level: leaf.level, text: r.text, inline: r.inline, position: leaf.position });
      return;
    }
    if (leaf.itemText) {
      const frame = this.top;
      if (frame.kind !== 'item') return;
      const r = this.rich(content, children, leaf.position);
      const task = r.inline?.[0]?.type === 'text' ? TASK.exec(r.inline[0].value) : TASK.exec(r.text);
      if (task) {
        const mark = task[1] === ' ' ? '☐ ' : '☑ ';
        const rest = r.inline ? [...r.inline] : undefined;
        if (rest && rest[0]!.type === 'text') {
          const value = rest[0]!.value.slice(task[0].length);
          if (value) rest[0] = { type: 'text', value };
          else rest.shift();
        }
        frame.item.text = mark + (rest ? inlineToText(rest).trim() : r.text.slice(task[0].length));
        frame.item.inline = rest ? [{ type: 'text', value: mark }, ...rest] : undefined;
      } else {
        frame.item.text = r.text;
        frame.item.inline = r.inline;
      }
      return;
    }
    const images = children && imagesOnly(children);
    if (images) {
      for (const image of images)
        this.push({ type: 'image', src: image.src, alt: image.alt, ...(image.link ? { link: image.link } : {}), position: leaf.position });
      return;
    }
    const r = this.rich(content, children, leaf.position);
    if (r.text || r.inline?.length) this.push({ type: 'paragraph', text: r.text, inline: r.inline, position: leaf.position });
  }

  private html(html: string, position: Position): void {
    const { text, images } = readHtml(html);
    let found = false;
    for (const image of images) {
      if (!isSafeUrl(image.src)) continue;
      this.push({ type: 'image', src: image.src, alt: image.alt, position });
      found = true;
    }
    if (text && !found) this.push({ type: 'paragraph', text, position });
  }
}

/**
 * The images of a paragraph that holds nothing else (`![a](x) ![b](y)`, `[![a](x)](link)`,
 * `<img src=…>`), or null: such a paragraph is a row of image blocks, not text. A linked image
 * keeps where it links to.
 */
function imagesOnly(children: readonly Token[]): { src: string; alt: string; link?: string }[] | null {
  const images: { src: string; alt: string; link?: string }[] = [];
  for (let k = 0; k < children.length; k++) {
    const t = children[k]!;
    if (t.type === 'softbreak' || t.type === 'hardbreak' || (t.type === 'text' && !t.content.trim())) continue;
    const linked = t.type === 'link_open' && children[k + 1]?.type === 'image' && children[k + 2]?.type === 'link_close';
    const image = linked ? children[k + 1]! : t;
    if (image.type === 'image') {
      const src = String(image.attrGet('src') ?? '');
      const alt = tokensToText(image.children ?? []).trim();
      // markdown-it makes a link only for a URL that passes isSafeUrl.
      images.push(linked ? { src, alt, link: String(t.attrGet('href') ?? '') } : { src, alt });
      if (linked) k += 2;
      continue;
    }
    if (image.type === 'html_inline' && tagName(image.content)?.name === 'img') {
      const src = tagAttribute(image.content, 'src');
      if (src && isSafeUrl(src)) {
        images.push({ src, alt: tagAttribute(image.content, 'alt') });
        continue;
      }
    }
    return null;
  }
  return images.length ? images : null;
}

/** Code without the line break that ends it (a fence's last line) or, for indented code, every trailing one. */
function trimNewlines(value: string, one: boolean): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === '\n') {
    end--;
    if (one) break;
  }
  return value.slice(0, end);
}

/** The text of the first paragraph among blocks, or '' (a summary). */
export function firstParagraph(blocks: readonly Block[]): string {
  const p = blocks.find((b) => b.type === 'paragraph');
  return p && p.type === 'paragraph' ? p.text : '';
}

/**
 * Flatten blocks to plain text, one block per line (a list item and its nested blocks on lines
 * of their own). Walks with an explicit stack: nesting never grows the call stack.
 */
export function blocksToText(blocks: readonly Block[]): string {
  return flatText(blocks, false);
}

/**
 * {@link blocksToText}; with `quoteText`, a quote's own `text` (its blocks' text, made when it
 * closed) stands for its blocks, so nested quotes share one string instead of a copy per level.
 */
function flatText(blocks: readonly Block[], quoteText: boolean): string {
  const lines: string[] = [];
  const line = (s: string) => {
    if (s) lines.push(s);
  };
  const stack: (readonly Block[] | number)[] = [blocks, 0];
  while (stack.length) {
    const index = stack.pop() as number;
    const list = stack.pop() as readonly Block[];
    if (index >= list.length) continue;
    stack.push(list, index + 1);
    const b = list[index]!;
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        line(b.text);
        break;
      case 'quote':
        if (b.blocks.length && !quoteText) stack.push(b.blocks, 0);
        else line(b.text);
        break;
      case 'list':
        // Items in order, each its text then its blocks: push them last item first.
        for (let i = b.items.length - 1; i >= 0; i--) {
          const item = b.items[i]!;
          stack.push(item.blocks, 0);
          stack.push([{ type: 'paragraph', text: item.text }], 0);
        }
        break;
      case 'highlights':
        for (const item of b.items) line(item.text);
        break;
      case 'table':
        for (const row of [b.header, ...b.rows]) line(row.map((c) => c.text).join(' | '));
        break;
      case 'code':
        line(b.value);
        break;
      case 'image':
        line(b.alt);
        break;
      default:
        break;
    }
  }
  return lines.join('\n');
}
