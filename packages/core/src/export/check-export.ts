import { EXPORT_SCHEMA_VERSION } from '../model/export-version.js';
import type { Case, ExportData, Scenario } from '../model/model.js';

/**
 * A check of one value: `null` when it is fine, else what is wrong with it, led by its path.
 * Written by hand against the model types (no zod in a browser bundle); a property test in core
 * holds it equal to `ExportSchema` for generated exports.
 */
type Check = (value: unknown, path: string, depth: number) => string | null;

/** Nesting of blocks, lists and inline markup deeper than this is refused (the parsers stop far earlier). */
export const MAX_EXPORT_DEPTH = 200;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
const wrong = (path: string, expected: string, v: unknown) =>
  v === undefined ? `${path} is missing (it should be ${expected})` : `${path} should be ${expected}, not ${describe(v)}`;

const str =
  (min = 0): Check =>
  (v, p) =>
    typeof v !== 'string' ? wrong(p, 'a string', v) : v.length < min ? `${p} should have at least ${min} character${min > 1 ? 's' : ''}` : null;
const text = str();
const nullable =
  (check: Check): Check =>
  (v, p, d) =>
    v === null ? null : check(v, p, d);
const optional =
  (check: Check): Check =>
  (v, p, d) =>
    v === undefined ? null : check(v, p, d);
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : wrong(p, 'true or false', v));
const int =
  (min = -Infinity, max = Infinity): Check =>
  (v, p) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max
      ? null
      : wrong(p, `a whole number${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`, v);
const literal =
  (value: string | number): Check =>
  (v, p) =>
    v === value ? null : `${p} should be ${JSON.stringify(value)}, not ${JSON.stringify(v) ?? describe(v)}`;
const oneOf =
  (values: readonly (string | null)[]): Check =>
  (v, p) =>
    values.includes(v as string | null) ? null : `${p} should be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;

function array(item: Check): Check {
  return (v, p, d) => {
    if (!Array.isArray(v)) return wrong(p, 'an array', v);
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${p}[${i}]`, d);
      if (problem) return problem;
    }
    return null;
  };
}

function object(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v, p, d) => {
    if (!isRecord(v)) return wrong(p, 'an object', v);
    for (const [key, check] of entries) {
      const problem = check(Object.hasOwn(v, key) ? v[key] : undefined, `${p}.${key}`, d);
      if (problem) return problem;
    }
    return null;
  };
}

function record(value: Check): Check {
  return (v, p, d) => {
    if (!isRecord(v)) return wrong(p, 'an object', v);
    for (const key of Object.keys(v)) {
      const problem = value(v[key], `${p}[${JSON.stringify(key)}]`, d);
      if (problem) return problem;
    }
    return null;
  };
}

/** One of several object shapes, told apart by their `type`; one level deeper for nesting. */
function byType(shapes: () => Record<string, Check>): Check {
  let table: Record<string, Check> | undefined;
  return (v, p, d) => {
    if (d > MAX_EXPORT_DEPTH) return `${p} is nested more than ${MAX_EXPORT_DEPTH} levels deep`;
    if (!isRecord(v)) return wrong(p, 'an object', v);
    table ??= shapes();
    const type = v.type;
    const check = typeof type === 'string' && Object.hasOwn(table, type) ? table[type]! : null;
    if (!check)
      return `${p}.type should be one of ${Object.keys(table)
        .map((t) => JSON.stringify(t))
        .join(', ')}`;
    return check(v, p, d + 1);
  };
}

const position = optional((v, p) => {
  if (!Array.isArray(v) || v.length !== 2) return wrong(p, 'a [line, column] pair', v);
  return int(1)(v[0], `${p}[0]`, 0) ?? int(1)(v[1], `${p}[1]`, 0);
});

const inline: Check = byType(() => {
  const children = array(inline);
  return {
    text: object({ value: text }),
    code: object({ value: text }),
    break: object({}),
    image: object({ src: text, alt: text }),
    strong: object({ children }),
    emphasis: object({ children }),
    delete: object({ children }),
    link: object({ url: text, children }),
  };
});

const richFields = { text, inline: optional(array(inline)) };
const richText = object(richFields);

const block: Check = byType(() => {
  const blocks = array(block);
  return {
    paragraph: object({ ...richFields, position }),
    heading: object({ ...richFields, level: int(1, 6), position }),
    image: object({ src: text, alt: text, link: optional(text), position }),
    code: object({ lang: nullable(text), value: text, position }),
    table: object({ align: array(oneOf(['left', 'center', 'right', null])), header: array(richText), rows: array(array(richText)), position }),
    highlights: object({ items: array(richText), position }),
    rule: object({ position }),
    list: object({ ordered: bool, start: nullable(int()), items: array(object({ ...richFields, blocks })), position }),
    quote: object({ ...richFields, author: nullable(text), blocks, position }),
  };
});
const blocks = array(block);

const strings = array(text);
const source = object({ path: text, format: oneOf(['case-page', 'case-article', 'scenario-markdown', 'scenario-text']) });
const locale = str(2);

