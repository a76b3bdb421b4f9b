import type { Position } from '../../model/model.js';
import { MAX_YAML_DEPTH, nullScalar, type YamlMap, type YamlNode, type YamlPair, type YamlScalar, type YamlSeq } from './yaml-tree.js';

/** Thrown inside the scanner at the first thing beyond the simple subset. */
class NotSimple {}

/** Plain scalars that mean null. */
const NULL_WORDS = new Set(['~', 'null', 'Null', 'NULL']);
/** Characters a plain scalar or key may not start with (flow, anchor, tag, block and reserved indicators). */
const INDICATORS = new Set(['[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', ',', '?', '#', '"', "'"]);
/** The one-character escapes of double-quoted YAML. */
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  '/': '/',
  ' ': ' ',
  '0': '\0',
  b: '\b',
  f: '\f',
  e: '\u001b',
  a: '\u0007',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const SPACE = 32;

/**
 * Read the simple YAML that content front matter is written in — block mappings and lists,
 * one-line plain and quoted scalars, comments — straight into a {@link YamlNode} tree.
 * `source.slice(start, end)` is the YAML, whose first line is line `firstLine` of the file.
 *
 * Returns `undefined` at the first thing beyond that subset (flow collections, anchors and
 * aliases, tags, block or multi-line scalars, tabs, quoted keys, anything the `yaml` library
 * would report), and the caller reads the text with the `yaml` library instead: this reader
 * never reports, so it never has to agree with that library's messages, only with its trees —
 * which a differential test checks on generated documents.
 */
export function scanSimpleYaml(source: string, start: number, end: number, firstLine: number): { root: YamlNode | null } | undefined {
  try {
    return { root: new SimpleYamlScanner(source, start, end, firstLine).document() };
  } catch (err) {
    if (err instanceof NotSimple) return undefined;
    throw err;
  }
}

class SimpleYamlScanner {
  /** Offset where the current line starts. */
  private lineStart = 0;
  /** Offset of the current line's content: its first non-space (or, in "- key: value", the key). */
  private contentStart = 0;
  /** Offset where the current line's content ends, trailing spaces left out. */
  private contentEnd = 0;
  /** Indentation of the current content, in columns. */
  private indent = 0;
  /** 0-based line number of the current line within the YAML. */
  private lineNumber = -1;
  /** Where the line after the current one starts, and its line number. */
  private nextStart: number;
  private nextLineNumber = 0;
  /** True once every line has been read. */
  private atEnd = false;

  constructor(
    private readonly source: string,
    start: number,
    private readonly end: number,
    private readonly firstLine: number,
  ) {
    this.nextStart = start;
  }

  document(): YamlNode | null {
    this.advance();
    if (this.atEnd) return null;
    if (this.indent !== 0) throw new NotSimple();
    const root = this.blockNode(1);
    if (!this.atEnd) throw new NotSimple();
    return root;
  }

  /** Move to the next line with content, skipping blank and comment lines. */
  private advance(): void {
    const { source, end } = this;
    for (;;) {
      const start = this.nextStart;
      if (start >= end) {
        this.atEnd = true;
        return;
      }
      let eol = source.indexOf('\n', start);
      if (eol === -1 || eol > end) eol = end;
      this.nextStart = eol + 1;
      const lineNumber = this.nextLineNumber++;
      let content = start;
      while (content < eol && source.charCodeAt(content) === SPACE) content++;
      if (content === eol) continue;
      const first = source[content]!;
      if (first === '#') continue;
      if (first === '\t' || first === '\r') throw new NotSimple();
      let contentEnd = eol;
      while (source.charCodeAt(contentEnd - 1) === SPACE) contentEnd--;
      // Document markers and directives belong to the full parser.
      if (content === start && (first === '%' || ((first === '-' || first === '.') && /^(?:---|\.\.\.)(?:\s|$)/.test(source.slice(content, content + 4)))))
        throw new NotSimple();
      this.lineStart = start;
      this.contentStart = content;
      this.contentEnd = contentEnd;
      this.indent = content - start;
      this.lineNumber = lineNumber;
      return;
    }
  }

  /** The file position of an offset on the current line. */
  private position(offset: number): Position {
    return [this.firstLine + this.lineNumber, offset - this.lineStart + 1];
  }

  /** Does the current line start a list item ("- …" or a lone "-")? */
  private isDash(): boolean {
    const at = this.contentStart;
    return this.source.charCodeAt(at) === 45 /* - */ && (at + 1 >= this.contentEnd || this.source.charCodeAt(at + 1) === SPACE);
  }

  private blockNode(depth: number): YamlNode {
    if (depth > MAX_YAML_DEPTH) throw new NotSimple();
    return this.isDash() ? this.list(depth) : this.mapping(depth);
  }

