import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

// yaml's node constructors tag each node with Object.defineProperty, which dominates the cost
// of building thousands of nodes. Nodes made from a tagged prototype answer isMap/isSeq/isScalar
// the same way (the tag is inherited) at a fraction of the cost.
const SCALAR = new Scalar(null);
const MAP = new YAMLMap();
const SEQ = new YAMLSeq();
const PAIR = new Pair(null);

// Nodes keep their start and end as numbers; `range` (what yaml nodes have) is made when asked,
// which is rare: most nodes never need their position.
interface Spanned {
  s: number;
  e: number;
}
for (const proto of [SCALAR, MAP, SEQ]) {
  Object.defineProperty(proto, 'range', {
    get(this: Spanned) {
      return [this.s, this.e, this.e];
    },
    configurable: true,
  });
}

function span<T>(node: T, start: number, end: number): T {
  (node as unknown as Spanned).s = start;
  (node as unknown as Spanned).e = end;
  return node;
}

function makeScalar(value: unknown, start: number, end: number): Scalar {
  const s = Object.create(SCALAR) as Scalar;
  s.value = value;
  return span(s, start, end);
}

/** A collection without items yet: the parser sets them when the collection ends. */
function makeCollection<T extends YAMLMap | YAMLSeq>(proto: T): T {
  return Object.create(proto) as T;
}

