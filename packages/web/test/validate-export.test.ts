import { describe, expect, it } from 'vitest';

import { ExportSchema } from '@cases/core/schema';
import { checkExport, parseExport, ExportDataError } from '@cases/web';

import { createHostileExport } from '../src/hostile-export.js';
import { FIXTURE } from './helpers/site.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('checkExport and parseExport', () => {
  it('accept the fixture, which follows core’s ExportSchema, keeping every entry', () => {
    expect(ExportSchema.safeParse(FIXTURE).success).toBe(true);
    expect(checkExport(FIXTURE)).toBeNull();
    expect(parseExport(FIXTURE)).toEqual(FIXTURE);
  });

  it('accept the hostile export (it is well-formed, only its strings are hostile)', () => {
    expect(ExportSchema.safeParse(createHostileExport()).success).toBe(true);
    expect(checkExport(createHostileExport())).toBeNull();
  });

  it.each([
    [null, 'the data should be a JSON object, not null'],
    [[], 'the data should be a JSON object, not an array'],
    [{}, 'schemaVersion is missing (expected 2)'],
    [{ schemaVersion: 1 }, 'schemaVersion 1 is not supported (expected 2)'],
    [{ schemaVersion: '2' }, 'schemaVersion "2" is not supported (expected 2)'],
    [{ schemaVersion: 2, cases: {} }, 'cases should be an array, not an object'],
    [{ schemaVersion: 2, cases: [], scenarios: [] }, 'taxonomy is missing (it should be an object)'],
  ])('refuse the dataset %j: %s', (data, message) => {
    expect(checkExport(data)).toBe(message);
    expect(() => parseExport(data)).toThrow(ExportDataError);
  });

  it('leave out an entry with a wrong value anywhere, and say which and why', () => {
    const data = clone(FIXTURE) as unknown as { cases: Record<string, any>[]; scenarios: Record<string, any>[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- a test that writes wrong types on purpose
    data.cases[2]!.company.name = 7;
    data.cases[0]!.sections[0].blocks[0].text = { $$typeof: 'x', t: 'script' };
    data.scenarios[1]!.cases = null;
    const dropped: string[] = [];
    const result = parseExport(data, (d) => dropped.push(d.problem));
    expect(dropped).toEqual([
      'cases[0].sections[0].blocks[0].text should be a string, not an object',
      'cases[2].company.name should be a string, not a number',
      'scenarios[1].cases should be an array, not null',
    ]);
    expect(result.cases.map((c) => c.id)).toEqual(FIXTURE.cases.filter((_, i) => i !== 0 && i !== 2).map((c) => c.id));
    expect(result.scenarios).toHaveLength(FIXTURE.scenarios.length - 1);
    expect(checkExport(data)).toBeNull();
  });
});
