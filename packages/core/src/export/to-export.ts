import type { Collection } from '../load/load-content.js';
import type { ExportData } from '../model/model.js';
import { EXPORT_SCHEMA_VERSION } from '../model/export-version.js';

/**
 * The versioned JSON export of a collection (what `cases export` writes and the web widgets load).
 * @example JSON.stringify(toExport(await loadContent('content')))
 */
export function toExport(collection: Pick<Collection, 'cases' | 'scenarios' | 'taxonomy'>): ExportData {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    cases: collection.cases,
    scenarios: collection.scenarios,
    taxonomy: collection.taxonomy,
  };
}

/**
 * The export as JSON text in pieces, a case or scenario at a time: joined, exactly
 * `JSON.stringify(toExport(collection), null, indent)` and a newline, without ever holding the
 * whole text (10,000 cases make about 500 MB of it).
 * @example for (const piece of exportJsonChunks(collection)) stream.write(piece);
 */
export function* exportJsonChunks(collection: Pick<Collection, 'cases' | 'scenarios' | 'taxonomy'>, options: { indent?: number } = {}): Generator<string> {
  const data = toExport(collection) as unknown as Record<string, unknown>;
  const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 2)));
  const nl = indent ? '\n' : '';
  const pad = (depth: number) => ' '.repeat(indent * depth);
  // Nested text is indented by re-indenting its lines: JSON strings never hold a raw newline.
  const nested = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, indent);
    return indent ? text.replace(/\n/g, `\n${pad(depth)}`) : text;
  };
  const keys = Object.keys(data).filter((key) => data[key] !== undefined);
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    const value = data[keys[i]!];
    let head = `${i ? ',' : ''}${nl}${pad(1)}${JSON.stringify(keys[i])}${indent ? ': ' : ':'}`;
    if (Array.isArray(value) && value.length) {
      for (let j = 0; j < value.length; j++) {
        yield `${head}${j ? ',' : '['}${nl}${pad(2)}${nested(value[j], 2)}`;
        head = '';
      }
      yield `${nl}${pad(1)}]`;
    } else yield `${head}${nested(value, 1)}`;
  }
  yield `${keys.length ? nl : ''}}\n`;
}
