import type { Token } from 'markdown-it';
import { inlineToText } from '../model/inline-to-text.js';
import type { Inline, Position } from '../model/model.js';
import { findAutolink } from './find-autolink.js';
import { tagAttribute, tagName } from './html-text.js';
import {
  createMarkdownEnv,
  isSafeUrl,
  MAX_MARKDOWN_DEPTH,
  normalizeMarkdown,
  parseInlineTokens,
  reportTooDeep,
  tokensToText,
  type MarkdownDiagnostics,
  type MarkdownEnv,
} from './markdown-parser.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Text that may hold an extended autolink (see {@link findAutolink}). */
const MAY_AUTOLINK = /https?:\/\/|www\.|@/;
/** Characters that can start inline syntax; text without them is plain. */
const SPECIAL = /[\\`*_~[\]<&@\n\r\0]|https?:\/\/|www\./;

/** Inline HTML tags that become structure; every other tag is dropped and its text kept. */
const HTML_INLINE: Readonly<Record<string, 'strong' | 'emphasis' | 'delete' | 'code' | 'link' | undefined>> = Object.assign(Object.create(null), {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  del: 'delete',
  s: 'delete',
  strike: 'delete',
  code: 'code',
  a: 'link',
});

/**
 * Parse inline Markdown (strong, emphasis, strikethrough, code, links, images, autolinks, GFM's
 * extended autolinks — bare URLs, `www.`, emails — and hard breaks) into structured inline nodes, with markdown-it. Raw HTML is never passed
 * through: `<b> <strong> <i> <em> <del> <s> <code> <a href>` become their structured
 * equivalents, `<br>` a break, `<img>` an image; every other tag is dropped and its text kept.
 * Bare URLs stop at CJK text and full-width punctuation and may follow CJK text directly, unlike
 * GFM's (see {@link findAutolink}). A soft line
 * break between two CJK characters joins them without a space. Formatting nested deeper than
 * {@link MAX_MARKDOWN_DEPTH} is kept as text, with a `too-deep` warning on `diagnostics` at `at`.
 * @example parseInline('**多集群** 见 https://example.com。')
 */
export function parseInline(source: string, diagnostics?: MarkdownDiagnostics, at: Position = [1, 1]): Inline[] {
  // Most paragraphs are plain text: keep the string itself (no copy, no garbage).
  if (!SPECIAL.test(source)) return source ? [{ type: 'text', value: source }] : [];
  const result = contentToInline(normalizeMarkdown(source), createMarkdownEnv());
  if (result.tooDeep) reportTooDeep(diagnostics, at);
  return result.nodes;
}

/**
 * Inline runs longer than this many characters are parsed in pieces, cut at a line break or a
 * space: markdown-it makes a token object (about a hundred bytes) for every few characters, and
 * pieces keep one piece's tokens alive at a time rather than a megabyte paragraph's. Formatting
 * that spans a cut is kept as text; no real paragraph comes near the size.
 */
export const INLINE_CHUNK = 64 * 1024;

/** The inline nodes of a run of inline Markdown (normalized), parsed piece by piece. */
export function contentToInline(content: string, env: MarkdownEnv): { nodes: Inline[]; tooDeep: boolean } {
  const builder = new InlineBuilder();
  for (let start = 0; start < content.length;) {
    const end = pieceEnd(content, start);
    builder.add(parseInlineTokens(content.slice(start, end), env));
    start = end;
  }
  return { nodes: builder.finish(), tooDeep: builder.tooDeep };
}

/** Where the piece that starts at `start` ends: after the last line break, else space, in its second half. */
function pieceEnd(content: string, start: number): number {
  const limit = start + INLINE_CHUNK;
  if (limit >= content.length) return content.length;
  const half = start + INLINE_CHUNK / 2;
  // Only the second half is searched, so every character is looked at a bounded number of times.
  const window = content.slice(half, limit);
  let cut = window.lastIndexOf('\n');
  if (cut === -1) cut = window.lastIndexOf(' ');
  if (cut !== -1) return half + cut + 1;
  const code = content.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/** The inline nodes of markdown-it's inline tokens, and whether any nesting was cut at the depth limit. */
export function tokensToInline(tokens: readonly Token[]): { nodes: Inline[]; tooDeep: boolean } {
  const builder = new InlineBuilder();
  builder.add(tokens);
  return { nodes: builder.finish(), tooDeep: builder.tooDeep };
}

type Container = Extract<Inline, { children: Inline[] }>;

/** An open inline container while tokens stream in. */
interface Frame {
  /** The node this frame becomes when it closes; null for the root and for flat frames. */
  node: Container | null;
  /** Where children go: the node's own list, or the parent's for a flat frame. */
  children: Inline[];
  /** The HTML tag that opened it (`b`, `a` …), or null when Markdown opened it. */
  tag: string | null;
  /** `<code>` collects its children as plain text. */
  code: boolean;
  /** Text a flat frame (past the depth limit, or an `<a>` without a usable href) writes when it closes. */
  closeText: string;
}

/** Builds inline nodes from markdown-it's flat token stream with an explicit stack of open frames. */
class InlineBuilder {
  readonly root: Frame = { node: null, children: [], tag: null, code: false, closeText: '' };
  private readonly stack: Frame[] = [this.root];
  /** Frames that made a node (the depth that counts against the limit). */
  private depth = 0;
  private linkDepth = 0;
  private codeDepth = 0;
  /** The last character written, for soft breaks between CJK text and for autolinks. */
  private lastChar = '';
  tooDeep = false;
  /** Text read but not yet written (consecutive text tokens). */
  private pending = '';

  private flush(): void {
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    this.text(text);
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  add(tokens: readonly Token[]): void {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.type === 'text' || t.type === 'text_special') {
        // Escapes and entities are tokens of their own: join them to the text around them
        // (as markdown-it's text_join does) before looking for autolinks in it.
        this.pending += t.content;
        continue;
      }
      this.flush();
      switch (t.type) {
        case 'code_inline':
          this.leaf({ type: 'code', value: t.content });
          this.lastChar = t.content.slice(-1);
          break;
        case 'softbreak':
          this.softBreak(tokens, k);
          break;
        case 'hardbreak':
          this.leaf({ type: 'break' });
          break;
        case 'image': {
          const src = String(t.attrGet('src') ?? '');
          this.leaf({ type: 'image', src, alt: tokensToText(t.children ?? []).trim() });
          break;
        }
        case 'strong_open':
          this.open({ type: 'strong', children: [] }, null, t.markup, t.markup);
          break;
        case 'em_open':
          this.open({ type: 'emphasis', children: [] }, null, t.markup, t.markup);
          break;
        case 's_open':
          this.open({ type: 'delete', children: [] }, null, t.markup, t.markup);
          break;
        case 'link_open': {
          const url = String(t.attrGet('href') ?? '');
          const auto = t.markup === 'autolink';
          this.open({ type: 'link', url, children: [] }, null, auto ? '<' : '[', auto ? '>' : `](${url})`);
          break;
        }
        case 'strong_close':
        case 'em_close':
        case 's_close':
        case 'link_close':
          this.closeMarkdown();
          break;
        case 'html_inline':
          this.html(t.content);
          break;
        default:
          // A token type this converter does not know (a plugin's): keep its text.
          if (t.nesting === 0 && t.content) this.text(t.content);
      }
    }
  }

  finish(): Inline[] {
    this.flush();
    while (this.stack.length > 1) this.unwrap();
    return this.root.children;
  }

  private leaf(node: Inline): void {
    this.top.children.push(node);
    this.lastChar = '';
  }

  private pushText(value: string): void {
    if (!value) return;
    const list = this.top.children;
    const last = list[list.length - 1];
    if (last?.type === 'text') last.value += value;
    else list.push({ type: 'text', value });
    this.lastChar = value[value.length - 1]!;
  }

  /** Text, with GFM's extended autolinks (bare URLs, `www.`, emails) linked unless inside a link or code. */
  private text(value: string): void {
    if (this.linkDepth > 0 || this.codeDepth > 0 || !MAY_AUTOLINK.test(value)) {
      this.pushText(value);
      return;
    }
    let copied = 0;
    for (let link = findAutolink(value, 0, this.lastChar); link; link = findAutolink(value, copied, this.lastChar)) {
      this.pushText(value.slice(copied, link.start));
      const shown = value.slice(link.start, link.end);
      this.leaf({ type: 'link', url: link.url, children: [{ type: 'text', value: shown }] });
      copied = link.end;
      this.lastChar = shown[shown.length - 1]!;
    }
    this.pushText(value.slice(copied));
  }

  /** A soft line break: nothing between two CJK characters, else a space. */
  private softBreak(tokens: readonly Token[], k: number): void {
    // The next character written: skip the openers (and emptied delimiter text) before it (each token is looked at once,
    // since the look stops at the first token that is not an opener).
    let j = k + 1;
    while (j < tokens.length && (tokens[j]!.nesting === 1 || (tokens[j]!.type === 'text' && !tokens[j]!.content))) j++;
    const next = tokens[j];
    const nextChar = next && (next.type === 'text' || next.type === 'text_special' || next.type === 'code_inline') ? (next.content[0] ?? '') : '';
    if (CJK.test(this.lastChar) && CJK.test(nextChar)) return;
    this.pushText(' ');
  }

  /** Open a container, or past the depth limit a flat frame that keeps the markup as text. */
  private open(node: Container, tag: string | null, openText: string, closeText: string): void {
    if (this.depth >= MAX_MARKDOWN_DEPTH) {
      this.tooDeep = true;
      this.pushText(openText);
      this.stack.push({ node: null, children: this.top.children, tag, code: false, closeText });
      return;
    }
    this.depth++;
    if (node.type === 'link') this.linkDepth++;
    this.stack.push({ node, children: node.children, tag, code: false, closeText: '' });
  }

  /** Close the innermost frame Markdown opened (HTML tags left open inside it are unwrapped). */
  private closeMarkdown(): void {
    while (this.stack.length > 1 && this.top.tag !== null) this.unwrap();
    if (this.stack.length > 1) this.close();
  }

  /** Pop the top frame and give its node to the parent. */
  private close(): void {
    const frame = this.stack.pop()!;
    if (frame.code) {
      this.codeDepth--;
      this.depth--;
      const value = inlineToText(frame.children);
      this.leaf({ type: 'code', value });
      this.lastChar = value.slice(-1);
      return;
    }
    if (!frame.node) {
      this.pushText(frame.closeText);
      return;
    }
    this.depth--;
    if (frame.node.type === 'link') {
      this.linkDepth--;
      if (!frame.node.children.length) frame.node.children.push({ type: 'text', value: frame.node.url });
    }
    this.top.children.push(frame.node);
  }

  /** Pop the top frame keeping its children but not its formatting (an HTML tag never closed). */
  private unwrap(): void {
    const frame = this.stack[this.stack.length - 1]!;
    if (!frame.tag) {
      this.close();
      return;
    }
    this.stack.pop();
    if (frame.code) this.codeDepth--;
    if (frame.node?.type === 'link') this.linkDepth--;
    if (frame.node || frame.code) this.depth--;
    if (frame.children === this.top.children) return;
    const last = this.lastChar;
    for (const child of frame.children) {
      if (child.type === 'text') this.pushText(child.value);
      else this.top.children.push(child);
    }
    this.lastChar = last;
  }

  /** One raw HTML tag: structure for the few inline tags we know, nothing for the rest. */
  private html(tag: string): void {
    const parsed = tagName(tag);
    if (!parsed) return;
    const { name, closing } = parsed;
    if (closing) {
      // Close the matching tag if it is open above the innermost Markdown frame; else ignore.
      for (let i = this.stack.length - 1; i > 0 && this.stack[i]!.tag !== null; i--) {
        if (this.stack[i]!.tag !== name) continue;
        while (this.stack.length - 1 > i) this.unwrap();
        this.close();
        return;
      }
      return;
    }
    if (name === 'br') {
      this.leaf({ type: 'break' });
      return;
    }
    if (name === 'img') {
      const src = tagAttribute(tag, 'src');
      if (src && isSafeUrl(src)) this.leaf({ type: 'image', src, alt: tagAttribute(tag, 'alt') });
      return;
    }
    const kind = HTML_INLINE[name];
    if (!kind || tag.endsWith('/>')) return;
    if (kind === 'code') {
      if (this.depth >= MAX_MARKDOWN_DEPTH) {
        this.tooDeep = true;
        this.stack.push({ node: null, children: this.top.children, tag: name, code: false, closeText: '' });
        return;
      }
      this.depth++;
      this.codeDepth++;
      this.stack.push({ node: null, children: [], tag: name, code: true, closeText: '' });
      return;
    }
    if (kind === 'link') {
      const url = tagAttribute(tag, 'href');
      if (!url || !isSafeUrl(url)) {
        this.stack.push({ node: null, children: this.top.children, tag: name, code: false, closeText: '' });
        return;
      }
      this.open({ type: 'link', url, children: [] }, name, '', '');
      return;
    }
    this.open({ type: kind, children: [] }, name, '', '');
  }
}
