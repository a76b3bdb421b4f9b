import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { position } from '../../load/decode-source.js';
import { detectLocale } from '../shared/detect-locale.js';
import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import {
  addFact,
  BLOCK_KEYS,
  BLOCK_REPEATABLE,
  compact,
  currentSection,
  emptyFacts,
  exact,
  FACT_KEYS,
  factField,
  heading,
  HUGO_KEYS,
  ITEM_KEYS,
  ITEM_REPEATABLE,
  paragraphs,
  RIGHT_KEYS,
  ROOT_KEYS,
  SECTION1_KEYS,
  SECTION2_KEYS,
  SPECIAL_KEYS,
} from './case-page-blocks.js';
import { inlineToText } from '../../model/inline-to-text.js';
import { blocksToText, richText } from '../../markdown/markdown-to-blocks.js';
import { parseInline } from '../../markdown/parse-inline.js';
import type { Block, Case, Facts, Position, Quote, RichText, Section } from '../../model/model.js';
import { splitFrontMatter, type FrontMatterParts } from '../shared/split-front-matter.js';
import { YamlReader, type Entry } from '../yaml/yaml-reader.js';
import { readCleanCasePage, type CasePageParts } from './case-page-fast.js';

/** Options for the document parsers. */
export interface ParseOptions {
  /** Path of the file relative to the content folder; the last segment gives the id. */
  path: string;
  /** Path shown in diagnostics. @default options.path */
  file?: string;
  /** Locale from the folder, if any; the text's language wins when they disagree. */
  locale?: string | null;
  /** The text already split into front matter and body (saves splitting it twice). */
  parts?: FrontMatterParts;
  /**
   * Read clean case pages with the fast reader (the YAML-AST reader reads the rest). Off only to
   * compare the two readers. @default true @internal
   */
  fast?: boolean;
}

/** What a parser returns: the document (null when unreadable) and its diagnostics. */
export interface ParseResult<T> {
  value: T | null;
  diagnostics: import('../../model/model.js').Diagnostic[];
}

/**
 * Parse a Hugo "case-detail" page (YAML front matter only) into a {@link Case}.
 * Facets and scenarios are filled in when the case joins a collection (they need the taxonomy).
 * @example parseCasePage(text, { path: 'cases/zh/vesoft.md' }).value?.company.name // 'vesoft inc.'
 */
export function parseCasePage(text: string, options: ParseOptions): ParseResult<Case> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const value = read(text, options, sink);
  return { value, diagnostics: sink.items };
}

function read(text: string, options: ParseOptions, sink: DiagnosticSink): Case | null {
  const parts = options.parts ?? splitFrontMatter(text);
  if (parts.yaml === null) {
    sink.error('missing-front-matter', 'case page has no front matter', { line: 1, column: 1 }, 'Start the file with a line "---", the YAML, then "---".');
    return null;
  }
  if (!parts.closed) sink.warn('unclosed-front-matter', 'front matter is never closed; read to the end of the file', { line: 1, column: 1 }, 'Add a line "---" after the YAML.');
  if (parts.body.trim()) {
    const offset = parts.body.search(/\S/);
    const line = parts.bodyLine - 1 + position(parts.body, offset).line;
    sink.warn('ignored-body', 'text after the front matter is not part of a case page and is ignored', { line, column: 1 }, 'Move it into a section2.listLeft block.');
  }
  // Clean pages (most) are read straight from their lines; the rest through the YAML AST,
  // which reports what is wrong with them.
  const page = (options.fast !== false && readCleanCasePage(parts.source, parts.yamlStart, parts.yaml.length, parts.yamlLine)) || readWithYaml(parts.yaml, parts, sink);
  if (!page) return null;
  const { title, companyName, summary, sections } = page;

  const id = idFromPath(options.path);
  let name = companyName;
  if (!name) {
    const at = page.keyPosition('section1') ?? { line: parts.yamlLine, column: 1 };
    sink.error('missing-company', 'case page has no company name (section1.title)', at, 'Add "section1:" with "title: <company name>".');
    if (!title) return null;
    name = title;
  }
  const highlights: RichText[] = [];
  const quotes: Quote[] = [];
  for (const s of sections)
    for (const b of s.blocks) {
      if (b.type === 'highlights') highlights.push(...b.items);
      else if (b.type === 'quote' && b.author !== undefined) quotes.push({ text: b.text, inline: b.inline, author: b.author });
    }

  if (title && companyName && !mentions(title, [companyName, id, summary]) && !mentions(title, [blocksToText(sections[0]?.blocks ?? [])])) {
    sink.warn('title-mismatch', `front-matter title "${title}" does not name the company "${companyName}"`, page.keyPosition('title'), `The company name "${companyName}" is used; set "title: ${companyName}" to silence this.`);
  }

  // The language shows in the first few hundred characters; reading them all costs time on big folders.
  let sample = `${summary}\n${name}`;
  for (const s of sections) {
    if (sample.length > 600) break;
    sample += `\n${s.title ?? ''}\n${blocksToText(s.blocks)}`;
  }
  const locale = chooseLocale(options.locale ?? null, detectLocale(sample), sink);

  return {
    kind: 'case',
    id,
    locale,
    title: name,
    company: { name, summary, logo: page.logo },
    description: page.description,
    facts: page.facts,
    facets: { industry: [], cloudType: [], features: [], challenges: [] },
    highlights: exact(highlights),
    quotes: exact(quotes),
    sections,
    scenarios: [],
    tags: [],
    keywords: [],
    publishedAt: null,
    cover: page.companyImage,
    source: { path: options.path, format: 'case-page' },
  };
}

