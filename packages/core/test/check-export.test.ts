import { loadContent, toExport } from '@cases/core';
import { checkExportData, MAX_EXPORT_DEPTH } from '@cases/core/browser';
import { CaseSchema, ExportSchema, ScenarioSchema } from '@cases/core/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { repoRoot } from './helpers.js';
import { jsonPaths } from './json-paths.js';

type Json = Record<string, unknown> | unknown[];
let valid: Record<string, unknown>;

beforeAll(async () => {
  valid = toExport(await loadContent(`${repoRoot}content`)) as unknown as Record<string, unknown>;
});

function setAt(root: Json, path: (string | number)[], value: unknown, remove: boolean): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(target)) delete target[last];
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
}

/** Values that have no business where text, lists or numbers belong. */
const hostile = fc.oneof(
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constant({ $$typeof: 'cases.vnode', t: 'script', a: { onclick: 'alert(1)' }, c: ['x'] }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "text": "x"}')),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '', 'x'.repeat(3)),
);

const mutation = fc.record({ pick: fc.nat(), value: hostile, remove: fc.boolean(), count: fc.integer({ min: 1, max: 3 }) });

describe('checkExportData', () => {
  it('accepts the export of the seeds as it is, and returns the same entries', () => {
    expect(ExportSchema.safeParse(valid).success).toBe(true);
    const result = checkExportData(valid);
    expect(result.ok && result.dropped).toEqual([]);
    if (result.ok) expect(result.data.cases).toEqual(valid.cases);
  });

  it('agrees with the zod schema: an entry is dropped exactly when zod rejects it, the dataset refused exactly when its frame is bad', () => {
    const all = () => jsonPaths(valid);
    const candidates = all();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = structuredClone(valid) as Json;
        for (const { pick, value, remove } of mutations) {
          const present = jsonPaths(data);
          const path = present[pick % present.length] ?? candidates[0]!;
          setAt(data, path, structuredClone(value), remove);
        }
        const result = checkExportData(data);
        const d = data as Record<string, unknown>;
        const frame = ExportSchema.safeParse({ ...d, cases: Array.isArray(d.cases) ? [] : d.cases, scenarios: Array.isArray(d.scenarios) ? [] : d.scenarios });
        // Stricter than zod in one place: zod skips a record key named __proto__, we check it.
        const stricter = (problem: string | undefined) => problem?.includes('["__proto__"]') ?? false;
        if (!result.ok && frame.success) expect(stricter(result.error), result.error).toBe(true);
        else expect(result.ok, `${result.ok ? '' : result.error} / ${JSON.stringify(frame.error?.issues)}`).toBe(frame.success);
        if (!result.ok) return;
        const problems = new Map(result.dropped.map((x) => [x.path, x.problem]));
        const agree = (path: string, zodOk: boolean) => {
          const problem = problems.get(path);
          if (problem && zodOk) expect(stricter(problem), problem).toBe(true);
          else expect(problem === undefined, `${path}: ${problem}`).toBe(zodOk);
        };
        (d.cases as unknown[]).forEach((c, i) => agree(`cases[${i}]`, CaseSchema.safeParse(c).success));
        (d.scenarios as unknown[]).forEach((s, i) => agree(`scenarios[${i}]`, ScenarioSchema.safeParse(s).success));
        expect(ExportSchema.safeParse(result.data).error?.issues, 'result').toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('names the path and what was found', () => {
    const data = structuredClone(valid) as { cases: { company: { name: unknown } }[] };
    data.cases[1]!.company.name = { html: '<b>' };
    const result = checkExportData(data);
    expect(result.dropped).toEqual([expect.objectContaining({ path: 'cases[1]', problem: 'cases[1].company.name should be a string, not an object' })]);
    expect(checkExportData([])).toMatchObject({ ok: false, error: 'the data should be a JSON object, not an array' });
    expect(checkExportData({ schemaVersion: 1 })).toMatchObject({ ok: false, error: 'schemaVersion 1 is not supported (expected 2)' });
    expect(checkExportData({ ...valid, taxonomy: { ...(valid.taxonomy as object), industries: [{ id: 1 }] } })).toMatchObject({
      ok: false,
      error: 'taxonomy.industries[0].id should be a string, not a number',
    });
  });

  it('refuses nesting deeper than MAX_EXPORT_DEPTH without overflowing the stack, and never throws', () => {
    let inline: unknown = { type: 'text', value: 'deep' };
    for (let i = 0; i < 100_000; i++) inline = { type: 'strong', children: [inline] };
    const data = structuredClone(valid) as { cases: { sections: { blocks: unknown[] }[] }[] };
    data.cases[0]!.sections[0]!.blocks.push({ type: 'paragraph', text: 'x', inline: [inline] });
    const result = checkExportData(data);
    expect(result.dropped[0]?.problem).toMatch(new RegExp(`nested more than ${MAX_EXPORT_DEPTH} levels deep$`));
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(checkExportData(trap)).toMatchObject({ ok: false });
    fc.assert(
      fc.property(fc.anything(), (v) => {
        checkExportData(v);
      }),
    );
  });
});