function makePair(key: Scalar, value: Node): Pair {
  const p = Object.create(PAIR) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

/** Thrown inside the fast path when the text uses YAML beyond the simple subset. */
export class Unsupported extends Error {}

/**
 * A scalar as text, the way both case-page readers give it: trimmed, a number or boolean as
 * written (`written`, the plain source), null for null or empty.
 */
export function scalarText(value: unknown, written: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const s = (typeof written === 'string' && typeof value !== 'string' ? written : String(value)).trim();
  return s === '' ? null : s;
}

/** Characters a plain scalar may not start with (flow, anchor, tag, block and reserved indicators). */
const PLAIN_NOT_FIRST = '[]{}&*!|>%@`,?';


const INT = /^[-+]?(?:0|[1-9]\d*)$/;
const FLOAT = /^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
/** The one-character escapes of double-quoted YAML. */
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', ' ': ' ', '0': '\0', b: '\b', f: '\f', e: '\u001b', a: '\u0007', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };
const BOOLS = new Map<string, boolean>([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);

/**
 * A fast reader for the subset of YAML that content front matter uses (block mappings and
 * sequences, plain and quoted one-line scalars, comments), producing the same `yaml` nodes
 * (with ranges) as `parseDocument`. Returns null for anything else — anchors, aliases, tags,
 * flow collections, block scalars, multi-line scalars, tabs, errors — so the caller falls back
 * to the full parser, which also reports problems.
 */
export function parseSimpleYaml(text: string, lines: LineStarts, within?: { source: string; start: number }): Node | null {
  try {
    return new SimpleParser(within?.source ?? text, within?.start ?? 0, text.length, lines).parse();
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** Where the parsed text's lines start (what yaml's LineCounter keeps), filled in by the parse. */
export interface LineStarts {
  lineStarts: ArrayLike<number>;
}

// Tables shared by every parse (a parse runs to its end before the next begins), so a file
// allocates no arrays to grow: (start, end, indent, line index) of each content line, and every
// line start.
let lineTable = new Int32Array(4 * 512);
// Items of the collections being read, on one shared stack: each collection takes an exact-size
// copy of its items when it ends (a list grown by push keeps room for 17 items, even for two).
const stack: unknown[] = [];
let top = 0;
function push(item: unknown): void {
  stack[top++] = item;
}
function takeFrom(mark: number): unknown[] {
  const items = stack.slice(mark, top);
  top = mark;
  return items;
}
let startTable = new Int32Array(1024);

/**
 * The content lines of a YAML text and the scanning both fast readers share: line by line,
 * indentation, "key:" and "- " recognition, one-line scalars. Throws {@link Unsupported} for
 * YAML beyond the simple subset.
 */
export class LineTable {
  protected t = lineTable;
  protected n = 0;
  protected i = 0;

  // `text` may be the whole file, the YAML being `length` characters from `base`: reading a
  // string directly is faster than reading a slice of it. Node offsets are relative to `base`.
  constructor(
    protected readonly text: string,
    protected readonly base: number,
    length: number,
    lines: LineStarts | null,
  ) {
    let pos = base;
    const n = base + length;
    let count = 0;
    while (pos <= n) {
      if (count === startTable.length) {
        const bigger = new Int32Array(count * 2);
        bigger.set(startTable);
        startTable = bigger;
      }
      startTable[count++] = pos - base;
      let eol = text.indexOf('\n', pos);
      if (eol === -1 || eol > n) eol = n;
      let indent = 0;
      while (text.charCodeAt(pos + indent) === 32) indent++;
      const first = text.charCodeAt(pos + indent);
      if (first === 9) throw new Unsupported();
      if (pos + indent < eol && first !== 35 /* # */) {
        let end = eol;
        while (end > pos && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 13)) end--;
        if (4 * this.n + 4 > this.t.length) {
          const bigger = new Int32Array(this.t.length * 2);
          bigger.set(this.t);
          this.t = lineTable = bigger;
        }
        this.t[4 * this.n] = pos + indent;
        this.t[4 * this.n + 1] = end;
        this.t[4 * this.n + 2] = indent;
        this.t[4 * this.n + 3] = count - 1;
        this.n++;
      }
      pos = eol + 1;
    }
    if (lines) lines.lineStarts = startTable.slice(0, count);
  }


  // The last scalar read by scan(): its value, its plain text (null when quoted), where it
  // ends, and its quote character (0 when plain). Fields rather than a result object: no garbage.
  protected value: unknown = null;
  protected raw: string | null = null;
  protected stop = 0;
  protected quote = 0;

  /** Read the one-line scalar on [start, end) into value/raw/stop/quote. */
  protected scan(start: number, end: number): void {
    const text = this.text;
    const c = text.charCodeAt(start);
    let stop = end;
    if (c === 34 /* " */) {
      const r = this.doubleQuoted(start, end);
      this.value = r.value;
      stop = r.end;
    } else if (c === 39 /* ' */) {
      let out = '';
      let p = start + 1;
      for (;;) {
        const q = text.indexOf("'", p);
        if (q === -1 || q >= end) throw new Unsupported();
        out += text.slice(p, q);
        if (text.charCodeAt(q + 1) === 39) {
          out += "'";
          p = q + 2;
        } else {
          stop = q + 1;
          break;
        }
      }
      this.value = out;
    } else {
      // Indicators a plain scalar may not start with, and flow/anchor/tag/block syntax.
      if ((c < 128 && PLAIN_NOT_FIRST.includes(String.fromCharCode(c))) || (c === 45 && text.charCodeAt(start + 1) === 32)) throw new Unsupported();
      let raw = text.slice(start, end);
      const hash = raw.indexOf(' #');
      if (hash !== -1) raw = raw.slice(0, hash).trimEnd();
      if (raw.includes(': ') || raw.endsWith(':') || raw.includes('\t')) throw new Unsupported();
      this.value = resolvePlain(raw);
      this.raw = raw;
      this.stop = start + raw.length;
      this.quote = 0;
      return;
    }
    // After a quoted scalar only a comment may follow.
    let p = stop;
    while (p < end && text.charCodeAt(p) === 32) p++;
    if (p < end && text.charCodeAt(p) !== 35) throw new Unsupported();
    this.raw = null;
    this.stop = stop;
    this.quote = c;
  }

  /** Is line `k` a sequence item ("- …" or a lone "-")? */
  protected isDash(k: number): boolean {
    const start = this.t[4 * k]!;
    if (this.text.charCodeAt(start) !== 45 /* - */) return false;
    return start + 1 >= this.t[4 * k + 1]! || this.text.charCodeAt(start + 1) === 32;
  }

  /** A more-indented line after a scalar would continue it (a multi-line scalar): not handled here. */
  protected noContinuation(indent: number): void {
    if (this.i < this.n && this.t[4 * this.i + 2]! > indent) throw new Unsupported();
  }

  /** Offset of the ":" ending a plain key on this line, or -1 when the line is not "key: …". */
  protected keyEnd(start: number, end: number): number {
    const c = this.text.charCodeAt(start);
    // Quoted keys, complex keys and flow/anchor/tag indicators: leave to the full parser.
    if (c === 34 || c === 39) return -1;
    if (c === 63 || c === 91 || c === 123 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62) throw new Unsupported();
    for (let p = start; p < end; p++) {
      const ch = this.text.charCodeAt(p);
      if (ch === 58 /* : */) {
        const after = this.text.charCodeAt(p + 1);
        if (p + 1 >= end || after === 32) return p;
      } else if (ch === 35 /* # */ && this.text.charCodeAt(p - 1) === 32) return -1;
    }
    return -1;
  }

  protected skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  protected doubleQuoted(start: number, end: number): { value: string; end: number } {
    const text = this.text;
    let out = '';
    let p = start + 1;
    while (p < end) {
      const ch = text[p]!;
      if (ch === '"') return { value: out, end: p + 1 };
      if (ch === '\\') {
        const e = text[p + 1];
        if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
          out += ESCAPES[e];
          p += 2;
          continue;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = text.slice(p + 2, p + 2 + len);
        if (!len || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Unsupported();
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        p += 2 + len;
        continue;
      }
      out += ch;
      p++;
    }
    throw new Unsupported();
  }
}

class SimpleParser extends LineTable {
  parse(): Node | null {
    top = 0;
    if (!this.n) return null;
    if (this.t[2]! !== 0) throw new Unsupported();
    const node = this.block(0);
    if (this.i < this.n) throw new Unsupported();
    return node;
  }

  private block(indent: number): Node {
    if (this.isDash(this.i)) return this.seq(this.t[4 * this.i + 2]!);
    return this.map(indent);
  }

  private seq(indent: number): YAMLSeq {
    const seq = makeCollection(SEQ);
    const mark = top;
    const begin = this.t[4 * this.i]! - this.base;
    let last = begin;
    while (this.i < this.n) {
      const k = this.i;
      if (this.t[4 * k + 2]! !== indent || !this.isDash(k)) break;
      const start = this.t[4 * k]!;
      const end = this.t[4 * k + 1]!;
      let p = start + 1;
      while (p < end && this.text.charCodeAt(p) === 32) p++;
      if (p >= end) {
        this.i++;
        if (this.i < this.n && this.t[4 * this.i + 2]! > indent) push(this.block(this.t[4 * this.i + 2]!));
        else push(this.nullAt(this.skipSpaces(start + 1)));
      } else {
        const keyEnd = this.keyEnd(p, end);
        if (keyEnd !== -1) {
          // "- key: value": a mapping whose first entry shares the dash's line.
          this.t[4 * k + 2] = indent + (p - start);
          this.t[4 * k] = p;
          push(this.map(this.t[4 * k + 2]!));
        } else {
          if (this.text.charCodeAt(p) === 45 && this.text.charCodeAt(p + 1) === 32) throw new Unsupported();
          push(this.scalar(p, end));
          this.i++;
          this.noContinuation(indent);
        }
      }
      last = this.rangeEnd(stack[top - 1] as Node);
    }
    seq.items = takeFrom(mark);
    return span(seq, begin, last);
  }

  private map(indent: number): YAMLMap {
    const map = makeCollection(MAP);
    const mark = top;
    const begin = this.t[4 * this.i]! - this.base;
    let last = begin;
    while (this.i < this.n) {
      const k = this.i;
      const lineIndent = this.t[4 * k + 2]!;
      if (lineIndent !== indent) {
        if (lineIndent > indent) throw new Unsupported();
        break;
      }
      if (this.isDash(k)) break;
      const start = this.t[4 * k]!;
      const end = this.t[4 * k + 1]!;
      const keyEnd = this.keyEnd(start, end);
      if (keyEnd === -1) throw new Unsupported();
      const key = makeScalar(this.text.slice(start, keyEnd), start - this.base, keyEnd - this.base);
      let p = keyEnd + 1;
      while (p < end && this.text.charCodeAt(p) === 32) p++;
      let value: Node;
      if (p >= end) {
        this.i++;
        const n = this.i;
        if (n < this.n && (this.t[4 * n + 2]! > indent || (this.t[4 * n + 2]! === indent && this.isDash(n)))) value = this.block(this.t[4 * n + 2]!);
        else value = this.nullAt(this.skipSpaces(keyEnd + 1));
      } else {
        value = this.scalar(p, end);
        this.i++;
        this.noContinuation(indent);
      }
      push(makePair(key, value));
      last = this.rangeEnd(value);
    }
    map.items = takeFrom(mark) as Pair[];
    return span(map, begin, last);
  }

  private rangeEnd(node: Node): number {
    return (node as unknown as Spanned).e;
  }

  private scalar(start: number, end: number): Scalar {
    this.scan(start, end);
    const s = makeScalar(this.value, start - this.base, this.stop - this.base);
    if (this.quote) s.type = this.quote === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    else if (typeof s.value !== 'string') s.source = this.raw!;
    return s;
  }

  private nullAt(offset: number): Scalar {
    return makeScalar(null, offset - this.base, offset - this.base);
  }

}

function resolvePlain(raw: string): unknown {
  // Most values are text: only these first characters can start null, bool or a number.
  if (!/^[-+.0-9~nNtTfF]/.test(raw) && raw !== '') return raw;
  if (NULLS.has(raw)) return null;
  const b = BOOLS.get(raw);
  if (b !== undefined) return b;
  if (INT.test(raw)) {
    const n = Number(raw);
    return Number.isSafeInteger(n) ? n : raw;
  }
  if (FLOAT.test(raw)) return Number(raw);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(raw)) return raw.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(raw)) return Number.NaN;
  if (/^0x[0-9a-fA-F]+$|^0o[0-7]+$/.test(raw)) return Number(raw);
  return raw;
}
