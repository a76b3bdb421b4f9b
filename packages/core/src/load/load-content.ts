import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { CasesError } from '../diagnostics/cases-error.js';
import { DEFAULT_TAXONOMY } from '../formats/taxonomy/default-taxonomy.js';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostics.js';
import { decodeSource } from './decode-source.js';
import { localeFromPath } from '../formats/shared/detect-locale.js';
import { createLinker } from '../link/create-linker.js';
import { parseCaseArticle } from '../formats/case-article/parse-case-article.js';
import { parseCasePage } from '../formats/case-page/parse-case-page.js';
import { parseScenarioPage } from '../formats/scenario-page/parse-scenario-page.js';
import { parseTaxonomy } from '../formats/taxonomy/parse-taxonomy.js';
import { readAhead } from './read-ahead.js';
import type { Case, Diagnostic, Scenario, Taxonomy } from '../model/model.js';
import { splitFrontMatter } from '../formats/shared/split-front-matter.js';

/** Everything loaded from a content folder. */
export interface Collection {
  /** The content folder as given. */
  root: string;
  /** Cases sorted by locale, then id. */
  cases: Case[];
  /** Scenarios in page order. */
  scenarios: Scenario[];
  /** The taxonomy (the folder's taxonomy.yaml, or the built-in default). */
  taxonomy: Taxonomy;
  /** Every diagnostic of loading, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Options for {@link loadContent}. */
export interface LoadOptions {
  /** Use this taxonomy instead of the folder's taxonomy.yaml. */
  taxonomy?: Taxonomy;
  /**
   * Read big folders (hundreds of files) on a second thread while parsing: reading and UTF-8
   * decoding then leave the calling thread (for 10,000 pages of 8.4 KB, about 0.5 s of its
   * time). Set false to read everything on the calling thread. @default true
   */
  readThread?: boolean;
  /** Files parsed between two yields to the event loop (and progress reports). @default 256 */
  batch?: number;
  /**
   * Called after each batch with the cases read so far (facets and scenarios already linked),
   * so a user interface can show them before a big folder has finished loading.
   */
  onProgress?: (progress: LoadProgress) => void;
}

/** Progress of {@link loadContent}. */
export interface LoadProgress {
  /** Content files read so far. */
  loaded: number;
  /** Content files in all. */
  total: number;
  /** The cases read so far, in reading order (a snapshot). */
  cases: readonly Case[];
  /** The taxonomy in use. */
  taxonomy: Taxonomy;
}

/** The kinds of content file the loader reads. */
export type ContentFileKind = 'case' | 'scenario';

const CASE_DIRS = new Set(['cases', 'case', 'articles', 'article', 'blogs', 'blog', 'stories']);
const SCENARIO_DIRS = new Set(['scenarios', 'scenario', 'use-cases']);
const TEXT_EXT = /\.(md|markdown|txt)$/i;

/**
 * Which kind of document a path (relative to the content folder) holds, or null if none.
 * @example classifyPath('cases/zh/vesoft.md') // 'case'
 */
export function classifyPath(rel: string): ContentFileKind | null {
  if (!TEXT_EXT.test(rel)) return null;
  const dirs = rel.split(/[\\/]/).slice(0, -1);
  if (dirs.some((d) => SCENARIO_DIRS.has(d))) return 'scenario';
  if (dirs.some((d) => CASE_DIRS.has(d))) return /\.txt$/i.test(rel) ? null : 'case';
  return null;
}

/** Collect the files under `dir`, as paths relative to the content folder with "/" (`rel` is the folder's own, "" at the top). */
async function walk(dir: string, rel: string, out: string[], errors: Diagnostic[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ severity: 'error', code: 'unreadable', message: `cannot read folder: ${(err as Error).message}`, file: dir, line: 1, column: 1, hint: 'Check the folder permissions.' });
    return;
  }
  const subdirs: Promise<void>[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.isDirectory()) subdirs.push(walk(join(dir, e.name), `${rel}${e.name}/`, out, errors));
    else if (e.isFile()) out.push(rel + e.name);
  }
  await Promise.all(subdirs);
}

/**
 * Parse one content file: its bytes, or its text when already decoded. `rel` is its path in the
 * content folder, `file` the path to show. `within` says where the text sits in a bigger
 * string (the loader's read-ahead keeps a chunk of files in one), so readers can read it in place.
 */
export function parseContentFile(
  source: Uint8Array | string,
  rel: string,
  file: string,
  taxonomy: Taxonomy,
  within?: { source: string; start: number },
): { cases: Case[]; scenarios: Scenario[]; diagnostics: Diagnostic[] } {
  const kind = classifyPath(rel);
  const sink = new DiagnosticSink(file);
  const empty = { cases: [], scenarios: [], diagnostics: sink.items };
  if (!kind) return empty;
  const text = typeof source === 'string' ? source : decodeSource(source, sink);
  if (!text.trim()) {
    sink.warn('empty-file', 'file is empty; skipped', { line: 1, column: 1 }, 'Add content or delete the file.');
    return empty;
  }
  const options = { path: rel, file, locale: localeFromPath(rel) };
  if (kind === 'scenario') {
    const r = parseScenarioPage(text, { ...options, taxonomy });
    return { cases: [], scenarios: r.value?.scenarios ?? [], diagnostics: [...sink.items, ...r.diagnostics] };
  }
  const parts = splitFrontMatter(text);
  if (within) {
    // The text is part of a bigger string: the YAML reader reads that one in place.
    parts.source = within.source;
    parts.yamlStart += within.start;
  }
  const fm = parts.yaml;
  const isPage = fm !== null && /^section[12]\s*:/m.test(fm);
  const r = isPage ? parseCasePage(text, { ...options, parts }) : parseCaseArticle(text, { ...options, parts });
  return { cases: r.value ? [r.value] : [], scenarios: [], diagnostics: [...sink.items, ...r.diagnostics] };
}

