// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for markdown-it subpaths must travel with this file into every program that compiles it
/// <reference path="./markdown-it-rules.d.ts" />
import MarkdownIt from 'markdown-it';
import type { Options, StateBlock, Token } from 'markdown-it';
import blockquote from 'markdown-it/lib/rules_block/blockquote.mjs';
import list from 'markdown-it/lib/rules_block/list.mjs';
import type { DiagnosticCode } from '../diagnostics/diagnostic-codes.js';
import type { Diagnostic, Position } from '../model/model.js';
import { gfmStrikethrough } from './gfm-strikethrough.js';

/**
 * How deep Markdown may nest before the rest is kept as plain text: block quotes and lists
 * together (a list inside a quote inside a list is 3), and, separately, inline formatting
 * (emphasis, strong, strikethrough, links and the HTML tags that become them) within one run of
 * text. Deeper nesting is kept as text and reported once per file with a `too-deep` warning.
 * Real pages nest 3 or 4 levels; the limit keeps the model (and every renderer that walks it)
 * shallow whatever a file contains.
 */
export const MAX_MARKDOWN_DEPTH = 32;

/**
 * Where the Markdown parsers report what they could not keep as structure (a file's
 * `DiagnosticSink` fits). Only one `too-deep` warning is added per sink.
 */
export interface MarkdownDiagnostics {
  readonly items: readonly Diagnostic[];
  warn(code: DiagnosticCode, message: string, at?: Position, hint?: string | null): void;
}

/** Report nesting past {@link MAX_MARKDOWN_DEPTH} at `at`, unless this file already has that warning. */
export function reportTooDeep(diagnostics: MarkdownDiagnostics | undefined, at: Position): void {
  if (!diagnostics || diagnostics.items.some((d) => d.code === 'too-deep')) return;
  diagnostics.warn(
    'too-deep',
    `Markdown nests more than ${MAX_MARKDOWN_DEPTH} levels deep (quotes and lists, or emphasis and links); the deeper part is kept as plain text`,
    at,
    'Flatten the nesting: a page needs only a few levels of quotes, lists or emphasis.',
  );
}

/** What one parse carries through markdown-it's rules (markdown-it's `env`). */
export type MarkdownEnv = {
  /** Block quotes and lists open around the rule that is running. */
  depth: number;
  /** Where nesting first went past {@link MAX_MARKDOWN_DEPTH}: [0-based line, 1-based column], if it did. */
  tooDeep: [number, number] | null;
};

/** A fresh parse environment. */
export function createMarkdownEnv(): MarkdownEnv {
  return { depth: 0, tooDeep: null };
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * A block rule that opens a container (quote or list) only while the nesting is within the
 * limit. Past it the rule declines, so the line is read as paragraph text ("> > > …" stays
 * visible as written) instead of markdown-it's own `maxNesting`, which drops the rest silently.
 */
function limitDepth(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const env = state.env as unknown as MarkdownEnv;
    if (env.depth >= MAX_MARKDOWN_DEPTH) {
      // Only a line this rule would really open counts (every block start passes through here,
      // and a line that would interrupt a paragraph is only ever asked silently).
      if (!env.tooDeep && rule(state, startLine, endLine, true)) {
        const at = state.bMarks[startLine]! + state.tShift[startLine]!;
        env.tooDeep = [startLine, at - state.src.lastIndexOf('\n', at - 1)];
      }
      return false;
    }
    env.depth++;
    try {
      return rule(state, startLine, endLine, silent);
    } finally {
      env.depth--;
    }
  };
}

/** Characters browsers drop from a URL before reading its scheme (tabs, newlines, controls, spaces). */
const URL_IGNORED = /[\u0000-\u0020\u007f]+/g;
const BAD_SCHEME = /^(?:javascript|vbscript|file):/;
const GOOD_DATA = /^data:image\/(?:gif|png|jpeg|webp);/;

/**
 * Whether a link or image URL may become a link: no `javascript:`, `vbscript:`, `file:` or
 * non-image `data:` URL, however it is spelled (`java&#9;script:` included, since URLs are
 * kept as written rather than percent-encoded).
 */
export function isSafeUrl(url: string): boolean {
  const bare = url.replace(URL_IGNORED, '').toLowerCase();
  return !BAD_SCHEME.test(bare) && (!bare.startsWith('data:') || GOOD_DATA.test(bare));
}

/**
 * The markdown-it instance core parses with: CommonMark plus GFM tables and strikethrough (one or two tildes, as GFM has it),
 * raw HTML tokenised (so that it can be turned into text, never passed through), no
 * typographer, no linkify (GFM's extended autolinks are made by our own finder, which stops at CJK text),
 * URLs kept as written. It holds configuration only; each parse gets its own {@link MarkdownEnv}.
 */
export function createMarkdownParser(): MarkdownIt {
  // markdown-it's own limit only ever applies to inline links here: the block containers stop
  // at MAX_MARKDOWN_DEPTH first (each adds at most two levels, a paragraph one more).
  const options: Options & { maxNesting: number } = { html: true, linkify: false, typographer: false, maxNesting: 4 * MAX_MARKDOWN_DEPTH };
  const md = new MarkdownIt('default', options);
  md.normalizeLink = (url) => url;
  md.validateLink = isSafeUrl;
  // The container rules are wrapped with a depth count. They come from markdown-it's public
  // subpath exports; the chains they may interrupt are the ones markdown-it gives them.
  md.block.ruler.at('blockquote', limitDepth(blockquote as BlockRule), { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.at('list', limitDepth(list as BlockRule), { alt: ['paragraph', 'reference', 'blockquote'] });
  md.inline.ruler.at('strikethrough', gfmStrikethrough.tokenize);
  md.inline.ruler2.at('strikethrough', gfmStrikethrough.postProcess);
  return md;
}

/** The one configured parser: configuration only, each parse passes its own {@link MarkdownEnv}. */
export const markdownIt = createMarkdownParser();

/** What markdown-it's `normalize` step does: one kind of line break, no NUL. */
export function normalizeMarkdown(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

/**
 * The block tokens of a document. Their `inline` tokens are not parsed yet: the caller parses
 * each with {@link parseInlineTokens} and drops the result once converted, so that only one
 * block's inline tokens (tens of bytes each) are alive at a time, not the whole document's.
 */
export function parseBlockTokens(source: string, env: MarkdownEnv): Token[] {
  const tokens: Token[] = [];
  markdownIt.block.parse(normalizeMarkdown(source), markdownIt, env, tokens);
  return tokens;
}

/** The inline tokens of one run of inline Markdown (already normalized). */
export function parseInlineTokens(content: string, env: MarkdownEnv): Token[] {
  const tokens: Token[] = [];
  markdownIt.inline.parse(content, markdownIt, env, tokens);
  return tokens;
}

/** Flatten tokens (an image's alt text, which may hold more images) to plain text, without recursion. */
export function tokensToText(tokens: readonly Token[]): string {
  let out = '';
  const stack: (readonly Token[] | number)[] = [tokens, 0];
  while (stack.length) {
    const index = stack.pop() as number;
    const list = stack.pop() as readonly Token[];
    if (index >= list.length) continue;
    stack.push(list, index + 1);
    const token = list[index]!;
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special') out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += ' ';
    else if (token.type === 'image' && token.children) stack.push(token.children, 0);
  }
  return out;
}