  private mapping(depth: number): YamlMap {
    const indent = this.indent;
    const position = this.position(this.contentStart);
    const pairs: YamlPair[] = [];
    while (!this.atEnd && this.indent === indent && !this.isDash()) {
      const keyEnd = this.keyEnd(this.contentStart);
      if (keyEnd === -1) throw new NotSimple();
      const key = this.source.slice(this.contentStart, keyEnd);
      const keyPosition = this.position(this.contentStart);
      const valueStart = this.skipSpaces(keyEnd + 1);
      let value: YamlNode;
      if (valueStart >= this.contentEnd) {
        this.advance();
        // A nested block, or a list whose dashes line up with the key.
        const nested = !this.atEnd && (this.indent > indent || (this.indent === indent && this.isDash()));
        value = nested ? this.blockNode(depth + 1) : nullScalar(keyPosition);
      } else {
        value = this.scalar(valueStart);
        this.advance();
        // A more-indented line would continue the scalar (or be an error): the full parser's job.
        if (!this.atEnd && this.indent > indent) throw new NotSimple();
      }
      pairs.push({ key, keyPosition, value });
    }
    return { kind: 'map', pairs, position };
  }

  private list(depth: number): YamlSeq {
    const indent = this.indent;
    const position = this.position(this.contentStart);
    const items: YamlNode[] = [];
    while (!this.atEnd && this.indent === indent && this.isDash()) {
      const itemStart = this.skipSpaces(this.contentStart + 1);
      // Empty items and "- - x" (a list in a list on one line) are rare: the full parser reads them.
      if (itemStart >= this.contentEnd || this.source.charCodeAt(itemStart) === 45 /* - */) throw new NotSimple();
      if (this.keyEnd(itemStart) !== -1) {
        // "- key: value": a mapping whose keys line up with this first one.
        this.indent = itemStart - this.lineStart;
        this.contentStart = itemStart;
        if (depth + 1 > MAX_YAML_DEPTH) throw new NotSimple();
        items.push(this.mapping(depth + 1));
      } else {
        items.push(this.scalar(itemStart));
        this.advance();
        if (!this.atEnd && this.indent > indent) throw new NotSimple();
      }
    }
    return { kind: 'seq', items, position };
  }

  /** Offset of the ":" that ends a plain key starting at `from`, or -1 when the line is not "key: …". */
  private keyEnd(from: number): number {
    const { source, contentEnd } = this;
    if (INDICATORS.has(source[from]!)) return -1;
    for (let p = from; p < contentEnd; p++) {
      const c = source.charCodeAt(p);
      if (c === 58 /* : */ && (p + 1 === contentEnd || source.charCodeAt(p + 1) === SPACE)) {
        // "key : value" keeps a space in the key for the full parser to trim.
        if (p === from || source.charCodeAt(p - 1) === SPACE) throw new NotSimple();
        return p;
      }
      if (c === 35 /* # */ && source.charCodeAt(p - 1) === SPACE) return -1;
      if (c === 9 /* tab */) throw new NotSimple();
    }
    return -1;
  }

  private skipSpaces(from: number): number {
    let p = from;
    while (p < this.contentEnd && this.source.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** The one-line scalar from `from` to the end of the current line's content. */
  private scalar(from: number): YamlScalar {
    const position = this.position(from);
    const first = this.source[from]!;
    if (first === '"' || first === "'") {
      const { text, end } = first === '"' ? this.doubleQuoted(from) : this.singleQuoted(from);
      // After a quoted scalar only a comment may follow.
      const rest = this.skipSpaces(end);
      if (rest < this.contentEnd && (this.source[rest] !== '#' || rest === end)) throw new NotSimple();
      return { kind: 'scalar', text, position };
    }
    // "-", "?" and ":" are indicators when a space or the end of the line follows them.
    const next = from + 1 < this.contentEnd ? this.source.charCodeAt(from + 1) : SPACE;
    if (INDICATORS.has(first) || ((first === '-' || first === ':' || first === '?') && (next === SPACE || next === 9))) throw new NotSimple();
    let raw = this.source.slice(from, this.contentEnd);
    const comment = raw.indexOf(' #');
    if (comment !== -1) raw = raw.slice(0, comment).trimEnd();
    if (raw.includes(': ') || raw.endsWith(':') || raw.includes('\t') || raw.includes('\r')) throw new NotSimple();
    return { kind: 'scalar', text: NULL_WORDS.has(raw) ? null : raw, position };
  }

  private singleQuoted(from: number): { text: string; end: number } {
    let text = '';
    let p = from + 1;
    for (;;) {
      const quote = this.source.indexOf("'", p);
      if (quote === -1 || quote >= this.contentEnd) throw new NotSimple();
      text += this.source.slice(p, quote);
      if (this.source.charCodeAt(quote + 1) !== 39 /* ' */) return { text, end: quote + 1 };
      text += "'";
      p = quote + 2;
    }
  }

  private doubleQuoted(from: number): { text: string; end: number } {
    const { source, contentEnd } = this;
    let text = '';
    let p = from + 1;
    let run = p;
    while (p < contentEnd) {
      const c = source[p]!;
      if (c === '"') return { text: text + source.slice(run, p), end: p + 1 };
      if (c !== '\\') {
        p++;
        continue;
      }
      text += source.slice(run, p);
      const escape = source[p + 1] ?? '';
      if (Object.hasOwn(ESCAPES, escape)) {
        text += ESCAPES[escape];
        p += 2;
      } else {
        const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        const hex = source.slice(p + 2, p + 2 + digits);
        const code = digits && /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? Number.parseInt(hex, 16) : -1;
        if (code < 0 || code > 0x10ffff) throw new NotSimple();
        text += String.fromCodePoint(code);
        p += 2 + digits;
      }
      run = p;
    }
    throw new NotSimple();
  }
}