/**
 * Load every case page, case article and scenarios page under a content folder
 * (`cases/<locale>/*.md`, `scenarios/<locale>/*.md|.txt`, `taxonomy.yaml`).
 * Never throws for bad content: problems become diagnostics and the other files still load.
 * @throws {CasesError} when the folder does not exist or is not a folder.
 * @example const { cases, diagnostics } = await loadContent('content');
 */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<Collection> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new CasesError('content-not-found', `content folder "${dir}" does not exist; pass --content DIR or create it`);
  if (!info.isDirectory()) throw new CasesError('content-not-a-folder', `"${dir}" is not a folder; pass the content folder with --content DIR`);
  const diagnostics: Diagnostic[] = [];
  // Paths as shown in diagnostics: the folder as given, then the path in it, with "/".
  const prefix = join(dir, '_').slice(0, -1).split(sep).join('/');
  const shown = (rel: string) => prefix + rel;

  let taxonomy = options.taxonomy;
  if (!taxonomy) {
    const bytes = await readFile(join(dir, 'taxonomy.yaml')).catch(() => null);
    if (bytes) {
      const sink = new DiagnosticSink(shown('taxonomy.yaml'));
      const text = decodeSource(bytes, sink);
      const r = parseTaxonomy(text, { path: 'taxonomy.yaml', file: shown('taxonomy.yaml') });
      diagnostics.push(...sink.items, ...r.diagnostics);
      taxonomy = r.value ?? DEFAULT_TAXONOMY;
    } else taxonomy = DEFAULT_TAXONOMY;
  }

  const files: string[] = [];
  await walk(dir, '', files, diagnostics);
  files.sort();
  const wanted = files.filter((f) => classifyPath(f));
  const linker = createLinker(taxonomy);
  const cases: Case[] = [];
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  const batch = Math.max(1, options.batch ?? 256);
  let i = 0;
  // Files are read (and decoded) ahead of the parser, by a second thread on big folders.
  for await (const chunk of readAhead(wanted.map((rel) => prefix + rel), { thread: options.readThread !== false })) {
    for (const read of chunk) {
      const rel = wanted[i]!;
      const file = shown(rel);
      let r: ReturnType<typeof parseContentFile>;
      const source = read.text ?? read.bytes;
      if (source === undefined) {
        const d: Diagnostic = { severity: 'error', code: 'unreadable', message: `cannot read file: ${read.error}`, file, line: 1, column: 1, hint: 'Check the file permissions.' };
        r = { cases: [], scenarios: [], diagnostics: [d] };
      } else r = parseContentFile(source, rel, file, taxonomy, read.within);
      diagnostics.push(...r.diagnostics);
      for (const c of r.cases) {
        const key = `case\u0000${c.locale}\u0000${c.id}`;
        const prev = seen.get(key);
        if (prev) {
          diagnostics.push({ severity: 'error', code: 'duplicate-id', message: `case id "${c.id}" (${c.locale}) is already used by ${prev}; this file is skipped`, file, line: 1, column: 1, hint: 'Rename one of the files: the file name is the id.' });
          continue;
        }
        seen.set(key, file);
        diagnostics.push(...linker.linkCase(c, file));
        cases.push(c);
      }
      for (const s of r.scenarios) {
        const key = `scenario\u0000${s.locale}\u0000${s.id}`;
        const prev = seen.get(key);
        if (prev) {
          diagnostics.push({ severity: 'warning', code: 'duplicate-id', message: `scenario "${s.id}" (${s.locale}) is already defined by ${prev}; this one is skipped`, file, line: s.position?.line ?? 1, column: 1, hint: 'Each scenario may appear on one page per locale.' });
          continue;
        }
        seen.set(key, file);
        scenarios.push(s);
      }
      // The first report comes early, so a user interface can show something at once.
      if (((i + 1) % batch === 0 || i + 1 === Math.min(32, batch)) && i + 1 < wanted.length) {
        options.onProgress?.({ loaded: i + 1, total: wanted.length, cases: cases.slice(), taxonomy });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      i++;
    }
  }
  cases.sort((a, b) => (a.locale === b.locale ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.locale < b.locale ? -1 : 1));
  linker.linkScenarios(cases, scenarios);
  options.onProgress?.({ loaded: wanted.length, total: wanted.length, cases, taxonomy });
  return { root: dir, cases, scenarios, taxonomy, diagnostics: sortDiagnostics(diagnostics) };
}
