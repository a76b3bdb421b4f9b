import { addFact, compact, currentSection, emptyFacts, factField, HUGO_KEYS, heading, paragraphs } from './case-page-blocks.js';
import { richText } from '../../markdown/markdown-to-blocks.js';
import { inlineToText } from '../../model/inline-to-text.js';
import { parseInline } from '../../markdown/parse-inline.js';
import { LineTable, scalarText, Unsupported } from '../yaml/parse-simple-yaml.js';
import type { Block, Facts, Position, RichText, Section } from '../../model/model.js';

/** What the front matter of a case page holds, read into model parts. */
export interface CasePageParts {
  title: string;
  description: string | null;
  companyName: string | null;
  summary: string;
  companyImage: string | null;
  sections: Section[];
  facts: Facts;
  logo: string | null;
  /** Where a top-level key is written, if it is (for diagnostics). */
  keyPosition(key: 'title' | 'section1'): Position | undefined;
}

/**
 * Read a clean case page straight from its lines into model parts, without building a YAML
 * tree: the common case (decision 011 has the measurement). "Clean" means the page would get no
 * diagnostic from its YAML (no unknown, misspelled or repeated keys, no value of the wrong
 * shape, no YAML beyond one-line scalars): on anything else this returns null, and the caller
 * reads the page with the YAML-AST reader, which reports what it finds. A differential test
 * checks that both readers give the same case for every page this one accepts.
 */
