import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { blocksToText, firstParagraph, markdownToBlocks } from '../../markdown/markdown-to-blocks.js';
import { currentSection, emptyFacts } from '../case-page/case-page-blocks.js';
import { chooseLocale, idFromPath } from '../shared/document-identity.js';
import type { ParseOptions, ParseResult } from '../shared/parse-options.js';
import { splitFactValues } from '../../link/match-terms.js';
import type { Block, Case, Facts, Section } from '../../model/model.js';
import { splitFrontMatter } from '../shared/split-front-matter.js';
import { parseYamlTree } from '../yaml/parse-yaml-tree.js';
import { lastValue, YamlValues, type Entry } from '../yaml/yaml-values.js';

/** The front-matter keys a case article is read from (the editor schema offers the same). */
export const ARTICLE_KEYS = [
  'title',
  'tag',
  'tags',
  'keywords',
  'keyword',
  'description',
  'createTime',
  'date',
  'author',
  'snapshot',
  'cover',
  'company',
  'logo',
  'industry',
  'location',
  'cloudType',
  'challenges',
  'features',
] as const;
/** Hugo keys an article may carry that cases does not use: accepted quietly. */
export const ARTICLE_IGNORED_KEYS = [
  'weight',
  'draft',
  'layout',
  'aliases',
  'type',
  'url',
  'slug',
  'linkTitle',
  'css',
  'version',
  'image',
  'summary',
  'categories',
  'lastmod',
  'publishDate',
  'toc',
];

/**
 * Parse a case article (front matter `title, tag, keywords, description, createTime, author,
 * snapshot`, then Markdown) into a {@link Case}. Each `##` heading starts a section.
 * @example parseCaseArticle(text, { path: 'cases/zh/benlai.md' }).value?.publishedAt // '2020-03-28'
 */
export function parseCaseArticle(text: string, options: ParseOptions): ParseResult<Case> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const parts = options.parts ?? splitFrontMatter(text);
  let e = new Map<string, Entry>();
  const y = new YamlValues(sink);
  if (parts.yaml === null) {
    sink.warn('missing-front-matter', 'article has no front matter; the first heading is its title', [1, 1], 'Start the file with "---", "title: …", "---".');
  } else {
    if (!parts.closed)
      sink.warn('unclosed-front-matter', 'front matter is never closed; read to the end of the file', [1, 1], 'Add a line "---" after the YAML.');
    const yaml = parseYamlTree(parts.source, parts.yamlStart, parts.yamlStart + parts.yaml.length, parts.yamlLine, sink);
    if (!yaml.ok) return { value: null, diagnostics: sink.items };
    const root = y.map(yaml.root, 'front matter');
    if (root)
      e = y.entries(root, { known: ARTICLE_KEYS, ignored: ARTICLE_IGNORED_KEYS, repeatable: ['tag', 'tags', 'keywords', 'keyword'], where: 'front matter' });
  }
  const str = (key: string) => y.str(lastValue(e.get(key)), key);
  const list = (...keys: string[]) => {
    const out: string[] = [];
    for (const k of keys) for (const v of e.get(k)?.values ?? []) out.push(...y.strings(v, k));
    return [...new Set(out)];
  };

  let blocks = markdownToBlocks(parts.body, parts.bodyLine, 1, sink);
  let title = str('title');
  const first = blocks[0];
  if (first?.type === 'heading' && first.level === 1 && (!title || first.text === title)) {
    title ??= first.text;
    blocks = blocks.slice(1);
  }
  if (!title) {
    sink.error('missing-title', 'article has no title', [1, 1], 'Add "title: …" to the front matter.');
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
    const value = lastValue(e.get(k));
    if (value) facts.positions[k] = value.position;
  }
  // Where the images are written, for warnings about them.
  for (const [field, keys] of [
    ['logo', ['logo']],
    ['cover', ['snapshot', 'cover']],
  ] as const) {
    const value = keys.map((k) => lastValue(e.get(k))).find((v) => v?.kind === 'scalar' && v.text?.trim());
    if (value) facts.positions[field] = value.position;
  }
  const company = str('company') ?? companyFromTitle(title, options.publisher ?? null);
  const id = idFromPath(options.path);
  const locale = chooseLocale(options.locale ?? null, `${title}\n${blocksToText(blocks).slice(0, 600)}`, sink);
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
function companyFromTitle(title: string, publisher: string | null): string {
  const m = /^(.{2,16}?)\s*(?:的|之|在|如何|基于|使用|：|:|\s-\s|\s—\s)/.exec(title);
  const name = m?.[1]?.trim();
  if (name && !/^(kubernetes|k8s)$/i.test(name) && name.toLowerCase() !== publisher?.toLowerCase()) return name;
  return title;
}

/** Normalise a date to YYYY-MM-DD when it has one. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return value;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
