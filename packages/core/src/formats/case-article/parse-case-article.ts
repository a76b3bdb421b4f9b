import { isSeq, type Node } from 'yaml';
import { detectLocale } from '../shared/detect-locale.js';
import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { blocksToText, firstParagraph, markdownToBlocks } from '../../markdown/markdown-to-blocks.js';
import { currentSection, emptyFacts } from '../case-page/case-page-blocks.js';
import { chooseLocale, idFromPath, type ParseOptions, type ParseResult } from '../case-page/parse-case-page.js';
import { splitFactValues } from '../../link/match-terms.js';
import type { Block, Case, Facts, Section } from '../../model/model.js';
import { splitFrontMatter } from '../shared/split-front-matter.js';
import { YamlReader, type Entry } from '../yaml/yaml-reader.js';

const KEYS = [
  'title', 'tag', 'tags', 'keywords', 'keyword', 'description', 'createTime', 'date', 'author', 'snapshot', 'cover',
  'company', 'logo', 'industry', 'location', 'cloudType', 'challenges', 'features',
] as const;
const IGNORED = ['weight', 'draft', 'layout', 'aliases', 'type', 'url', 'slug', 'linkTitle', 'css', 'version', 'image', 'summary', 'categories', 'lastmod', 'publishDate', 'toc'];

/**
 * Parse a case article (front matter `title, tag, keywords, description, createTime, author,
 * snapshot`, then Markdown) into a {@link Case}. Each `##` heading starts a section.
 * @example parseCaseArticle(text, { path: 'cases/zh/benlai.md' }).value?.publishedAt // '2020-03-28'
 */
export function parseCaseArticle(text: string, options: ParseOptions): ParseResult<Case> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const parts = options.parts ?? splitFrontMatter(text);
  let e = new Map<string, Entry>();
  let y: YamlReader | null = null;
  if (parts.yaml === null) {
    sink.warn('missing-front-matter', 'article has no front matter; the first heading is its title', { line: 1, column: 1 }, 'Start the file with "---", "title: …", "---".');
  } else {
    if (!parts.closed) sink.error('unclosed-front-matter', 'front matter is never closed', { line: 1, column: 1 }, 'Add a line "---" after the YAML.');
    y = new YamlReader(parts.yaml, parts.yamlLine, sink, { source: parts.source, start: parts.yamlStart });
    if (!y.ok) return { value: null, diagnostics: sink.items };
    const root = y.map(y.root(), 'front matter');
    if (root) e = y.entries(root, { known: KEYS, ignored: IGNORED, repeatable: ['tag', 'tags', 'keywords', 'keyword'], where: 'front matter' });
  }
  const str = (key: string) => (y && e.get(key) ? y.str(e.get(key)!.values.at(-1) ?? null, key) : null);
  const list = (...keys: string[]) => {
    const out: string[] = [];
    for (const k of keys) for (const v of e.get(k)?.values ?? []) out.push(...listValue(y!, v, k));
    return [...new Set(out)];
  };

  let blocks = markdownToBlocks(parts.body, parts.bodyLine);
  let title = str('title');
  const first = blocks[0];
  if (first?.type === 'heading' && first.level === 1 && (!title || first.text === title)) {
    title ??= first.text;
    blocks = blocks.slice(1);
  }
  if (!title) {
    sink.error('missing-title', 'article has no title', { line: 1, column: 1 }, 'Add "title: …" to the front matter.');
    return { value: null, diagnostics: sink.items };
  }
  const sections = toSections(blocks);
  const facts: Facts = emptyFacts();
  facts.industry = str('industry');
  facts.location = str('location');
  facts.cloudType = list('cloudType').flatMap(splitFactValues);
  facts.challenges = list('challenges').flatMap(splitFactValues);
  facts.features = list('features').flatMap(splitFactValues);
  facts.author = str('author');
  for (const k of ['industry', 'location', 'cloudType', 'challenges', 'features', 'author'] as const) {
    const entry = e.get(k);
    if (entry && y) facts.positions[k] = y.pos(entry.values.at(-1) ?? null);
  }
  const company = str('company') ?? companyFromTitle(title);
  const id = idFromPath(options.path);
  const locale = chooseLocale(options.locale ?? null, detectLocale(`${title}\n${blocksToText(blocks)}`), sink);
  const value: Case = {
    kind: 'case',
    id,
    locale,
    title,
    company: { name: company, summary: str('description') ?? firstParagraph(blocks), logo: str('logo') },
    description: str('description'),
    facts,
    facets: { industry: [], cloudType: [], features: [], challenges: [] },
    highlights: [],
    quotes: [],
    sections,
    scenarios: [],
    tags: list('tag', 'tags').flatMap(splitFactValues),
    keywords: list('keywords', 'keyword').flatMap(splitFactValues),
    publishedAt: isoDate(str('createTime') ?? str('date')),
    cover: str('snapshot') ?? str('cover'),
    source: { path: options.path, format: 'case-article' },
  };
  value.tags = [...new Set(value.tags)];
  value.keywords = [...new Set(value.keywords)];
  return { value, diagnostics: sink.items };
}

function listValue(y: YamlReader, node: Node | null, where: string): string[] {
  const n = y.resolve(node);
  if (n && isSeq(n)) return n.items.map((i) => y.str(i as Node, where)).filter((s): s is string => !!s);
  const s = y.str(n, where);
  return s ? [s] : [];
}

/** Split article blocks into sections at the shallowest heading level (usually `##`). */
function toSections(blocks: Block[]): Section[] {
  const levels = blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.level : 9));
  const top = levels.length ? Math.min(...levels) : 0;
  const sections: Section[] = [];
  for (const b of blocks) {
    if (b.type === 'heading' && b.level === top) {
      sections.push({ title: b.text, blocks: [], position: b.position });
      continue;
    }
    currentSection(sections, b.position).blocks.push(b);
  }
  return sections;
}

/** "本来生活的 DevOps 升级之路" → "本来生活"; falls back to the whole title. */
function companyFromTitle(title: string): string {
  const m = /^(.{2,16}?)\s*(?:的|之|在|如何|基于|使用|：|:|\s-\s|\s—\s)/.exec(title);
  const name = m?.[1]?.trim();
  if (name && !/^(kubesphere|kubernetes|k8s)$/i.test(name)) return name;
  return title;
}

/** Normalise a date to YYYY-MM-DD when it has one. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return value;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