export function readCleanCasePage(source: string, start: number, length: number, firstLine: number): CasePageParts | null {
  try {
    return new CleanPageReader(source, start, length, firstLine).read();
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

const IGNORED = new Set<string>(HUGO_KEYS);

/** A value after "key:" — text on the key's line, a block below it, or nothing. */
const enum Shape {
  Text,
  Block,
  Empty,
}

interface ContentItem {
  source: string | null;
  at: Position | null;
  block: Block | null;
}

// Keys of the mappings being read, as a stack (a nested mapping's keys sit above its parent's),
// to catch a repeated key without an array per mapping.
const keyStack: string[] = [];
let keyTop = 0;

class CleanPageReader extends LineTable {
  private readonly keys = new Map<string, Position>();
  // The entry nextKey() found: its line, where its value starts, the line's end.
  private ek = 0;
  private ep = 0;
  private ee = 0;

  constructor(
    text: string,
    base: number,
    length: number,
    private readonly firstLine: number,
  ) {
    super(text, base, length, null);
  }

  read(): CasePageParts {
    keyTop = 0;
    if (!this.n || this.t[2] !== 0) throw new Unsupported();
    const out: CasePageParts = {
      title: '',
      description: null,
      companyName: null,
      summary: '',
      companyImage: null,
      sections: [],
      facts: emptyFacts(),
      logo: null,
      keyPosition: (key) => this.keys.get(key),
    };
    for (let m = keyTop, key = this.nextKey(0, m); key !== null; key = this.nextKey(0, m)) {
      const k = this.ek;
      const p = this.ep;
      const end = this.ee;
      this.keys.set(key, this.at(k, this.t[4 * k]!));
      if (key === 'title') out.title = this.text_(k, p, end, 0) ?? '';
      else if (key === 'description') out.description = this.text_(k, p, end, 0);
      else if (key === 'section1') {
        const ind = this.mappingIndent(k, p, end, 0);
        if (ind >= 0)
          for (let m1 = keyTop, key1 = this.nextKey(ind, m1); key1 !== null; key1 = this.nextKey(ind, m1)) {
            const v = this.text_(this.ek, this.ep, this.ee, ind);
            if (key1 === 'title') out.companyName = v;
            else if (key1 === 'content') out.summary = v ?? '';
            else if (key1 === 'image') out.companyImage = v;
            else throw new Unsupported();
          }
      } else if (key === 'section2') {
        const ind = this.mappingIndent(k, p, end, 0);
        if (ind >= 0)
          for (let m2 = keyTop, key2 = this.nextKey(ind, m2); key2 !== null; key2 = this.nextKey(ind, m2)) {
            if (key2 === 'listLeft') out.sections = this.body(this.ek, this.ep, this.ee, ind);
            else if (key2 === 'rightPart') this.rightPart(this.ek, this.ep, this.ee, ind, out);
            else throw new Unsupported();
          }
      } else {
        // `css` and Hugo's own keys are accepted and ignored: here only as one-line values.
        if (key !== 'css' && !IGNORED.has(key)) throw new Unsupported();
        this.text_(k, p, end, 0);
      }
    }
    if (this.i < this.n) throw new Unsupported();
    return out;
  }

  /** The file position of an offset on content line k. */
  private at(k: number, offset: number): Position {
    return { line: this.firstLine + this.t[4 * k + 3]!, column: offset - (this.t[4 * k]! - this.t[4 * k + 2]!) + 1 };
  }

  private indentOf(k: number): number {
    return this.t[4 * k + 2]!;
  }

  /**
   * The next key of the mapping at `indent` (its keys start at `mark` on the key stack), with
   * ek/ep/ee set; null at the mapping's end. The caller moves past each value. A repeated key
   * is a diagnostic for the other reader.
   */
  private nextKey(indent: number, mark: number): string | null {
    if (this.i < this.n) {
      const k = this.i;
      const lineIndent = this.indentOf(k);
      if (lineIndent === indent && !this.isDash(k)) {
        const start = this.t[4 * k]!;
        const end = this.t[4 * k + 1]!;
        const keyEnd = this.keyEnd(start, end);
        if (keyEnd === -1) throw new Unsupported();
        const key = this.text.slice(start, keyEnd);
        for (let j = mark; j < keyTop; j++) if (keyStack[j] === key) throw new Unsupported();
        keyStack[keyTop++] = key;
        this.ek = k;
        this.ep = this.skipSpaces(keyEnd + 1);
        this.ee = end;
        return key;
      }
      if (lineIndent > indent) throw new Unsupported();
    }
    keyTop = mark;
    return null;
  }

  /** What follows "key:" on line k (value from `p`); for a block, moves to its first line. */
  private shape(k: number, p: number, end: number, indent: number): Shape {
    if (p < end) return Shape.Text;
    this.i = k + 1;
    const n = this.i;
    return n < this.n && (this.indentOf(n) > indent || (this.indentOf(n) === indent && this.isDash(n))) ? Shape.Block : Shape.Empty;
  }

  /** The value after "key:" as text (what the YAML reader's `str` gives), or null; a block is not text. */
  private text_(k: number, p: number, end: number, indent: number): string | null {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Block) throw new Unsupported();
    if (shape === Shape.Empty) return null;
    this.scan(p, end);
    this.i = k + 1;
    this.noContinuation(indent);
    return scalarText(this.value, this.quote === 0 ? this.raw : null);
  }

  /** The indentation of the mapping below "key:", or -1 when there is nothing (an empty mapping). */
  private mappingIndent(k: number, p: number, end: number, indent: number): number {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return -1;
    if (shape === Shape.Text || this.isDash(this.i)) throw new Unsupported();
    return this.indentOf(this.i);
  }

  /** The indentation of the list below "key:", or -1 when there is nothing (an empty list). */
  private listIndent(k: number, p: number, end: number, indent: number): number {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return -1;
    if (shape === Shape.Text || !this.isDash(this.i)) throw new Unsupported();
    return this.indentOf(this.i);
  }

  /**
   * The next item of the list at `dash` that is a mapping: its indentation (it starts at the
   * current line), or -1 at the list's end. Empty items are skipped, as the YAML reader does;
   * an item of text is a diagnostic for it.
   */
  private nextItem(dash: number): number {
    while (this.i < this.n) {
      const k = this.i;
      if (this.indentOf(k) !== dash || !this.isDash(k)) return -1;
      const start = this.t[4 * k]!;
      const end = this.t[4 * k + 1]!;
      const q = this.skipSpaces(start + 1);
      if (q >= end) {
        // A lone "-": the item is the block below it, or empty.
        this.i = k + 1;
        if (this.i < this.n && this.indentOf(this.i) > dash) {
          if (this.isDash(this.i)) throw new Unsupported();
          return this.indentOf(this.i);
        }
      } else if (this.keyEnd(q, end) !== -1) {
        // "- key: value": a mapping whose first entry shares the dash's line.
        this.t[4 * k + 2] = dash + (q - start);
        this.t[4 * k] = q;
        return this.indentOf(k);
      } else {
        this.scan(q, end);
        this.i = k + 1;
        this.noContinuation(dash);
        if (this.value !== null && this.value !== '') throw new Unsupported();
      }
    }
    return -1;
  }

  /** `section2.listLeft`: the body, block by block, as the YAML-AST reader builds it. */
  private body(k: number, p: number, end: number, indent: number): Section[] {
    const sections: Section[] = [];
    const dash = this.listIndent(k, p, end, indent);
    if (dash >= 0)
      for (let ind = this.nextItem(dash); ind >= 0; ind = this.nextItem(dash)) {
        const at = this.at(this.i, this.t[4 * this.i]!);
        let title: string | null = null;
        let type: string | null = null;
        let hasType = false;
        let author: string | null = null;
        let content: string | null = null;
        let contentAt: Position | null = null;
        let images: { src: string | null; at: Position }[] | null = null;
        let items: ContentItem[] | null = null;
        for (let m = keyTop, key = this.nextKey(ind, m); key !== null; key = this.nextKey(ind, m)) {
          const k1 = this.ek;
          const p1 = this.ep;
          const end1 = this.ee;
          if (key === 'title') title = this.text_(k1, p1, end1, ind);
          else if (key === 'type') {
            hasType = true;
            type = this.text_(k1, p1, end1, ind);
          } else if (key === 'author') author = this.text_(k1, p1, end1, ind);
          else if (key === 'content') {
            contentAt = this.at(k1, p1);
            content = this.text_(k1, p1, end1, ind);
          } else if (key === 'image') images = this.images(k1, p1, end1, ind);
          else if (key === 'contentList') items = this.contentList(k1, p1, end1, ind);
          else throw new Unsupported();
        }
        if (type === '1') {
          const hl: RichText[] = [];
          if (items) for (const item of items) if (item.source !== null) hl.push(richText(item.source));
          if (!hl.length) throw new Unsupported();
          currentSection(sections, at).blocks.push({ type: 'highlights', items: hl, position: at });
          continue;
        }
        if (type === '2') {
          if (!content) throw new Unsupported();
          const inline = parseInline(content);
          currentSection(sections, at).blocks.push({ type: 'quote', text: inlineToText(inline), inline, author, blocks: [], position: at });
          continue;
        }
        if (type !== null) throw new Unsupported();
        let section: Section;
        if (title) {
          section = { title, blocks: [], position: at };
          sections.push(section);
        } else section = currentSection(sections, at);
        const blocks: Block[] = [];
        const pending: { source: string; at: Position }[] = [];
        // A lone `content:` on an ordinary block is a one-item contentList, read first.
        if (!hasType && content !== null) pending.push({ source: content, at: contentAt! });
        if (items)
          for (const item of items) {
            if (item.source !== null) pending.push({ source: item.source, at: item.at! });
            else {
              blocks.push(...paragraphs(pending));
              pending.length = 0;
              blocks.push(item.block!);
            }
          }
        if (pending.length) blocks.push(...paragraphs(pending));
        if (images) for (const img of images) if (img.src) blocks.push({ type: 'image', src: img.src, alt: '', position: img.at });
        if (!blocks.length && !title) continue;
        section.blocks.push(...blocks);
      }
    return compact(sections);
  }

  /** `image:` one image, or a list of them. */
  private images(k: number, p: number, end: number, indent: number): { src: string | null; at: Position }[] | null {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return null;
    if (shape === Shape.Text) return [{ at: this.at(k, p), src: this.text_(k, p, end, indent) }];
    if (!this.isDash(this.i)) throw new Unsupported();
    const out: { src: string | null; at: Position }[] = [];
    const dash = this.indentOf(this.i);
    while (this.i < this.n && this.indentOf(this.i) === dash && this.isDash(this.i)) {
      const k1 = this.i;
      const q = this.skipSpaces(this.t[4 * k1]! + 1);
      const end1 = this.t[4 * k1 + 1]!;
      if (q >= end1 || this.keyEnd(q, end1) !== -1) throw new Unsupported();
      out.push({ at: this.at(k1, q), src: this.text_(k1, q, end1, dash) });
    }
    return out;
  }

  /** `contentList:` its paragraphs (text) and sub-headings (blocks), in order. */
  private contentList(k: number, p: number, end: number, indent: number): ContentItem[] {
    const items: ContentItem[] = [];
    const dash = this.listIndent(k, p, end, indent);
    if (dash >= 0)
      for (let ind = this.nextItem(dash); ind >= 0; ind = this.nextItem(dash)) {
        let text: ContentItem | null = null;
        let special: ContentItem | null = null;
        for (let m = keyTop, key = this.nextKey(ind, m); key !== null; key = this.nextKey(ind, m)) {
          const k1 = this.ek;
          const p1 = this.ep;
          if (key === 'content') {
            const at = this.at(k1, p1);
            const source = this.text_(k1, p1, this.ee, ind);
            if (source !== null) text = { source, at, block: null };
          } else if (key === 'specialContent') {
            const block = this.special(k1, p1, this.ee, ind);
            if (block) special = { source: null, at: null, block };
          } else throw new Unsupported();
        }
        if (text) items.push(text);
        if (special) items.push(special);
      }
    return items;
  }

  /** `specialContent:` a sub-heading, as text or as {text, level, link, bold}. */
  private special(k: number, p: number, end: number, indent: number): Block | null {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return null;
    if (shape === Shape.Text) {
      const at = this.at(k, p);
      const s = this.text_(k, p, end, indent);
      return s ? heading(s, 3, null, null, at) : null;
    }
    if (this.isDash(this.i)) throw new Unsupported();
    const at = this.at(this.i, this.t[4 * this.i]!);
    const ind = this.indentOf(this.i);
    let text: string | null = null;
    let levelRaw: string | null = null;
    let link: string | null = null;
    let bold: string | null = null;
    for (let m = keyTop, key = this.nextKey(ind, m); key !== null; key = this.nextKey(ind, m)) {
      const v = this.text_(this.ek, this.ep, this.ee, ind);
      if (key === 'text') text = v;
      else if (key === 'level') levelRaw = v;
      else if (key === 'link') link = v;
      else if (key === 'bold') bold = v;
      else throw new Unsupported();
    }
    if (!text) return null;
    const level = levelRaw ? Number.parseInt(levelRaw, 10) : 3;
    if (!Number.isFinite(level) || level < 1 || level > 6) throw new Unsupported();
    return heading(text, level, link, bold, at);
  }

  /** `section2.rightPart`: the logo and the facts. */
  private rightPart(k: number, p: number, end: number, indent: number, out: CasePageParts): void {
    const facts = out.facts;
    const ind = this.mappingIndent(k, p, end, indent);
    if (ind < 0) return;
    for (let m = keyTop, key = this.nextKey(ind, m); key !== null; key = this.nextKey(ind, m)) {
      if (key === 'icon') {
        out.logo = this.text_(this.ek, this.ep, this.ee, ind);
        continue;
      }
      if (key !== 'list') throw new Unsupported();
      const dash = this.listIndent(this.ek, this.ep, this.ee, ind);
      if (dash >= 0)
        for (let ind2 = this.nextItem(dash); ind2 >= 0; ind2 = this.nextItem(dash)) {
          let label: string | null = null;
          let value: string | null = null;
          let at: Position | null = null;
          for (let m3 = keyTop, key3 = this.nextKey(ind2, m3); key3 !== null; key3 = this.nextKey(ind2, m3)) {
            if (key3 === 'title') label = this.text_(this.ek, this.ep, this.ee, ind2);
            else if (key3 === 'content') {
              at = this.at(this.ek, this.ep);
              value = this.text_(this.ek, this.ep, this.ee, ind2);
            } else throw new Unsupported();
          }
          if (!label || !value) continue;
          const field = factField(label);
          // A label the model does not know is reported (as info) by the other reader.
          if (!field) throw new Unsupported();
          addFact(facts, field, value, at!);
        }
    }
  }
}
