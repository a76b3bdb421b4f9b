import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { CasesError } from '../diagnostics/cases-error.js';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostics.js';
import { inContentFolder, isContentPath, SETTINGS_FORMAT, type RootFormat } from '../formats/content-formats.js';
import { DEFAULT_TAXONOMY } from '../formats/taxonomy/default-taxonomy.js';
import { parseTaxonomy } from '../formats/taxonomy/parse-taxonomy.js';
import { createLinker } from '../link/create-linker.js';
import type { Case, Diagnostic, Scenario, Taxonomy } from '../model/model.js';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings.js';
import { decodeSource } from './decode-source.js';
import { readAhead, readFileLimited, type ReadFile } from './read-ahead.js';
import { internalError, parseContentFile } from './read-content-file.js';
import { walkContent } from './walk-content.js';

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
  /** The folder's settings.yaml (brand, default locale, paper), or the defaults without one. */
  settings: Settings;
  /** Every diagnostic of loading, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Files bigger than this are skipped with a `too-large` error, unless {@link LoadOptions.maxFileBytes} says otherwise: 8 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Options for {@link loadContent}. */
export interface LoadOptions {
  /** Use this taxonomy instead of the folder's taxonomy.yaml. */
  taxonomy?: Taxonomy;
  /**
   * Read big folders (hundreds of files) on a second thread while parsing, so reading and
   * decoding leave the calling thread. Set false to read everything on the calling thread. @default true
   */
  readThread?: boolean;
  /** Files parsed between two yields to the event loop (and progress reports). @default 256 */
  batch?: number;
  /** Files bigger than this many bytes are not read: each gets a `too-large` error. @default DEFAULT_MAX_FILE_BYTES (8 MiB) */
  maxFileBytes?: number;
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
  /** The folder's settings. */
  settings: Settings;
}

/** Files in content folders that are assets, not documents: not worth an `unknown-file` note. */
const ASSET = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|css|scss|js|json|ya?ml|txt)$/i;