/** Read the front matter through the YAML AST, reporting every problem; null when it is unreadable. */
function readWithYaml(yaml: string, parts: FrontMatterParts, sink: DiagnosticSink): CasePageParts | null {
  const y = new YamlReader(yaml, parts.yamlLine, sink, { source: parts.source, start: parts.yamlStart });
  if (!y.ok) return null;
  const rootNode = y.root();
  const root = rootNode && isMap(rootNode) ? (rootNode as YAMLMap) : null;
  if (!root) {
    sink.error('wrong-shape', 'front matter should be a mapping of keys', y.pos(rootNode), 'Write "title:", "section1:" and "section2:" at the start of lines.');
    return null;
  }
  const top = y.entries(root, { known: ROOT_KEYS, ignored: HUGO_KEYS, where: 'front matter' });
  const title = y.str(last(top.get('title')), 'title') ?? '';

  const s1 = y.map(last(top.get('section1')), 'section1');
  const s1e = s1 ? y.entries(s1, { known: SECTION1_KEYS, repeatable: ['image'], where: 'section1' }) : new Map<string, Entry>();
  const companyName = y.str(last(s1e.get('title')), 'section1.title');
  const summary = y.str(last(s1e.get('content')), 'section1.content') ?? '';
  const companyImage = y.str(last(s1e.get('image')), 'section1.image');

  const s2 = y.map(last(top.get('section2')), 'section2');
  const s2e = s2 ? y.entries(s2, { known: SECTION2_KEYS, where: 'section2' }) : new Map<string, Entry>();
  const sections = readBody(y, s2e.get('listLeft'));
  const { facts, logo } = readFacts(y, s2e.get('rightPart'));
  const description = y.str(last(top.get('description')), 'description');
  return { title, description, companyName, summary, companyImage, sections, facts, logo, keyPosition: (key) => top.get(key)?.keyPosition };
}

/** Does `title` name the same thing as any of `texts` (ignoring case and spacing)? */
function mentions(title: string, texts: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\s\-_.,]+/g, '');
  const t = norm(title);
  if (!t) return true;
  return texts.some((x) => {
    const n = norm(x);
    return n.includes(t) || (n.length > 1 && t.includes(n));
  });
}

/** The locale to use: the text's language when it clearly disagrees with the folder. */
export function chooseLocale(fromPath: string | null, detected: 'zh' | 'en' | null, sink: DiagnosticSink): string {
  if (!fromPath) return detected ?? 'en';
  if (detected && fromPath.split('-')[0] !== detected) {
    sink.info('locale-mismatch', `the text is ${detected === 'zh' ? 'Chinese' : 'English'} but the folder says "${fromPath}"; locale "${detected}" is used`, { line: 1, column: 1 }, `Move the file to a "${detected}" folder.`);
    return detected;
  }
  return fromPath;
}

/** The id a content path gives: the file name without extension(s) and locale suffix. */
export function idFromPath(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.(md|markdown|txt)$/i, '').replace(/\.[a-z]{2}(?:-[a-z]{2,4})?$/i, '');
}

function last(e: Entry | undefined): Node | null {
  return e ? (e.values[e.values.length - 1] ?? null) : null;
}

