import { markdownToBlocks, richText } from '../../markdown/markdown-to-blocks.js';
import type { MarkdownDiagnostics } from '../../markdown/markdown-parser.js';
import { splitFactValues } from '../../link/match-terms.js';
import { richInline } from '../../model/inline-to-text.js';
import { appendAll } from '../shared/append-all.js';
import type { Block, Facts, Position, Section } from '../../model/model.js';

// What a case page's front matter may hold, and the blocks its values become.

export const ROOT_KEYS = ['title', 'description', 'css', 'section1', 'section2'] as const;
export const HUGO_KEYS = [
  'weight',
  'draft',
  'layout',
  'aliases',
  'date',
  'type',
  'url',
  'slug',
  'linkTitle',
  'keywords',
  'tags',
  'keyword',
  'tag',
  'author',
  'version',
  'image',
  'icon',
  'summary',
];
export const SECTION1_KEYS = ['title', 'content', 'image'] as const;
export const SECTION2_KEYS = ['listLeft', 'rightPart'] as const;
export const BLOCK_KEYS = ['title', 'contentList', 'image', 'type', 'content', 'author'] as const;
export const ITEM_KEYS = ['content', 'specialContent'] as const;
export const SPECIAL_KEYS = ['text', 'level', 'link', 'bold'] as const;
export const RIGHT_KEYS = ['icon', 'list'] as const;
export const FACT_KEYS = ['title', 'content'] as const;
export const BLOCK_REPEATABLE = ['image', 'contentList', 'content'];
export const ITEM_REPEATABLE = ['content', 'specialContent'];

/** Fact labels (zh and en, any case) → model field. */
const FACT_LABELS: Record<string, keyof Omit<Facts, 'extra' | 'positions'>> = {
  行业: 'industry',
  industry: 'industry',
  地点: 'location',
  位置: 'location',
  地区: 'location',
  location: 'location',
  云类型: 'cloudType',
  'cloud type': 'cloudType',
  cloudtype: 'cloudType',
  挑战: 'challenges',
  challenges: 'challenges',
  challenge: 'challenges',
  采用功能: 'features',
  使用功能: 'features',
  功能: 'features',
  'adopted features': 'features',
  features: 'features',
  作者: 'author',
  author: 'author',
};

/** The model field a fact label names (zh or en, any case, a trailing colon allowed), if any. */
export function factField(label: string): keyof Omit<Facts, 'extra' | 'positions'> | undefined {
  return Object.hasOwn(FACT_LABELS, label)
    ? FACT_LABELS[label]
    : FACT_LABELS[
        label
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .replace(/[:：]$/, '')
      ];
}

/** Empty facts. */
export function emptyFacts(): Facts {
  return { industry: null, location: null, cloudType: [], challenges: [], features: [], author: null, extra: {}, positions: {} };
}

const ORDERED_ITEM = /^(\d{1,3})[.．、)）](?!\d)\s*(?=\S)/;
const BULLET_ITEM = /^[-*•·]\s+(?=\S)/;
/** Content that is a block of Markdown on its own: a heading, an image, a quote, a table row. */
const BLOCK_MARKDOWN = /^(?:#{1,6}\s|!\[[^\]]*\]\(|<img\b|>\s|\|.*\|$)/i;

/** A sub-heading (`specialContent`): its text, level, and an optional link and bold flag. */
export function heading(text: string, level: number, link: string | null, bold: string | null, at: Position): Block {
  let r = richText(text);
  if (link) r = { text: r.text, inline: [{ type: 'link', url: link, children: [...richInline(r)] }] };
  if (bold && bold !== 'false') r = { text: r.text, inline: [{ type: 'strong', children: [...richInline(r)] }] };
  return { type: 'heading', level, text: r.text, inline: r.inline, position: at };
}

/** An exact-size copy of a list built by push (the model keeps thousands of them). */
export function exact<T>(list: T[]): T[] {
  return list.length ? list.slice() : [];
}

/** The sections with exact-size lists: the model keeps them, and a list grown by push holds room for 17 items. */
export function compact(sections: Section[]): Section[] {
  for (const s of sections) {
    s.blocks = exact(s.blocks);
    for (const b of s.blocks) {
      if (b.type === 'list') b.items = exact(b.items);
      else if (b.type === 'highlights') b.items = exact(b.items);
    }
  }
  return exact(sections);
}

/** Turn content strings into paragraphs, grouping consecutive "1. …" or "- …" items into lists. */
export function paragraphs(items: { source: string; at: Position }[], diagnostics?: MarkdownDiagnostics): Block[] {
  const out: Block[] = [];
  for (const { source, at } of items) {
    // Most content is a plain sentence: look at the first character before trying patterns.
    const first = source.charCodeAt(0);
    const maybeBlock = first === 35 || first === 33 || first === 60 || first === 62 || first === 124; // # ! < > |
    if (source.includes('\n') || (maybeBlock && BLOCK_MARKDOWN.test(source))) {
      appendAll(out, markdownToBlocks(source, at[0] + (/^[|>]/.test(source) ? 1 : 0), at[1], diagnostics));
      continue;
    }
    const ordered = first >= 48 && first <= 57 ? ORDERED_ITEM.exec(source) : null;
    const bullet = ordered || !(first === 45 || first === 42 || first === 8226 || first === 183) ? null : BULLET_ITEM.exec(source);
    if (ordered || bullet) {
      const rest = source.slice((ordered ?? bullet)![0].length);
      const r = richText(rest, diagnostics, at);
      const item = { text: r.text, inline: r.inline, blocks: [] };
      const prev = out[out.length - 1];
      if (prev?.type === 'list' && prev.ordered === !!ordered && (!ordered || prev.start! + prev.items.length === Number(ordered[1]))) {
        prev.items.push(item);
      } else {
        out.push({ type: 'list', ordered: !!ordered, start: ordered ? Number(ordered[1]) : null, items: [item], position: at });
      }
      continue;
    }
    const { text, inline } = richText(source, diagnostics, at);
    out.push({ type: 'paragraph', text, inline, position: at });
  }
  return out;
}

/** The section a block without a title joins: the last one, or a new untitled one. */
export function currentSection(sections: Section[], at: Position | undefined): Section {
  let s = sections[sections.length - 1];
  if (!s) {
    s = { title: null, blocks: [], position: at };
    sections.push(s);
  }
  return s;
}

/** Record one fact under its field: list fields take every value (split on 、，,；; + 和), the others the last. */
export function addFact(facts: Facts, field: keyof Omit<Facts, 'extra' | 'positions'>, value: string, at: Position): void {
  facts.positions[field] = at;
  if (field === 'cloudType' || field === 'challenges' || field === 'features') {
    facts[field] = facts[field].length ? [...facts[field], ...splitFactValues(value)] : splitFactValues(value);
  } else facts[field] = value;
}
