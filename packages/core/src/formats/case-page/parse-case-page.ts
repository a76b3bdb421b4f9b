import { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import { positionOf } from '../../model/position-of.js';
import { blocksToText } from '../../markdown/markdown-to-blocks.js';
import type { Case, Quote, RichText } from '../../model/model.js';
import { chooseLocale, idFromPath } from '../shared/document-identity.js';
import type { ParseOptions, ParseResult } from '../shared/parse-options.js';
import { splitFrontMatter } from '../shared/split-front-matter.js';
import { exact } from './case-page-blocks.js';
import { readCasePageYaml } from './read-case-page-yaml.js';

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
    sink.error('missing-front-matter', 'case page has no front matter', [1, 1], 'Start the file with a line "---", the YAML, then "---".');
    return null;
  }
  if (!parts.closed)
    sink.warn('unclosed-front-matter', 'front matter is never closed; read to the end of the file', [1, 1], 'Add a line "---" after the YAML.');
  if (parts.body.trim()) {
    const at = positionOf(parts.body, parts.body.search(/\S/));
    sink.warn(
      'ignored-body',
      'text after the front matter is not part of a case page and is ignored',
      [parts.bodyLine - 1 + at[0], 1],
      'Move it into a section2.listLeft block.',
    );
  }
  const page = readCasePageYaml(parts, sink);
  if (!page) return null;
  const { title, companyName, summary, sections } = page;

  const id = idFromPath(options.path);
  let name = companyName;
  if (!name) {
    sink.error(
      'missing-company',
      'case page has no company name (section1.title)',
      page.keyPosition('section1') ?? [parts.yamlLine, 1],
      'Add "section1:" with "title: <company name>".',
    );
    if (!title) return null;
    name = title;
  }
  const highlights: RichText[] = [];
  const quotes: Quote[] = [];
  for (const s of sections)
    for (const b of s.blocks) {
      if (b.type === 'highlights') for (const item of b.items) highlights.push(item);
      else if (b.type === 'quote' && b.author !== undefined)
        quotes.push(b.inline ? { text: b.text, inline: b.inline, author: b.author } : { text: b.text, author: b.author });
    }

  if (title && companyName && !mentions(title, [companyName, id, summary]) && !mentions(title, [blocksToText(sections[0]?.blocks ?? [])])) {
    sink.warn(
      'title-mismatch',
      `front-matter title "${title}" does not name the company "${companyName}"`,
      page.keyPosition('title'),
      `The company name "${companyName}" is used; set "title: ${companyName}" to silence this.`,
    );
  }

  // The language shows in the first few hundred characters.
  let sample = `${summary}\n${name}`;
  for (const s of sections) {
    if (sample.length > 600) break;
    sample += `\n${s.title ?? ''}\n${blocksToText(s.blocks)}`;
  }
  const locale = chooseLocale(options.locale ?? null, sample, sink);

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