function readBody(y: YamlReader, entry: Entry | undefined): Section[] {
  const sections: Section[] = [];
  const current = (at: Position): Section => currentSection(sections, at);
  const items = entry ? entry.values.flatMap((v) => y.seq(v, 'section2.listLeft')) : [];
  items.forEach((raw, index) => {
    const where = `section2.listLeft[${index}]`;
    const node = y.resolve(raw);
    const at = y.pos(node);
    if (node && isScalar(node) && typeof node.value === 'string' && node.value.trim()) {
      y.sink.warn('wrong-shape', `${where} should be a mapping; read the text as a paragraph`, at, 'Write it as "- title: …" with a "contentList:" of "- content: …" items.');
      current(at).blocks.push(...paragraphs([{ source: node.value, at }]));
      return;
    }
    const map = y.map(node, where);
    if (!map) return;
    const e = y.entries(map, { known: BLOCK_KEYS, repeatable: BLOCK_REPEATABLE, where });
    const type = y.str(last(e.get('type')), `${where}.type`);
    if (type === '1') {
      const hl: RichText[] = [];
      for (const item of contentItems(y, e, where)) {
        if (item.kind === 'content') hl.push(richText(item.source));
      }
      if (hl.length) current(at).blocks.push({ type: 'highlights', items: hl, position: at });
      else y.sink.warn('empty-block', `highlight list ${where} is empty`, at, 'Add "- content: …" items or remove the block.');
      return;
    }
    if (type === '2') {
      const parts = (e.get('content')?.values ?? []).map((v) => y.str(v, `${where}.content`)).filter((s): s is string => !!s);
      const quoteText = parts.join('\n');
      const author = y.str(last(e.get('author')), `${where}.author`);
      if (!quoteText) {
        y.sink.warn('empty-block', `pull quote ${where} has no content`, at, 'Add "content: \'…\'" or remove the block.');
        return;
      }
      const inline = parseInline(quoteText);
      current(at).blocks.push({ type: 'quote', text: inlineToText(inline), inline, author, blocks: [], position: at });
      return;
    }
    if (type !== null) {
      y.sink.warn('wrong-shape', `${where}.type should be 1 (highlights) or 2 (quote), found "${type}"; read as a content block`, y.pos(last(e.get('type'))), 'Remove "type" for an ordinary block.');
    }
    const title = y.str(last(e.get('title')), `${where}.title`);
    let section: Section;
    if (title) {
      section = { title, blocks: [], position: at };
      sections.push(section);
    } else {
      section = current(at);
    }
    const blocks: Block[] = [];
    const pending: { source: string; at: Position }[] = [];
    const flush = () => {
      blocks.push(...paragraphs(pending));
      pending.length = 0;
    };
    for (const item of contentItems(y, e, where)) {
      if (item.kind === 'content') pending.push({ source: item.source, at: item.at });
      else {
        flush();
        blocks.push(item.block);
      }
    }
    flush();
    for (const img of e.get('image')?.values ?? []) {
      // `image` may also be a list of images.
      const resolved = y.resolve(img);
      const nodes = resolved && isSeq(resolved) ? (resolved.items as Node[]) : [img];
      for (const n of nodes) {
        const src = y.str(n, `${where}.image`);
        if (src) blocks.push({ type: 'image', src, alt: '', position: y.pos(n) });
      }
    }
    if (!blocks.length && !title) return;
    section.blocks.push(...blocks);
  });
  return compact(sections);
}

type ContentItem = { kind: 'content'; source: string; at: Position } | { kind: 'block'; block: Block };

