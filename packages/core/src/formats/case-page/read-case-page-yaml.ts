import type { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { inlineToText } from '../../model/inline-to-text.js';
import { parseInline } from '../../markdown/parse-inline.js';
import { richText } from '../../markdown/markdown-to-blocks.js';
import type { Block, Facts, Position, RichText, Section } from '../../model/model.js';
import { appendAll } from '../shared/append-all.js';
import type { FrontMatterParts } from '../shared/split-front-matter.js';
import { parseYamlTree } from '../yaml/parse-yaml-tree.js';
import type { YamlNode } from '../yaml/yaml-tree.js';
import { lastValue, YamlValues, type Entry } from '../yaml/yaml-values.js';
import {
  addFact,
  BLOCK_KEYS,
  BLOCK_REPEATABLE,
  compact,
  currentSection,
  emptyFacts,
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

/** Read a case page's front matter into model parts, reporting every problem; null when it is unreadable. */
export function readCasePageYaml(parts: FrontMatterParts, sink: DiagnosticSink): CasePageParts | null {
  const yaml = parseYamlTree(parts.source, parts.yamlStart, parts.yamlStart + parts.yaml!.length, parts.yamlLine, sink);
  if (!yaml.ok) return null;
  const y = new YamlValues(sink);
  const root = yaml.root;
  if (!root || root.kind !== 'map') {
    sink.error(
      'wrong-shape',
      'front matter should be a mapping of keys',
      root?.position ?? [parts.yamlLine, 1],
      'Write "title:", "section1:" and "section2:" at the start of lines.',
    );
    return null;
  }
  const top = y.entries(root, { known: ROOT_KEYS, ignored: HUGO_KEYS, where: 'front matter' });
  const title = y.str(lastValue(top.get('title')), 'title') ?? '';

  const s1 = y.map(lastValue(top.get('section1')), 'section1');
  const s1e = s1 ? y.entries(s1, { known: SECTION1_KEYS, repeatable: ['image'], where: 'section1' }) : new Map<string, Entry>();
  const companyName = y.str(lastValue(s1e.get('title')), 'section1.title');
  const summary = y.str(lastValue(s1e.get('content')), 'section1.content') ?? '';
  const image = lastValue(s1e.get('image'));
  const companyImage = y.str(image, 'section1.image');

  const s2 = y.map(lastValue(top.get('section2')), 'section2');
  const s2e = s2 ? y.entries(s2, { known: SECTION2_KEYS, where: 'section2' }) : new Map<string, Entry>();
  const sections = readBody(y, s2e.get('listLeft'));
  const { facts, logo } = readFacts(y, s2e.get('rightPart'));
  if (companyImage && image) facts.positions.cover = image.position;
  const description = y.str(lastValue(top.get('description')), 'description');
  return { title, description, companyName, summary, companyImage, sections, facts, logo, keyPosition: (key) => top.get(key)?.keyPosition };
}

function readBody(y: YamlValues, entry: Entry | undefined): Section[] {
  const sections: Section[] = [];
  const items = entry ? entry.values.flatMap((v) => y.seq(v, 'section2.listLeft')) : [];
  items.forEach((node, index) => {
    const where = `section2.listLeft[${index}]`;
    const at = node.position;
    if (node.kind === 'scalar' && node.text?.trim()) {
      y.sink.warn(
        'wrong-shape',
        `${where} should be a mapping; read the text as a paragraph`,
        at,
        'Write it as "- title: …" with a "contentList:" of "- content: …" items.',
      );
      appendAll(currentSection(sections, at).blocks, paragraphs([{ source: node.text.trim(), at }], y.sink));
      return;
    }
    const map = y.map(node, where);
    if (!map) return;
    const e = y.entries(map, { known: BLOCK_KEYS, repeatable: BLOCK_REPEATABLE, where });
    const type = y.str(lastValue(e.get('type')), `${where}.type`);
    if (type === '1') {
      const list: RichText[] = [];
      for (const item of contentItems(y, e, where)) if (item.kind === 'content') list.push(richText(item.source, y.sink, item.at));
      if (list.length) currentSection(sections, at).blocks.push({ type: 'highlights', items: list, position: at });
      else y.sink.warn('empty-block', `highlight list ${where} is empty`, at, 'Add "- content: …" items or remove the block.');
      return;
    }
    if (type === '2') {
      const quoteText = (e.get('content')?.values ?? [])
        .map((v) => y.str(v, `${where}.content`))
        .filter((s): s is string => !!s)
        .join('\n');
      const author = y.str(lastValue(e.get('author')), `${where}.author`);
      if (!quoteText) {
        y.sink.warn('empty-block', `pull quote ${where} has no content`, at, 'Add "content: \'…\'" or remove the block.');
        return;
      }
      const inline = parseInline(quoteText, y.sink, at);
      const plain = inline.length === 1 && inline[0]!.type === 'text';
      currentSection(sections, at).blocks.push(
        plain
          ? { type: 'quote', text: quoteText, author, blocks: [], position: at }
          : { type: 'quote', text: inlineToText(inline), inline, author, blocks: [], position: at },
      );
      return;
    }
    if (type !== null) {
      y.sink.warn(
        'wrong-shape',
        `${where}.type should be 1 (highlights) or 2 (quote), found "${type}"; read as a content block`,
        lastValue(e.get('type'))?.position,
        'Remove "type" for an ordinary block.',
      );
    }
    const title = y.str(lastValue(e.get('title')), `${where}.title`);
    const blocks: Block[] = [];
    const pending: { source: string; at: Position }[] = [];
    const flush = () => {
      if (pending.length) appendAll(blocks, paragraphs(pending, y.sink));
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
    for (const value of e.get('image')?.values ?? []) {
      // `image` may also be a list of images.
      for (const node of value.kind === 'seq' ? value.items : [value]) {
        const src = y.str(node, `${where}.image`);
        if (src) blocks.push({ type: 'image', src, alt: '', position: node.position });
      }
    }
    if (title) sections.push({ title, blocks, position: at });
    else if (blocks.length) appendAll(currentSection(sections, at).blocks, blocks);
  });
  return compact(sections);
}

type ContentItem = { kind: 'content'; source: string; at: Position } | { kind: 'block'; block: Block };

function contentItems(y: YamlValues, e: Map<string, Entry>, where: string): ContentItem[] {
  const out: ContentItem[] = [];
  // A lone `content:` on an ordinary block is an author's shortcut for a one-item contentList.
  const loose = e.get('type') ? [] : (e.get('content')?.values ?? []);
  for (const value of loose) {
    const s = y.str(value, `${where}.content`);
    if (s) out.push({ kind: 'content', source: s, at: value.position });
  }
  for (const list of e.get('contentList')?.values ?? []) {
    y.seq(list, `${where}.contentList`).forEach((node, i) => {
      const w = `${where}.contentList[${i}]`;
      if (node.kind === 'scalar') {
        const s = y.str(node, w);
        if (s) {
          y.sink.warn('wrong-shape', `${w} should be "content: …"; read the text as content`, node.position, 'Write the item as "- content: …".');
          out.push({ kind: 'content', source: s, at: node.position });
        }
        return;
      }
      const map = y.map(node, w);
      if (!map) return;
      const ie = y.entries(map, { known: ITEM_KEYS, repeatable: ITEM_REPEATABLE, where: w });
      for (const c of ie.get('content')?.values ?? []) {
        const s = y.str(c, `${w}.content`);
        if (s) out.push({ kind: 'content', source: s, at: c.position });
      }
      for (const sc of ie.get('specialContent')?.values ?? []) {
        const block = special(y, sc, `${w}.specialContent`);
        if (block) out.push({ kind: 'block', block });
      }
    });
  }
  return out;
}

/** A sub-heading: `specialContent: text` or `{text, level, link, bold}`. */
function special(y: YamlValues, node: YamlNode, where: string): Block | null {
  if (node.kind === 'scalar') {
    const s = y.str(node, where);
    return s ? heading(s, 3, null, null, node.position) : null;
  }
  const map = y.map(node, where);
  if (!map) return null;
  const e = y.entries(map, { known: SPECIAL_KEYS, where });
  const text = y.str(lastValue(e.get('text')), `${where}.text`);
  if (!text) return null;
  const levelNode = lastValue(e.get('level'));
  const levelText = y.str(levelNode, `${where}.level`);
  let level = levelText ? Number.parseInt(levelText, 10) : 3;
  if (!Number.isFinite(level) || level < 1 || level > 6) {
    y.sink.warn('wrong-shape', `${where}.level should be 1 to 6, found "${levelText}"; read as 3`, levelNode?.position, 'Use "level: 3" for a sub-heading.');
    level = 3;
  }
  return heading(text, level, y.str(lastValue(e.get('link')), `${where}.link`), y.str(lastValue(e.get('bold')), `${where}.bold`), map.position);
}

function readFacts(y: YamlValues, entry: Entry | undefined): { facts: Facts; logo: string | null } {
  const facts = emptyFacts();
  const map = y.map(lastValue(entry), 'section2.rightPart');
  if (!map) return { facts, logo: null };
  const e = y.entries(map, { known: RIGHT_KEYS, where: 'section2.rightPart' });
  const icon = lastValue(e.get('icon'));
  const logo = y.str(icon, 'section2.rightPart.icon');
  if (logo && icon) facts.positions.logo = icon.position;
  const extra: Record<string, string> = Object.create(null) as Record<string, string>;
  y.seq(lastValue(e.get('list')), 'section2.rightPart.list').forEach((node, i) => {
    const where = `section2.rightPart.list[${i}]`;
    const m = y.map(node, where);
    if (!m) return;
    const fe = y.entries(m, { known: FACT_KEYS, where });
    const labelNode = lastValue(fe.get('title'));
    const label = y.str(labelNode, `${where}.title`);
    const valueNode = lastValue(fe.get('content'));
    const value = y.str(valueNode, `${where}.content`);
    if (!label || !value) return;
    const field = factField(label);
    if (!field) {
      // A "__proto__" label would become a prototype wherever the export is spread or assigned.
      if (label !== '__proto__') extra[label] = value;
      y.sink.info(
        'unknown-fact',
        `fact "${label}" is not one the model knows; kept under facts.extra`,
        labelNode?.position,
        'Known labels: 行业, 地点, 云类型, 挑战, 采用功能, 作者 or INDUSTRY, LOCATION, CLOUD TYPE, CHALLENGES, ADOPTED FEATURES, AUTHOR.',
      );
      return;
    }
    addFact(facts, field, value, valueNode!.position);
  });
  facts.extra = { ...extra };
  return { facts, logo };
}
