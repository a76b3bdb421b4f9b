import { EXPORT_SCHEMA_VERSION } from '@cases/core/browser';
import type { Case, ExportData } from '@cases/core/browser';

/** A case in an index: everything but its body, and where the body is. */
export type IndexedCase = Case & { detail?: string };

/** Where a detail file may live: `cases/<locale>/<id>.json`, names from a safe alphabet only. */
export const DETAIL_PATH = /^cases\/[A-Za-z0-9_-][\w.-]*\/[A-Za-z0-9_-][\w.-]*\.json$/;

/** A file-name-safe form of an id or locale: itself when plain, else `_` and the hex of its UTF-8. */
export function safeName(value: string): string {
  if (/^[A-Za-z0-9][\w.-]{0,80}$/.test(value) && !value.includes('..')) return value;
  return `_${[...new TextEncoder().encode(value)].map((b) => b.toString(16).padStart(2, '0')).join('')}`.slice(0, 200);
}

/**
 * Split an export for the web: `index` holds what cards, lists, facets, search and quotes need
 * (every case without its sections, highlights, cover, author, extra facts and source path, a
 * title equal to the company name left empty, each with a `detail` path); `details` holds
 * one small export per case, fetched when the case is opened. Scenarios stay whole in the index
 * (they are few). Both are valid exports, so the elements check them the same way.
 * @example const { index, details } = toExportIndex(data); // details['cases/zh/tuling.json']
 */
export function toExportIndex(data: ExportData): { index: ExportData; details: Record<string, ExportData> } {
  const details: Record<string, ExportData> = {};
  const empty = { industries: [], cloudTypes: [], challenges: [], features: [], scenarios: [] };
  const cases = data.cases.map((c): IndexedCase => {
    const path = `cases/${safeName(c.locale)}/${safeName(c.id)}.json`;
    details[path] = { schemaVersion: EXPORT_SCHEMA_VERSION, cases: [c], scenarios: [], taxonomy: empty };
    // Only what cards, lists, facets, search and quotes read; the rest is in the detail file.
    return {
      ...c,
      title: c.title === c.company.name ? '' : c.title,
      cover: null,
      sections: [],
      highlights: [],
      facts: { ...c.facts, author: null, extra: {}, positions: {} },
      source: { path: '', format: c.source.format },
      detail: path,
    };
  });
  return { index: { schemaVersion: EXPORT_SCHEMA_VERSION, cases, scenarios: data.scenarios, taxonomy: data.taxonomy }, details };
}