function contentItems(y: YamlReader, e: Map<string, Entry>, where: string): ContentItem[] {
  const out: ContentItem[] = [];
  const lists = e.get('contentList')?.values ?? [];
  // A lone `content:` on an ordinary block is an author's shortcut for a one-item contentList.
  const loose = e.get('type') ? [] : (e.get('content')?.values ?? []);
  for (const v of loose) {
    const s = y.str(v, `${where}.content`);
    if (s) out.push({ kind: 'content', source: s, at: y.pos(v) });
  }
  lists.forEach((list) => {
    y.seq(list, `${where}.contentList`).forEach((raw, i) => {
      const plain = plainContent(y, raw);
      if (plain !== undefined) {
        if (plain) out.push({ kind: 'content', source: plain.source, at: y.pos(plain.node) });
        return;
      }
      const w = `${where}.contentList[${i}]`;
      const node = y.resolve(raw);
      if (node && isScalar(node)) {
        const s = y.str(node, w);
        if (s) {
          y.sink.warn('wrong-shape', `${w} should be "content: …"; read the text as content`, y.pos(node), 'Write the item as "- content: …".');
          out.push({ kind: 'content', source: s, at: y.pos(node) });
        }
        return;
      }
      const map = y.map(node, w);
      if (!map) return;
      const ie = y.entries(map, { known: ITEM_KEYS, repeatable: ITEM_REPEATABLE, where: w });
      for (const c of ie.get('content')?.values ?? []) {
        const s = y.str(c, `${w}.content`);
        if (s) out.push({ kind: 'content', source: s, at: y.pos(c) });
      }
      for (const sc of ie.get('specialContent')?.values ?? []) {
        const block = special(y, sc, `${w}.specialContent`);
        if (block) out.push({ kind: 'block', block });
      }
    });
  });
  return out;
}

/**
 * The common item "- content: text" read directly: its text (null when empty), or undefined
 * for any other shape, which the general path reads with its checks and diagnostics.
 */
function plainContent(y: YamlReader, raw: Node): { source: string; node: Node } | null | undefined {
  const map = y.resolve(raw);
  if (!map || !isMap(map) || map.items.length !== 1) return undefined;
  const pair = map.items[0]!;
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key || !isScalar(key) || key.value !== 'content' || !value || !isScalar(value) || typeof value.value !== 'string') return undefined;
  const source = value.value.trim();
  return source ? { source, node: value } : null;
}

function special(y: YamlReader, node: Node | null, where: string): Block | null {
  const n = y.resolve(node);
  const at = y.pos(n);
  if (n && isScalar(n)) {
    const s = y.str(n, where);
    if (!s) return null;
    const r = richText(s);
    return { type: 'heading', level: 3, text: r.text, inline: r.inline, position: at };
  }
  const map = y.map(n, where);
  if (!map) return null;
  const e = y.entries(map, { known: SPECIAL_KEYS, where });
  const text = y.str(last(e.get('text')), `${where}.text`);
  if (!text) return null;
  const levelRaw = y.str(last(e.get('level')), `${where}.level`);
  let level = levelRaw ? Number.parseInt(levelRaw, 10) : 3;
  if (!Number.isFinite(level) || level < 1 || level > 6) {
    y.sink.warn('wrong-shape', `${where}.level should be 1 to 6, found "${levelRaw}"; read as 3`, y.pos(last(e.get('level'))), 'Use "level: 3" for a sub-heading.');
    level = 3;
  }
  return heading(text, level, y.str(last(e.get('link')), `${where}.link`), y.str(last(e.get('bold')), `${where}.bold`), at);
}

function readFacts(y: YamlReader, entry: Entry | undefined): { facts: Facts; logo: string | null } {
  const facts = emptyFacts();
  const extra: Record<string, string> = Object.create(null);
  const map = y.map(last(entry), 'section2.rightPart');
  if (!map) return { facts, logo: null };
  const e = y.entries(map, { known: RIGHT_KEYS, where: 'section2.rightPart' });
  const logo = y.str(last(e.get('icon')), 'section2.rightPart.icon');
  y.seq(last(e.get('list')), 'section2.rightPart.list').forEach((raw, i) => {
    const where = `section2.rightPart.list[${i}]`;
    const m = y.map(raw, where);
    if (!m) return;
    const fe = y.entries(m, { known: FACT_KEYS, where });
    const label = y.str(last(fe.get('title')), `${where}.title`);
    const valueNode = last(fe.get('content'));
    const value = y.str(valueNode, `${where}.content`);
    if (!label || !value) return;
    const at = y.pos(valueNode);
    const field = factField(label);
    if (!field) {
      if (label !== '__proto__') extra[label] = value;
      y.sink.info('unknown-fact', `fact "${label}" is not one the model knows; kept under facts.extra`, y.pos(last(fe.get('title'))), `Known labels: 行业, 地点, 云类型, 挑战, 采用功能, 作者 or INDUSTRY, LOCATION, CLOUD TYPE, CHALLENGES, ADOPTED FEATURES, AUTHOR.`);
      return;
    }
    addFact(facts, field, value, at);
  });
  facts.extra = { ...extra };
  return { facts, logo };
}
