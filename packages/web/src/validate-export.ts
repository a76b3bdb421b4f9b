import { EXPORT_SCHEMA_VERSION } from '@cases/core/browser';
import type { ExportData } from '@cases/core/browser';

type Check = [path: string, test: (v: unknown) => boolean, expected: string];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown) => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isArray = Array.isArray;
const isStringArray = (v: unknown) => isArray(v) && v.every(isString);

const CASE: Check[] = [
  ['id', isString, 'a string'],
  ['locale', isString, 'a string'],
  ['title', isString, 'a string'],
  ['company', isObject, 'an object'],
  ['company.name', isString, 'a string'],
  ['company.summary', isString, 'a string'],
  ['company.logo', isStringOrNull, 'a string or null'],
  ['facts', isObject, 'an object'],
  ['facets', isObject, 'an object'],
  ['facets.industry', isStringArray, 'an array of strings'],
  ['facets.cloudType', isStringArray, 'an array of strings'],
  ['facets.features', isStringArray, 'an array of strings'],
  ['facets.challenges', isStringArray, 'an array of strings'],
  ['highlights', isArray, 'an array'],
  ['quotes', isArray, 'an array'],
  ['sections', isArray, 'an array'],
  ['scenarios', isStringArray, 'an array of strings'],
];

const SCENARIO: Check[] = [
  ['id', isString, 'a string'],
  ['locale', isString, 'a string'],
  ['title', isString, 'a string'],
  ['summary', isString, 'a string'],
  ['sections', isArray, 'an array'],
  ['features', isStringArray, 'an array of strings'],
  ['cases', isStringArray, 'an array of strings'],
];

function get(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = isObject(v) ? v[key] : undefined;
  return v;
}

function checkAll(value: unknown, checks: Check[], at: string): string | null {
  if (!isObject(value)) return `${at} should be an object`;
  for (const [path, test, expected] of checks) {
    if (!test(get(value, path))) return `${at}.${path} should be ${expected}`;
  }
  return null;
}

/**
 * Why `data` is not a usable export, or `null` when it is. A light shape check of the fields
 * the widgets read (the full zod schema stays on the server); block contents are rendered
 * defensively instead.
 * @example checkExport({ schemaVersion: 99 }) // 'schemaVersion 99 is not supported (expected 1)'
 */
export function checkExport(data: unknown): string | null {
  if (!isObject(data)) return 'the data is not a JSON object';
  if (data.schemaVersion !== EXPORT_SCHEMA_VERSION) {
    return `schemaVersion ${JSON.stringify(data.schemaVersion ?? null)} is not supported (expected ${EXPORT_SCHEMA_VERSION})`;
  }
  const { cases, scenarios, taxonomy } = data;
  if (!isArray(cases)) return 'cases should be an array';
  if (!isArray(scenarios)) return 'scenarios should be an array';
  if (!isObject(taxonomy)) return 'taxonomy should be an object';
  for (const kind of ['industries', 'cloudTypes', 'challenges', 'features', 'scenarios']) {
    const terms = taxonomy[kind];
    if (!isArray(terms)) return `taxonomy.${kind} should be an array`;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      if (!isObject(term) || !isString(term.id) || !isObject(term.labels)) {
        return `taxonomy.${kind}[${i}] should have an id and labels`;
      }
    }
  }
  for (let i = 0; i < cases.length; i++) {
    const problem = checkAll(cases[i], CASE, `cases[${i}]`);
    if (problem) return problem;
  }
  for (let i = 0; i < scenarios.length; i++) {
    const problem = checkAll(scenarios[i], SCENARIO, `scenarios[${i}]`);
    if (problem) return problem;
  }
  return null;
}

/** Thrown by {@link parseExport} when data is not a usable export. */
export class ExportDataError extends Error {
  override name = 'ExportDataError';
}

/**
 * Return `data` typed as {@link ExportData}, or throw {@link ExportDataError} saying why not.
 * @example const data = parseExport(await (await fetch('cases.json')).json());
 */
export function parseExport(data: unknown): ExportData {
  const problem = checkExport(data);
  if (problem) throw new ExportDataError(problem);
  return data as ExportData;
}
