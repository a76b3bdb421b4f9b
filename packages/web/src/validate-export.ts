import { checkExportData } from '@cases/core/browser';
import type { DroppedEntry, ExportData } from '@cases/core/browser';

/**
 * Why `data` cannot be used at all (not an object, another `schemaVersion`, malformed lists or
 * taxonomy), or `null` when it can. Entries with a wrong value are not a reason: they are left
 * out by {@link parseExport}. The check is core's `checkExportData`, equal to the export schema.
 * @example checkExport({ schemaVersion: 99 }) // 'schemaVersion 99 is not supported (expected 2)'
 */
export function checkExport(data: unknown): string | null {
  const result = checkExportData(data);
  return result.ok ? null : result.error;
}

/** Thrown by {@link parseExport} when data is not a usable export. */
export class ExportDataError extends Error {
  override name = 'ExportDataError';
}

/** Called by {@link parseExport} for each case or scenario it left out. */
export type OnDropped = (entry: DroppedEntry) => void;

/**
 * Return the usable part of `data` as {@link ExportData}: every case and scenario with a value
 * of the wrong type anywhere is left out (`onDropped` hears of each). Throws
 * {@link ExportDataError} when the dataset as a whole cannot be used.
 * @example const data = parseExport(await (await fetch('cases.json')).json(), (d) => console.warn(d.problem));
 */
export function parseExport(data: unknown, onDropped?: OnDropped): ExportData {
  const result = checkExportData(data);
  if (!result.ok) throw new ExportDataError(result.error);
  if (onDropped) for (const entry of result.dropped) onDropped(entry);
  return result.data;
}
