import { DiagnosticSink } from '../diagnostics/diagnostics.js';
import { CONTENT_FORMATS, type FileDocuments, type FormatInput } from '../formats/content-formats.js';
import { splitFrontMatter } from '../formats/shared/split-front-matter.js';
import type { Diagnostic, Taxonomy } from '../model/model.js';
import { decodeSource } from './decode-source.js';
import { localeFromPath } from './locale-from-path.js';

/**
 * Parse one content file: its bytes, or its text when already decoded. `path` is its place in
 * the content folder ("/"-separated: it chooses the format and gives the id and locale), `file`
 * the path to show. `within` says where the text sits in a bigger string (the loader keeps a
 * chunk of files in one), so the YAML scanner can read it in place.
 *
 * Never throws: an unexpected exception while reading the file (a bug in cases) becomes an
 * `internal-error` diagnostic on it, and the file gives no documents. `brand` is the settings'
 * brand name: an article title that starts with it does not name the customer.
 * @example parseContentFile(readFileSync('content/cases/zh/vesoft.md'), 'cases/zh/vesoft.md', 'content/cases/zh/vesoft.md', DEFAULT_TAXONOMY)
 */
export function parseContentFile(
  source: Uint8Array | string,
  path: string,
  file: string,
  taxonomy: Taxonomy,
  within?: { source: string; start: number },
  brand: string | null = null,
): FileDocuments {
  const sink = new DiagnosticSink(file);
  try {
    const formats = CONTENT_FORMATS.filter((f) => f.claims(path));
    if (!formats.length) return { cases: [], scenarios: [], diagnostics: [] };
    const text = typeof source === 'string' ? source : decodeSource(source, sink);
    if (text === null) return { cases: [], scenarios: [], diagnostics: sink.items };
    if (!text.trim()) {
      sink.warn('empty-file', 'file is empty; skipped', [1, 1], 'Add content or delete the file.');
      return { cases: [], scenarios: [], diagnostics: sink.items };
    }
    const parts = splitFrontMatter(text);
    if (within) {
      // The text is part of a bigger string: the YAML scanner reads that one in place.
      parts.source = within.source;
      parts.yamlStart += within.start;
    }
    const input: FormatInput = { text, parts, path, file, locale: localeFromPath(path), taxonomy, brand };
    const format = formats.find((f) => f.detect(input)) ?? formats[formats.length - 1]!;
    const documents = format.parse(input);
    return {
      cases: documents.cases,
      scenarios: documents.scenarios,
      diagnostics: sink.items.length ? sink.items.concat(documents.diagnostics) : documents.diagnostics,
    };
  } catch (err) {
    return { cases: [], scenarios: [], diagnostics: sink.items.concat(internalError(file, err)) };
  }
}

/** The diagnostic for an unexpected exception while reading `file`: a bug of ours, not the author's. */
export function internalError(file: string, err: unknown): Diagnostic {
  const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    severity: 'error',
    code: 'internal-error',
    message: `reading this file failed unexpectedly (${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}); it is skipped`,
    file,
    line: 1,
    column: 1,
    hint: 'This is a bug in cases, not in your file: please report it with the file attached. The other files were read.',
  };
}
