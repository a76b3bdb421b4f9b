import MiniSearch from 'minisearch';
import { termLabel } from '../model/labels.js';
import { blocksToText } from '../markdown/markdown-to-blocks.js';
import type { Case, Scenario, Taxonomy } from '../model/model.js';

/** A search result. */
export interface SearchHit {
  /** Document id. */
  id: string;
  /** What was found. */
  kind: 'case' | 'scenario';
  locale: string;
  /** Relevance; higher is better. */
  score: number;
  /** The field the best match is in: `title`, `facts` or `body`. */
  field: 'title' | 'facts' | 'body';
  /** A short excerpt around the first match (plain text). */
  snippet: string;
  /** The words of the document that matched, for highlighting. */
  terms: string[];
}

/** Full-text search over a collection. */
export interface SearchIndex {
  /** Search cases and scenarios; Chinese needs no spaces, English is case-insensitive with prefixes. */
  search(query: string, options?: { kind?: 'case' | 'scenario'; limit?: number }): SearchHit[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const WORD = /[\p{L}\p{N}]+(?:[+#]+)?/gu;

/** Latin words lower-cased, and Chinese runs whole or as overlapping bigrams. */
function words(text: string, wholeRuns: boolean): string[] {
  const out: string[] = [];
  const latin = text.replace(CJK_RUN, (run) => {
    if (wholeRuns || run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    return ' ';
  });
  for (const m of latin.toLowerCase().matchAll(WORD)) out.push(m[0]);
  return out;
}

/**
 * Tokenise mixed Chinese and English: Latin words lower-cased; Chinese runs as overlapping
 * bigrams (and the single character for one-character runs), so 多集群 finds 多集群管理.
 */
export function tokenize(text: string): string[] {
  return words(text, false);
}

interface Doc {
  key: string;
  id: string;
  kind: 'case' | 'scenario';
  locale: string;
  title: string;
  facts: string;
  /** The body text, made on the first search that needs it. */
  readonly body: string;
  /** Title, facts and body in lower case, for matching (made on the first search). */
  readonly text: string;
}

/** A document whose body (and lower-cased text) is made when first read, then kept. */
function doc(fields: Omit<Doc, 'body' | 'text'>, makeBody: () => string): Doc {
  let body: string | undefined;
  let text: string | undefined;
  return {
    ...fields,
    get body() {
      return (body ??= makeBody());
    },
    get text() {
      return (text ??= `${fields.title}\n${fields.facts}\n${this.body}`.toLowerCase());
    },
  };
}

function caseDoc(c: Case, taxonomy: Taxonomy): Doc {
  const labels = (kind: 'industries' | 'cloudTypes' | 'features' | 'challenges', ids: string[]) =>
    ids.flatMap((id) => [termLabel(taxonomy, kind, id, 'zh'), termLabel(taxonomy, kind, id, 'en')]);
  const f = c.facts;
  const facts = [
    f.industry,
    f.location,
    ...f.cloudType,
    ...f.challenges,
    ...f.features,
    f.author,
    ...labels('industries', c.facets.industry),
    ...labels('cloudTypes', c.facets.cloudType),
    ...labels('features', c.facets.features),
    ...labels('challenges', c.facets.challenges),
    ...c.tags,
    ...c.keywords,
    ...c.highlights.map((h) => h.text),
  ]
    .filter(Boolean)
    .join(' \n');
  const body = () => [c.company.summary, ...c.sections.map((s) => `${s.title ?? ''}\n${blocksToText(s.blocks)}`)].join('\n');
  return doc(
    {
      key: `case:${c.locale}:${c.id}`,
      id: c.id,
      kind: 'case',
      locale: c.locale,
      title: `${c.company.name} ${c.title === c.company.name ? '' : c.title}`,
      facts,
    },
    body,
  );
}

function scenarioDoc(s: Scenario): Doc {
  const sections = (list: Scenario['sections']): string => list.map((x) => `${x.title}\n${blocksToText(x.blocks)}\n${sections(x.sections)}`).join('\n');
  return doc(
    { key: `scenario:${s.locale}:${s.id}`, id: s.id, kind: 'scenario', locale: s.locale, title: s.title, facts: s.sections.map((x) => x.title).join(' ') },
    () => `${blocksToText(s.blocks)}\n${sections(s.sections)}`,
  );
}

function snippetOf(doc: Doc, query: string, terms: string[]): { field: SearchHit['field']; snippet: string } {
  const q = query.trim().toLowerCase();
  for (const field of ['title', 'facts', 'body'] as const) {
    const text = doc[field];
    const lower = text.toLowerCase();
    let at = q ? lower.indexOf(q) : -1;
    let len = q.length;
    if (at === -1)
      for (const t of terms) {
        at = lower.indexOf(t.toLowerCase());
        len = t.length;
        if (at !== -1) break;
      }
    if (at === -1) continue;
    if (field !== 'body') {
      const line = text.split('\n').find((l) => l.toLowerCase().includes(lower.slice(at, at + len))) ?? text;
      return { field, snippet: line.trim().slice(0, 120) };
    }
    // Little context before the match: snippets are shown in narrow columns, and the match
    // must stay visible there.
    const start = Math.max(0, at - 10);
    const end = Math.min(text.length, at + len + 70);
    const snippet = `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
    return { field, snippet };
  }
  return { field: 'body', snippet: doc.body.slice(0, 80).replace(/\s+/g, ' ') };
}

/** How often `needle` occurs in `text`, counting up to `cap`. */
function occurrences(text: string, needle: string, cap = 16): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1 && n < cap; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Build a full-text index over a collection's cases and scenarios. Title (company) and facts
 * are indexed (Chinese bigrams, English words with prefixes and typo tolerance) and rank
 * first; bodies are matched when searched, every word of the query as written (Chinese runs
 * whole), and rank after. Indexing bodies made building the index of 10,000 full-length cases
 * take 36 s and 1.2 GB; scanning them takes 13–520 ms a query (`npm run bench` in core).
 * @example createSearchIndex(collection).search('多集群')[0]?.id // 'vesoft'
 */
export function createSearchIndex(collection: { cases: Case[]; scenarios: Scenario[]; taxonomy: Taxonomy }): SearchIndex {
  const docs = new Map<string, Doc>();
  const mini = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['title', 'facts'],
    storeFields: ['kind'],
    tokenize,
    processTerm: (t) => t,
  });
  const all = [...collection.cases.map((c) => caseDoc(c, collection.taxonomy)), ...collection.scenarios.map(scenarioDoc)];
  for (const d of all) docs.set(d.key, d);
  mini.addAll(all);
  return {
    search(query, options = {}) {
      const wanted = words(query, true);
      if (!wanted.length) return [];
      // Title and facts, through the index: these hits rank first.
      const found = new Map<string, { score: number; terms: string[]; indexed: boolean }>();
      const indexed = mini.search(query, {
        boost: { title: 4, facts: 2.5 },
        combineWith: 'AND',
        prefix: (term) => /^[a-z0-9]/.test(term) && term.length >= 2,
        fuzzy: (term) => (/^[a-z]/.test(term) && term.length > 5 ? 0.15 : false),
        filter: options.kind ? (r) => r.kind === options.kind : undefined,
      });
      for (const r of indexed) found.set(r.id as string, { score: r.score, terms: r.terms, indexed: true });
      // Every document holding each word somewhere (the body included): a body match adds a
      // little to an indexed hit, and is a hit of its own after them.
      for (const d of all) {
        if (options.kind && d.kind !== options.kind) continue;
        const text = d.text;
        let score = 0;
        for (const w of wanted) {
          const n = occurrences(text, w);
          if (!n) {
            score = 0;
            break;
          }
          score += Math.log2(1 + n);
        }
        if (!score) continue;
        const hit = found.get(d.key);
        if (hit) hit.score += score / 4;
        else found.set(d.key, { score, terms: wanted, indexed: false });
      }
      const ranked = [...found].sort(([, a], [, b]) => Number(b.indexed) - Number(a.indexed) || b.score - a.score);
      return ranked.slice(0, options.limit ?? 100).map(([key, r]) => {
        const doc = docs.get(key)!;
        const { field, snippet } = snippetOf(doc, query, r.terms);
        return { id: doc.id, kind: doc.kind, locale: doc.locale, score: r.score, field, snippet, terms: r.terms };
      });
    },
  };
}

const indexes = new WeakMap<object, SearchIndex>();

/**
 * The search index of a collection, built on first use and kept for as long as the collection
 * lives (`queryCases` with `search` uses the same one).
 * @example searchIndexOf(collection).search('devops')
 */
export function searchIndexOf(collection: { cases: Case[]; scenarios: Scenario[]; taxonomy: Taxonomy }): SearchIndex {
  let index = indexes.get(collection);
  if (!index) {
    index = createSearchIndex(collection);
    indexes.set(collection, index);
  }
  return index;
}
