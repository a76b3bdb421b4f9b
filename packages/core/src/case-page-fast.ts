import { compact, emptyFacts, factField, HUGO_KEYS, heading, paragraphs, richText } from './case-page-blocks.js';
import { inlineToText } from './inline-to-text.js';
import { splitFactValues } from './match-terms.js';
import { parseInline } from './parse-inline.js';
import { LineTable, Unsupported } from './parse-simple-yaml.js';
import type { Block, Facts, Position, RichText, Section } from './schema.js';

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
 * tree: the common case, read several times faster. "Clean" means the page would get no
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

class CleanPageReader extends LineTable {
  private readonly keys = new Map<string, Position>();

  constructor(
    text: string,
    base: number,
    length: number,
    private readonly firstLine: number,
  ) {
    super(text, base, length, null);
  }

  read(): CasePageParts {
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
    this.mapping(0, (key, k, p, end) => {
      this.keys.set(key, this.at(k, this.t[4 * k]!));
      switch (key) {
        case 'title':
          out.title = this.text_(k, p, end, 0) ?? '';
          return;
        case 'description':
          out.description = this.text_(k, p, end, 0);
          return;
        case 'section1':
          this.mappingBelow(k, p, end, 0, (key1, k1, p1, end1, indent1) => {
            const v = this.text_(k1, p1, end1, indent1);
            if (key1 === 'title') out.companyName = v;
            else if (key1 === 'content') out.summary = v ?? '';
            else if (key1 === 'image') out.companyImage = v;
            else throw new Unsupported();
          });
          return;
        case 'section2':
          this.mappingBelow(k, p, end, 0, (key2, k2, p2, end2, indent2) => {
            if (key2 === 'listLeft') out.sections = this.body(k2, p2, end2, indent2);
            else if (key2 === 'rightPart') this.rightPart(k2, p2, end2, indent2, out);
            else throw new Unsupported();
          });
          return;
        default:
          // `css` and Hugo's own keys are accepted and ignored: here only as one-line values.
          if (key !== 'css' && !IGNORED.has(key)) throw new Unsupported();
          this.text_(k, p, end, 0);
      }
    });
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
   * The keys of the mapping whose lines start at the current line, with indentation `indent`.
   * `fn` gets each key, its line, where its value starts and the line's end, and must move past
   * the value. A repeated key is a diagnostic for the other reader.
   */
  private mapping(indent: number, fn: (key: string, k: number, p: number, end: number, indent: number) => void): void {
    let seen: string[] | null = null;
    while (this.i < this.n) {
      const k = this.i;
      const lineIndent = this.indentOf(k);
      if (lineIndent !== indent) {
        if (lineIndent > indent) throw new Unsupported();
        break;
      }
      if (this.isDash(k)) break;
      const start = this.t[4 * k]!;
      const end = this.t[4 * k + 1]!;
      const keyEnd = this.keyEnd(start, end);
      if (keyEnd === -1) throw new Unsupported();
      const key = this.text.slice(start, keyEnd);
      if (seen?.includes(key)) throw new Unsupported();
      (seen ??= []).push(key);
      fn(key, k, this.skipSpaces(keyEnd + 1), end, indent);
    }
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
    return this.scannedText();
  }

  private scannedText(): string | null {
    const v = this.value;
    if (v === null || v === undefined) return null;
    const s = (this.quote === 0 && typeof v !== 'string' ? this.raw! : String(v)).trim();
    return s === '' ? null : s;
  }

  /** The mapping below "key:" (nothing at all reads as an empty mapping). */
  private mappingBelow(k: number, p: number, end: number, indent: number, fn: (key: string, k: number, p: number, end: number, indent: number) => void): void {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return;
    if (shape === Shape.Text || this.isDash(this.i)) throw new Unsupported();
    this.mapping(this.indentOf(this.i), fn);
  }

  /**
   * The items of the list below "key:" (nothing reads as an empty list). `fn` gets each item
   * that is a mapping, with its first line and indentation; empty items are skipped, as the
   * YAML reader does; an item of text is a diagnostic for it.
   */
  private listBelow(k: number, p: number, end: number, indent: number, fn: (k: number, indent: number) => void): void {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return;
    if (shape === Shape.Text || !this.isDash(this.i)) throw new Unsupported();
    const dash = this.indentOf(this.i);
    while (this.i < this.n) {
      const k1 = this.i;
      if (this.indentOf(k1) !== dash || !this.isDash(k1)) break;
      const start = this.t[4 * k1]!;
      const end1 = this.t[4 * k1 + 1]!;
      const q = this.skipSpaces(start + 1);
      if (q >= end1) {
        // A lone "-": the item is the block below it, or empty.
        this.i = k1 + 1;
        if (this.i < this.n && this.indentOf(this.i) > dash) {
          if (this.isDash(this.i)) throw new Unsupported();
          fn(this.i, this.indentOf(this.i));
        }
      } else if (this.keyEnd(q, end1) !== -1) {
        // "- key: value": a mapping whose first entry shares the dash's line.
        this.t[4 * k1 + 2] = dash + (q - start);
        this.t[4 * k1] = q;
        fn(k1, this.indentOf(k1));
      } else {
        this.scan(q, end1);
        this.i = k1 + 1;
        this.noContinuation(dash);
        if (this.value !== null && this.value !== '') throw new Unsupported();
      }
    }
  }

  /** `section2.listLeft`: the body, block by block, as the YAML-AST reader builds it. */
  private body(k: number, p: number, end: number, indent: number): Section[] {
    const sections: Section[] = [];
    const current = (at: Position): Section => {
      let s = sections[sections.length - 1];
      if (!s) {
        s = { title: null, blocks: [], position: at };
        sections.push(s);
      }
      return s;
    };
    this.listBelow(k, p, end, indent, (k1, indent1) => {
      const at = this.at(k1, this.t[4 * k1]!);
      let title: string | null = null;
      let type: string | null = null;
      let hasType = false;
      let author: string | null = null;
      let content: string | null = null;
      let contentAt: Position | null = null;
      const images: { src: string | null; at: Position }[] = [];
      let items: ContentItem[] = [];
      this.mapping(indent1, (key, k2, p2, end2, indent2) => {
        switch (key) {
          case 'title':
            title = this.text_(k2, p2, end2, indent2);
            return;
          case 'type':
            hasType = true;
            type = this.text_(k2, p2, end2, indent2);
            return;
          case 'author':
            author = this.text_(k2, p2, end2, indent2);
            return;
          case 'content':
            contentAt = this.at(k2, p2);
            content = this.text_(k2, p2, end2, indent2);
            return;
          case 'image':
            this.images(k2, p2, end2, indent2, images);
            return;
          case 'contentList':
            items = this.contentList(k2, p2, end2, indent2);
            return;
          default:
            throw new Unsupported();
        }
      });
      if (type === '1') {
        const hl: RichText[] = [];
        for (const item of items) if (item.source !== null) hl.push(richText(item.source));
        if (!hl.length) throw new Unsupported();
        current(at).blocks.push({ type: 'highlights', items: hl, position: at });
        return;
      }
      if (type === '2') {
        const quote = content as string | null;
        if (!quote) throw new Unsupported();
        const inline = parseInline(quote);
        current(at).blocks.push({ type: 'quote', text: inlineToText(inline), inline, author, blocks: [], position: at });
        return;
      }
      if (type !== null) throw new Unsupported();
      let section: Section;
      if (title) {
        section = { title, blocks: [], position: at };
        sections.push(section);
      } else section = current(at);
      const blocks: Block[] = [];
      const pending: { source: string; at: Position }[] = [];
      // A lone `content:` on an ordinary block is a one-item contentList, read first.
      if (!hasType && content !== null) pending.push({ source: content, at: contentAt! });
      for (const item of items) {
        if (item.source !== null) pending.push({ source: item.source, at: item.at! });
        else {
          blocks.push(...paragraphs(pending));
          pending.length = 0;
          blocks.push(item.block!);
        }
      }
      blocks.push(...paragraphs(pending));
      for (const img of images) if (img.src) blocks.push({ type: 'image', src: img.src, alt: '', position: img.at });
      if (!blocks.length && !title) return;
      section.blocks.push(...blocks);
    });
    return compact(sections);
  }

  /** `image:` one image, or a list of them. */
  private images(k: number, p: number, end: number, indent: number, out: { src: string | null; at: Position }[]): void {
    const shape = this.shape(k, p, end, indent);
    if (shape === Shape.Empty) return;
    if (shape === Shape.Text) {
      out.push({ at: this.at(k, p), src: this.text_(k, p, end, indent) });
      return;
    }
    if (!this.isDash(this.i)) throw new Unsupported();
    const dash = this.indentOf(this.i);
    while (this.i < this.n && this.indentOf(this.i) === dash && this.isDash(this.i)) {
      const k1 = this.i;
      const q = this.skipSpaces(this.t[4 * k1]! + 1);
      const end1 = this.t[4 * k1 + 1]!;
      if (q >= end1 || this.keyEnd(q, end1) !== -1) throw new Unsupported();
      out.push({ at: this.at(k1, q), src: this.text_(k1, q, end1, dash) });
    }
  }

  /** `contentList:` its paragraphs (text) and sub-headings (blocks), in order. */
  private contentList(k: number, p: number, end: number, indent: number): ContentItem[] {
    const items: ContentItem[] = [];
    this.listBelow(k, p, end, indent, (k1, indent1) => {
      let text: ContentItem | null = null;
      let special: ContentItem | null = null;
      this.mapping(indent1, (key, k2, p2, end2, indent2) => {
        if (key === 'content') {
          const at = this.at(k2, p2);
          const source = this.text_(k2, p2, end2, indent2);
          if (source !== null) text = { source, at, block: null };
        } else if (key === 'specialContent') {
          const block = this.special(k2, p2, end2, indent2);
          if (block) special = { source: null, at: null, block };
        } else throw new Unsupported();
      });
      if (text) items.push(text);
      if (special) items.push(special);
    });
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
    const f: Record<string, string | null> = { text: null, level: null, link: null, bold: null };
    this.mapping(this.indentOf(this.i), (key, k1, p1, end1, indent1) => {
      if (!(key in f)) throw new Unsupported();
      f[key] = this.text_(k1, p1, end1, indent1);
    });
    if (!f.text) return null;
    const level = f.level ? Number.parseInt(f.level, 10) : 3;
    if (!Number.isFinite(level) || level < 1 || level > 6) throw new Unsupported();
    return heading(f.text, level, f.link ?? null, f.bold ?? null, at);
  }

  /** `section2.rightPart`: the logo and the facts. */
  private rightPart(k: number, p: number, end: number, indent: number, out: CasePageParts): void {
    const facts = out.facts;
    this.mappingBelow(k, p, end, indent, (key, k1, p1, end1, indent1) => {
      if (key === 'icon') out.logo = this.text_(k1, p1, end1, indent1);
      else if (key === 'list') {
        this.listBelow(k1, p1, end1, indent1, (k2, indent2) => {
          let label: string | null = null;
          let value: string | null = null;
          let at: Position | null = null;
          this.mapping(indent2, (key3, k3, p3, end3, indent3) => {
            if (key3 === 'title') label = this.text_(k3, p3, end3, indent3);
            else if (key3 === 'content') {
              at = this.at(k3, p3);
              value = this.text_(k3, p3, end3, indent3);
            } else throw new Unsupported();
          });
          if (!label || !value) return;
          const field = factField(label);
          // A label the model does not know is reported (as info) by the other reader.
          if (!field) throw new Unsupported();
          facts.positions[field] = at!;
          if (field === 'cloudType' || field === 'challenges' || field === 'features') {
            facts[field] = facts[field].length ? [...facts[field], ...splitFactValues(value)] : splitFactValues(value);
          } else facts[field] = value;
        });
      } else throw new Unsupported();
    });
  }
}
