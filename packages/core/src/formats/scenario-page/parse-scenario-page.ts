import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { createTermMatcher, type TermMatcher } from '../../link/match-terms.js';
import { firstParagraph, markdownToBlocks, richText } from '../../markdown/markdown-to-blocks.js';
import type { Block, Position, Scenario, ScenarioSection, Taxonomy } from '../../model/model.js';
import { chooseLocale, idFromPath } from '../shared/document-identity.js';
import type { ParseOptions, ParseResult } from '../shared/parse-options.js';
import { splitFrontMatter } from '../shared/split-front-matter.js';
import { parseYamlTree } from '../yaml/parse-yaml-tree.js';
import { lastValue, YamlValues } from '../yaml/yaml-values.js';

/** A scenarios page: its own title and summary, and one {@link Scenario} per top-level section. */
export interface ScenarioPage {
  id: string;
  title: string;
  summary: string;
  scenarios: Scenario[];
}

/** Options for {@link parseScenarioPage}. */
export interface ScenarioParseOptions extends ParseOptions {
  /** The taxonomy that names the scenarios (it also tells headings from captions in plain text). */
  taxonomy: Taxonomy;
}

/** A heading-structured outline shared by the Markdown and plain-text readers. */
interface Outline {
  title: string;
  intro: Block[];
  headings: { level: 2 | 3 | 4; title: string; position: Position; blocks: Block[] }[];
}

const SEE_ALSO = /^(?:有关更多信息|更多信息|详情请参见|请参见|参见|For more information|See also|To learn more|Learn more)/i;
const FOOTER = /^(?:感谢您的反馈|感谢你的反馈|此页面是否有帮助|Thanks for the feedback|Thank you for your feedback|Was this page helpful|Feedback)/i;

/**
 * Parse a scenarios page, Markdown (`## scenario`, `### aspect`) or the same page as plain text
 * (bare heading lines, short caption lines, • bullets, a site footer), into the same tree.
 * @example parseScenarioPage(text, { path: 'scenarios/zh/use-cases.txt', taxonomy }).value?.scenarios.length // 5
 */
export function parseScenarioPage(text: string, options: ScenarioParseOptions): ParseResult<ScenarioPage> {
  const sink = new DiagnosticSink(options.file ?? options.path);
  const matcher = createTermMatcher(options.taxonomy);
  const isText = /\.txt$/i.test(options.path);
  const outline = isText ? textOutline(text, matcher) : markdownOutline(text, sink);
  if (!outline) return { value: null, diagnostics: sink.items };
  const pageId = idFromPath(options.path);
  const locale = chooseLocale(options.locale ?? null, text.slice(0, 2000), sink);
  const pageSummary = firstParagraph(outline.intro);
  const page = { id: pageId, title: outline.title, summary: pageSummary };
  const format = isText ? 'scenario-text' : 'scenario-markdown';

  const scenarios: Scenario[] = [];
  let aspect: ScenarioSection | null = null;
  for (const h of outline.headings) {
    if (h.level === 2) {
      let id = matcher.match('scenarios', h.title);
      if (!id) {
        id = slug(h.title);
        sink.info(
          'unknown-scenario',
          `scenario "${h.title}" is not in the taxonomy; its id is "${id}"`,
          h.position,
          'Add it to taxonomy.yaml under scenarios.',
        );
      }
      const features = options.taxonomy.features.filter((f) => f.scenarios.includes(id!)).map((f) => f.id);
      scenarios.push({
        kind: 'scenario',
        id,
        locale,
        title: h.title,
        summary: firstParagraph(h.blocks),
        blocks: h.blocks,
        sections: [],
        features,
        cases: [],
        page,
        position: h.position,
        source: { path: options.path, format },
      });
      aspect = null;
      continue;
    }
    const current = scenarios[scenarios.length - 1];
    const section: ScenarioSection = { title: h.title, blocks: h.blocks, sections: [], position: h.position };
    if (!current) {
      const r = richText(h.title);
      outline.intro.push({ type: 'heading', level: h.level, text: r.text, inline: r.inline, position: h.position });
      for (const b of h.blocks) outline.intro.push(b);
    } else if (h.level === 4 && aspect) {
      aspect.sections.push(section);
    } else {
      current.sections.push(section);
      aspect = section;
    }
  }
  if (!scenarios.length)
    sink.warn(
      'no-scenarios',
      'scenarios page has no top-level sections',
      [1, 1],
      isText ? 'Scenario headings must be names the taxonomy knows.' : 'Start each scenario with "## ".',
    );
  return { value: { ...page, scenarios }, diagnostics: sink.items };
}

