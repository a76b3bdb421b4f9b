import type { Case, Diagnostic, Scenario, Source, Taxonomy } from '../model/model.js';
import { parseCaseArticle } from './case-article/parse-case-article.js';
import { parseCasePage } from './case-page/parse-case-page.js';
import { parseScenarioPage } from './scenario-page/parse-scenario-page.js';
import { parseSettings } from './settings/parse-settings.js';
import { SETTINGS_FILE, type Settings } from '../model/settings.js';
import type { ParseResult } from './shared/parse-options.js';
import type { FrontMatterParts } from './shared/split-front-matter.js';

/** What one content file gives: its documents and their diagnostics. */
export interface FileDocuments {
  cases: Case[];
  scenarios: Scenario[];
  diagnostics: Diagnostic[];
}

/** A file as the formats see it when choosing a reader. */
export interface FormatInput {
  /** The text, LF line ends. */
  text: string;
  /** The text split into front matter and body (split once, shared by every format). */
  parts: FrontMatterParts;
  /** Path in the content folder, "/"-separated (it gives the id). */
  path: string;
  /** Path shown in diagnostics. */
  file: string;
  /** Locale named by the path, if any. */
  locale: string | null;
  taxonomy: Taxonomy;
  /** The brand name from the folder's settings, if any (a title that starts with it does not name the customer). */
  brand?: string | null;
}

/** A source format: which paths it may read, whether it reads a given file, and how. */
export interface ContentFormat {
  readonly name: Source['format'];
  /** Could a file at this path be in this format? (Decided before the file is read.) */
  claims(path: string): boolean;
  /** Does this format read the file? Asked of the formats that claim its path, in order. */
  detect(input: FormatInput): boolean;
  parse(input: FormatInput): FileDocuments;
}

const CASE_FOLDERS = new Set(['cases', 'case', 'articles', 'article', 'blogs', 'blog', 'stories']);
const SCENARIO_FOLDERS = new Set(['scenarios', 'scenario', 'use-cases']);

/** Is any folder of the path (not its file name) one of `names`? */
function inFolder(path: string, names: ReadonlySet<string>): boolean {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (names.has(parts[i]!)) return true;
  return false;
}
const isMarkdown = (path: string) => /\.(md|markdown)$/i.test(path);
const inCases = (path: string) => inFolder(path, CASE_FOLDERS) && !inFolder(path, SCENARIO_FOLDERS);

const caseDocuments = (r: { value: Case | null; diagnostics: Diagnostic[] }): FileDocuments => ({
  cases: r.value ? [r.value] : [],
  scenarios: [],
  diagnostics: r.diagnostics,
});
const scenarioDocuments = (r: { value: { scenarios: Scenario[] } | null; diagnostics: Diagnostic[] }): FileDocuments => ({
  cases: [],
  scenarios: r.value?.scenarios ?? [],
  diagnostics: r.diagnostics,
});

/**
 * The formats core reads, in the order they are asked: a file is read by the first that claims
 * its path and detects it. Case pages are told from articles by their `section1`/`section2` keys.
 */
export const CONTENT_FORMATS: readonly ContentFormat[] = [
  {
    name: 'case-page',
    claims: (path) => inCases(path) && isMarkdown(path),
    detect: ({ parts }) => parts.yaml !== null && /^section[12]\s*:/m.test(parts.yaml),
    parse: ({ text, parts, path, file, locale }) => caseDocuments(parseCasePage(text, { path, file, locale, parts })),
  },
  {
    name: 'case-article',
    claims: (path) => inCases(path) && isMarkdown(path),
    detect: () => true,
    parse: ({ text, parts, path, file, locale, brand }) => caseDocuments(parseCaseArticle(text, { path, file, locale, parts, publisher: brand ?? null })),
  },
  {
    name: 'scenario-markdown',
    claims: (path) => inFolder(path, SCENARIO_FOLDERS) && isMarkdown(path),
    detect: () => true,
    parse: ({ text, path, file, locale, taxonomy }) => scenarioDocuments(parseScenarioPage(text, { path, file, locale, taxonomy })),
  },
  {
    name: 'scenario-text',
    claims: (path) => inFolder(path, SCENARIO_FOLDERS) && /\.txt$/i.test(path),
    detect: () => true,
    parse: ({ text, path, file, locale, taxonomy }) => scenarioDocuments(parseScenarioPage(text, { path, file, locale, taxonomy })),
  },
];

/**
 * Is a path (relative to the content folder) one that some format reads?
 * @example isContentPath('cases/zh/vesoft.md') // true
 */
export function isContentPath(path: string): boolean {
  return CONTENT_FORMATS.some((f) => f.claims(path));
}

/** Is a file in a content folder (cases/, scenarios/, …) whatever its extension? */
export function inContentFolder(path: string): boolean {
  return inFolder(path, CASE_FOLDERS) || inFolder(path, SCENARIO_FOLDERS);
}

/** A file at the root of a content folder that configures the rest (read before the documents). */
export interface RootFormat<T> {
  /** Its file name in the content folder. */
  readonly path: string;
  parse(text: string, options: { path: string; file: string }): ParseResult<T>;
}

/** `settings.yaml`: the brand and output defaults (see `SETTINGS_FIELDS`). */
export const SETTINGS_FORMAT: RootFormat<Settings> = { path: SETTINGS_FILE, parse: parseSettings };
