import type { Collection } from './load-content.js';
import type { ExportData } from './schema.js';
import { EXPORT_SCHEMA_VERSION } from './version.js';

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