const checkCase = object({
  kind: literal('case'),
  id: str(1),
  locale,
  title: text,
  company: object({ name: str(1), summary: text, logo: nullable(text) }),
  description: nullable(text),
  facts: object({
    industry: nullable(text),
    location: nullable(text),
    cloudType: strings,
    challenges: strings,
    features: strings,
    author: nullable(text),
    extra: record(text),
    positions: record((v, p) => (v === undefined ? wrong(p, 'a [line, column] pair', v) : position(v, p, 0))),
  }),
  facets: object({ industry: strings, cloudType: strings, features: strings, challenges: strings }),
  highlights: array(richText),
  quotes: array(object({ ...richFields, author: nullable(text) })),
  sections: array(object({ title: nullable(text), blocks, position })),
  scenarios: strings,
  tags: strings,
  keywords: strings,
  publishedAt: nullable(text),
  cover: nullable(text),
  source,
});

const scenarioSection: Check = (v, p, d) =>
  d > MAX_EXPORT_DEPTH ? `${p} is nested more than ${MAX_EXPORT_DEPTH} levels deep` : scenarioSectionShape(v, p, d + 1);
const scenarioSectionShape = object({ title: text, blocks, sections: array(scenarioSection), position });

const checkScenario = object({
  kind: literal('scenario'),
  id: str(1),
  locale,
  title: text,
  summary: text,
  blocks,
  sections: array(scenarioSection),
  features: strings,
  cases: strings,
  page: object({ id: text, title: text, summary: text }),
  position,
  source,
});

const term = { id: text, labels: record(text), synonyms: strings };
const checkTaxonomy = object({
  industries: array(object(term)),
  cloudTypes: array(object(term)),
  challenges: array(object(term)),
  features: array(object({ ...term, scenarios: strings })),
  scenarios: array(object(term)),
});

/** An entry {@link checkExportData} left out, and why. */
export interface DroppedEntry {
  /** Where it was: `cases[3]` or `scenarios[0]`. */
  path: string;
  /** Its id and locale when they could be read, for messages. */
  id: string | null;
  locale: string | null;
  /** The first problem found, led by its path: `cases[3].company.name should be a string, not an object`. */
  problem: string;
}

/** Result of {@link checkExportData}. */
export type ExportCheck = { ok: true; data: ExportData; dropped: DroppedEntry[] } | { ok: false; error: string; dropped: DroppedEntry[] };

function keep<T>(list: unknown[], check: Check, at: 'cases' | 'scenarios', dropped: DroppedEntry[]): T[] {
  const kept: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    const problem = check(entry, `${at}[${i}]`, 0);
    if (!problem) {
      kept.push(entry as T);
      continue;
    }
    const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
    const locale = isRecord(entry) && typeof entry.locale === 'string' ? entry.locale : null;
    dropped.push({ path: `${at}[${i}]`, id, locale, problem });
  }
  return kept;
}

/**
 * Check data that claims to be an export (from a URL, an inline script or a property) before
 * anything renders it. Browser-safe and without zod; equal to `ExportSchema` for every value.
 *
 * - The dataset is refused (`ok: false`) when it is not an object, has another `schemaVersion`,
 *   or its `cases`, `scenarios` or `taxonomy` are malformed (the taxonomy labels every view).
 * - A case or scenario with a wrong value anywhere in it (an object or array where text belongs,
 *   a number where a string belongs, an unknown block type…) is dropped and listed in
 *   `dropped`; the rest is returned as a new object holding the same entries.
 *
 * Never throws, whatever `value` is.
 * @example
 * const result = checkExportData(JSON.parse(text));
 * if (!result.ok) showError(result.error);
 * for (const d of result.dropped) console.warn(d.problem);
 */
export function checkExportData(value: unknown): ExportCheck {
  const dropped: DroppedEntry[] = [];
  try {
    if (!isRecord(value)) return { ok: false, error: wrong('the data', 'a JSON object', value), dropped };
    if (value.schemaVersion === undefined) return { ok: false, error: `schemaVersion is missing (expected ${EXPORT_SCHEMA_VERSION})`, dropped };
    if (value.schemaVersion !== EXPORT_SCHEMA_VERSION) {
      const seen =
        typeof value.schemaVersion === 'number' || typeof value.schemaVersion === 'string'
          ? JSON.stringify(value.schemaVersion)
          : describe(value.schemaVersion);
      return { ok: false, error: `schemaVersion ${seen} is not supported (expected ${EXPORT_SCHEMA_VERSION})`, dropped };
    }
    const problem =
      optional(text)(value.$schema, '$schema', 0) ??
      array(() => null)(value.cases, 'cases', 0) ??
      array(() => null)(value.scenarios, 'scenarios', 0) ??
      checkTaxonomy(value.taxonomy, 'taxonomy', 0);
    if (problem) return { ok: false, error: problem, dropped };
    const cases = keep<Case>(value.cases as unknown[], checkCase, 'cases', dropped);
    const scenarios = keep<Scenario>(value.scenarios as unknown[], checkScenario, 'scenarios', dropped);
    const data = { schemaVersion: EXPORT_SCHEMA_VERSION, cases, scenarios, taxonomy: value.taxonomy } as ExportData;
    if (typeof value.$schema === 'string') data.$schema = value.$schema;
    return { ok: true, data, dropped };
  } catch (error) {
    // Only a pathological value gets here (a getter that throws, a proxy); JSON cannot make one.
    return { ok: false, error: `the data could not be read (${(error as Error)?.message ?? String(error)})`, dropped };
  }
}