function slug(title: string): string {
  return (
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'scenario'
  );
}

function markdownOutline(text: string, sink: DiagnosticSink): Outline | null {
  const parts = splitFrontMatter(text);
  let title: string | null = null;
  if (parts.yaml !== null) {
    const yaml = parseYamlTree(parts.source, parts.yamlStart, parts.yamlStart + parts.yaml.length, parts.yamlLine, sink);
    if (!yaml.ok) return null;
    const y = new YamlValues(sink);
    const root = y.map(yaml.root, 'front matter');
    if (root) {
      const e = y.entries(root, {
        known: ['title', 'description', 'keywords', 'keyword'],
        ignored: ['weight', 'version', 'linkTitle', 'layout', 'draft', 'aliases', 'css', 'tag', 'tags'],
        where: 'front matter',
      });
      title = y.str(lastValue(e.get('title')), 'title');
    }
  }
  let blocks = markdownToBlocks(parts.body, parts.bodyLine, 1, sink);
  const first = blocks[0];
  if (first?.type === 'heading' && first.level === 1) {
    title ??= first.text;
    blocks = blocks.slice(1);
  }
  const outline: Outline = { title: title ?? '', intro: [], headings: [] };
  for (const b of blocks) {
    if (b.type === 'heading' && b.level >= 2 && b.level <= 4) {
      outline.headings.push({ level: b.level as 2 | 3 | 4, title: b.text, position: b.position ?? [1, 1], blocks: [] });
      continue;
    }
    const h = outline.headings[outline.headings.length - 1];
    (h ? h.blocks : outline.intro).push(b);
  }
  return outline;
}

type Line = { text: string; line: number };

/** Lines that read as prose: sentence punctuation, or long. */
function isProse(s: string): boolean {
  if (/[。，,；;！!？?]|[.:：]\s|[.:：]$/.test(s)) return true;
  const cjk = (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk > 0 ? s.length > 30 : s.length > 70;
}

function textOutline(text: string, matcher: TermMatcher): Outline {
  const raw = text.split('\n');
  const lines: (Line | null)[] = raw.map((t, i) => (t.trim() ? { text: t.trim(), line: i + 1 } : null));
  // The site footer: from a known footer line, or trailing text after two or more blank lines.
  let end = lines.length;
  for (let i = 0; i < lines.length; i++)
    if (lines[i] && FOOTER.test(lines[i]!.text)) {
      end = i;
      break;
    }
  if (end === lines.length) {
    let i = lines.length - 1;
    while (i >= 0 && !lines[i]) i--;
    let j = i;
    while (j >= 0 && lines[j]) j--;
    if (j > 1 && !lines[j - 1] && !lines[j] && i - j <= 2) end = j + 1;
  }
  const content = lines.slice(0, end).filter((l): l is Line => l !== null);
  const outline: Outline = { title: content[0]?.text ?? '', intro: [], headings: [] };
  const target = () => outline.headings[outline.headings.length - 1]?.blocks ?? outline.intro;
  const isBullet = (s: string) => /^[•·▪●◦\-*]\s*/.test(s);
  for (let i = 1; i < content.length; i++) {
    const { text: s, line } = content[i]!;
    const position: Position = [line, raw[line - 1]!.length - raw[line - 1]!.trimStart().length + 1];
    if (isBullet(s)) {
      const itemText = s.replace(/^[•·▪●◦\-*]\s*/, '');
      const r = richText(itemText);
      const item = { text: r.text, inline: r.inline, blocks: [] };
      const blocks = target();
      const prev = blocks[blocks.length - 1];
      if (prev?.type === 'list' && !prev.ordered) prev.items.push(item);
      else blocks.push({ type: 'list', ordered: false, start: null, items: [item], position });
      continue;
    }
    if (matcher.match('scenarios', s) && !isProse(s)) {
      outline.headings.push({ level: 2, title: s, position, blocks: [] });
      continue;
    }
    if (!isProse(s)) {
      const next = content[i + 1];
      const nextIsBody = next && (isProse(next.text) || isBullet(next.text)) && !SEE_ALSO.test(next.text) && !matcher.match('scenarios', next.text);
      if (nextIsBody && outline.headings.length) {
        outline.headings.push({ level: 3, title: s, position, blocks: [] });
      } else if (nextIsBody) {
        outline.headings.push({ level: 2, title: s, position, blocks: [] });
      } else {
        target().push({ type: 'image', src: '', alt: s, position });
      }
      continue;
    }
    const r = richText(s);
    target().push({ type: 'paragraph', text: r.text, inline: r.inline, position });
  }
  return outline;
}