/**
 * Load every case page, case article and scenarios page under a content folder
 * (`cases/<locale>/*.md`, `scenarios/<locale>/*.md|.txt`, `taxonomy.yaml`).
 * Never throws for bad content: problems become diagnostics and the other files still load.
 * @throws {CasesError} when the folder does not exist or is not a folder.
 * @example const { cases, diagnostics } = await loadContent('content');
 */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<Collection> {
  const info = statOrNull(dir);
  if (!info) throw new CasesError('content-not-found', `content folder "${dir}" does not exist; pass --content DIR or create it`);
  if (!info.isDirectory()) throw new CasesError('content-not-a-folder', `"${dir}" is not a folder; pass the content folder with --content DIR`);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Paths as shown in diagnostics: the folder as given, then the path in it, with "/".
  const prefix = join(dir, '_').slice(0, -1).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const add = (list: readonly Diagnostic[]) => {
    for (const d of list) diagnostics.push(d);
  };

  const taxonomy = options.taxonomy ?? readTaxonomy(prefix, maxBytes, add);
  const settings = readRootFile(SETTINGS_FORMAT, prefix, maxBytes, add) ?? DEFAULT_SETTINGS;
  const walked = await walkContent(dir, prefix);
  add(walked.diagnostics);
  const wanted: string[] = [];
  for (const path of walked.files) {
    if (isContentPath(path)) wanted.push(path);
    else if (inContentFolder(path) && !ASSET.test(path)) {
      add([
        {
          severity: 'info',
          code: 'unknown-file',
          message: 'no format reads a file with this extension; ignored',
          file: prefix + path,
          line: 1,
          column: 1,
          hint: 'Case pages and articles are .md files; scenarios pages are .md or .txt.',
        },
      ]);
    }
  }

  const linker = createLinker(taxonomy);
  const collected = new DocumentSet(add);
  const batch = Math.max(1, options.batch ?? 256);
  let index = 0;
  // Files are read (and decoded) ahead of the parser, by a second thread on big folders.
  for await (const chunk of readAhead(
    wanted.map((path) => prefix + path),
    { thread: options.readThread !== false, maxBytes },
  )) {
    for (const read of chunk) {
      const path = wanted[index]!;
      const file = prefix + path;
      const documents = readOne(read, path, file, taxonomy, maxBytes, settings.brand.name);
      add(documents.diagnostics);
      for (const c of documents.cases) {
        if (!collected.addCase(c, file)) continue;
        try {
          add(linker.linkCase(c, file));
        } catch (err) {
          add([internalError(file, err)]);
        }
      }
      for (const s of documents.scenarios) collected.addScenario(s, file);
      // The first report comes early, so a user interface can show something at once.
      if (((index + 1) % batch === 0 || index + 1 === Math.min(32, batch)) && index + 1 < wanted.length) {
        options.onProgress?.({ loaded: index + 1, total: wanted.length, cases: collected.cases.slice(), taxonomy, settings });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      index++;
    }
  }
  const cases = collected.cases.sort((a, b) => (a.locale === b.locale ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.locale < b.locale ? -1 : 1));
  linker.linkScenarios(cases, collected.scenarios);
  options.onProgress?.({ loaded: wanted.length, total: wanted.length, cases, taxonomy, settings });
  return { root: dir, cases, scenarios: collected.scenarios, taxonomy, settings, diagnostics: sortDiagnostics(diagnostics) };
}

/** The folder's stat, or null when it cannot be had (missing, unreadable, a file on the way). */
function statOrNull(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

function readOne(read: ReadFile, path: string, file: string, taxonomy: Taxonomy, maxBytes: number, brand: string | null) {
  if (read.tooLarge !== undefined) return { cases: [], scenarios: [], diagnostics: [tooLarge(file, read.tooLarge, maxBytes)] };
  const source = read.text ?? read.bytes;
  if (source === undefined) {
    const d: Diagnostic = {
      severity: 'error',
      code: 'unreadable',
      message: `cannot read file: ${read.error ?? 'unknown error'}`,
      file,
      line: 1,
      column: 1,
      hint: 'Check the file permissions.',
    };
    return { cases: [], scenarios: [], diagnostics: [d] };
  }
  return parseContentFile(source, path, file, taxonomy, read.within, brand);
}

function tooLarge(file: string, size: number, maxBytes: number): Diagnostic {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    severity: 'error',
    code: 'too-large',
    message: `file is ${mb(size)}, over the ${mb(maxBytes)} limit; skipped`,
    file,
    line: 1,
    column: 1,
    hint: 'Split the file, or raise the limit with --max-file-size.',
  };
}

/** The folder's taxonomy.yaml, or the built-in one when it has none or it cannot be read. */
function readTaxonomy(prefix: string, maxBytes: number, add: (d: readonly Diagnostic[]) => void): Taxonomy {
  return readRootFile({ path: 'taxonomy.yaml', parse: parseTaxonomy }, prefix, maxBytes, add) ?? DEFAULT_TAXONOMY;
}

/** A file at the folder's root, parsed; null when it is missing or cannot be read (its diagnostics are added). */
function readRootFile<T>(format: RootFormat<T>, prefix: string, maxBytes: number, add: (d: readonly Diagnostic[]) => void): T | null {
  const file = `${prefix}${format.path}`;
  const read = readFileLimited(file, maxBytes);
  if (read.error !== undefined) return null;
  if (read.tooLarge !== undefined) {
    add([tooLarge(file, read.tooLarge, maxBytes)]);
    return null;
  }
  const sink = new DiagnosticSink(file);
  try {
    const text = decodeSource(read.bytes!, sink);
    if (text === null) return null;
    const r = format.parse(text, { path: format.path, file });
    add(r.diagnostics);
    return r.value;
  } catch (err) {
    sink.items.push(internalError(file, err));
    return null;
  } finally {
    add(sink.items);
  }
}

/**
 * The documents of a load, each locale and id once. A second file that claims a case's locale
 * and id is an error on both files, naming the other; the first read (in path order) is kept.
 */
class DocumentSet {
  readonly cases: Case[] = [];
  readonly scenarios: Scenario[] = [];
  private readonly owners = new Map<string, { file: string; line: number }>();

  constructor(private readonly report: (d: readonly Diagnostic[]) => void) {}

  addCase(c: Case, file: string): boolean {
    if (
      !this.claim(
        `case\u0000${c.locale}\u0000${c.id}`,
        `case "${c.id}" (${c.locale})`,
        file,
        1,
        'the file name is the id: rename one of the two files, or move it to its own locale folder',
      )
    )
      return false;
    this.cases.push(c);
    return true;
  }

  addScenario(s: Scenario, file: string): boolean {
    if (
      !this.claim(
        `scenario\u0000${s.locale}\u0000${s.id}`,
        `scenario "${s.id}" (${s.locale})`,
        file,
        s.position?.[0] ?? 1,
        'each scenario may be written once per locale: remove or rename one of the two',
      )
    )
      return false;
    this.scenarios.push(s);
    return true;
  }

  private claim(key: string, what: string, file: string, line: number, fix: string): boolean {
    const owner = this.owners.get(key);
    if (!owner) {
      this.owners.set(key, { file, line });
      return true;
    }
    const hint = `${fix[0]!.toUpperCase()}${fix.slice(1)}.`;
    this.report([
      {
        severity: 'error',
        code: 'duplicate-id',
        message: `${what} is also defined by ${file}:${line}; this one is used`,
        file: owner.file,
        line: owner.line,
        column: 1,
        hint,
      },
      {
        severity: 'error',
        code: 'duplicate-id',
        message: `${what} is already defined by ${owner.file}:${owner.line}; this one is skipped`,
        file,
        line,
        column: 1,
        hint,
      },
    ]);
    return false;
  }
}
