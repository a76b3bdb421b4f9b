import type { ExportData } from '@cases/core/browser';

import { isRecord, readPaging } from './paged-index.js';
import type { IndexPages } from './paged-index.js';
import { resolveAssetUrls } from './resolve-assets.js';
import { parseExport } from './validate-export.js';
import type { OnDropped } from './validate-export.js';

/** A data file, fetched and checked. */
export interface LoadedData {
  /** What the file holds: a whole export, or the first page of a paged index. */
  data: ExportData;
  /** The `paging` of a paged index's first file, as written (a list reads its views). */
  paging?: unknown;
  /** The whole index, when `data` is a first file: its page files, fetched and checked once. */
  rest?: () => Promise<ExportData>;
}

/** Report each entry the check left out, once per source, to the console (not the visitor). */
export const warnDropped =
  (source: string): OnDropped =>
  (d) =>
    console.warn(`cases: left out ${d.path}${d.id ? ` (${d.locale ?? '?'}/${d.id})` : ''} of ${source}: ${d.problem}`);

const requests = new Map<string, Promise<LoadedData>>();

/**
 * Fetch and check one export file. Its relative image URLs resolve against `assetBase` (a detail
 * file's: the index it belongs to, whose `assets/` it shares), else beside it.
 */
async function loadExport(url: string, assetBase?: string): Promise<{ json: unknown; data: ExportData; at: string }> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const at = response.url || url;
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    throw new Error(`${url} is not JSON`);
  }
  return { json, data: resolveAssetUrls(parseExport(json, warnDropped(url)), assetBase ?? at, location.origin), at };
}

/**
 * The whole index behind a first file: its page files in order, each checked like any export.
 * Their image URLs resolve against the first file, whose `assets/` they share (not `index/assets/`).
 */
async function loadRest(head: ExportData, { pages }: IndexPages, at: string): Promise<ExportData> {
  const loaded = await Promise.all(pages.map((page) => loadExport(new URL(page, at).href, at)));
  return { ...head, cases: loaded.flatMap(({ data }) => data.cases) };
}

/**
 * Fetch and check a data file once per URL, shared by every element on the page: a whole export
 * (the full one, or an index of the old shape), a detail file, or a paged index's first file
 * (then `rest` loads the other pages). `assetBase`: see {@link loadExport}.
 */
export function loadData(src: string, assetBase?: string): Promise<LoadedData> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = loadExport(url, assetBase).then(({ json, data, at }): LoadedData => {
      const raw = isRecord(json) ? json.paging : undefined;
      if (raw === undefined) return { data };
      const paging = readPaging(raw);
      if (typeof paging === 'string') throw new Error(`${url}: ${paging}`);
      let rest: Promise<ExportData> | undefined;
      return { data, paging: raw, rest: () => (rest ??= loadRest(data, paging, at)) };
    });
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}
