import { describe, expect, it } from 'vitest';

import { ExportSchema } from '@cases/core/schema';
import { checkExport, createHostileExport, parseExport, ExportDataError } from '@cases/web';

import { FIXTURE } from './helpers/site.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('checkExport', () => {
  it('accepts the fixture, and the fixture follows core’s ExportSchema', () => {
    expect(ExportSchema.safeParse(FIXTURE).success).toBe(true);
    expect(checkExport(FIXTURE)).toBeNull();
    expect(parseExport(FIXTURE)).toBe(FIXTURE);
  });

  it('accepts the hostile export (it is well-formed, only its strings are hostile)', () => {
    expect(ExportSchema.safeParse(createHostileExport()).success).toBe(true);
    expect(checkExport(createHostileExport())).toBeNull();
  });

  it.each([
    [null, 'the data is not a JSON object'],
    [[], 'the data is not a JSON object'],
    [{}, 'schemaVersion null is not supported (expected 2)'],
    [{ schemaVersion: 1 }, 'schemaVersion 1 is not supported (expected 2)'],
    [{ schemaVersion: '2' }, 'schemaVersion "2" is not supported (expected 2)'],
    [{ schemaVersion: 2, cases: {} }, 'cases should be an array'],
    [{ schemaVersion: 2, cases: [], scenarios: [] }, 'taxonomy should be an object'],
  ])('%j → %s', (data, message) => {
    expect(checkExport(data)).toBe(message);
    expect(() => parseExport(data)).toThrow(ExportDataError);
  });

  it('names the path of the first bad field', () => {
    const a = clone(FIXTURE);
    (a.cases[2]!.company as { name: unknown }).name = 7;
    expect(checkExport(a)).toBe('cases[2].company.name should be a string');
    const b = clone(FIXTURE);
    (b.cases[0]!.facets as { features: unknown }).features = ['ok', 3];
    expect(checkExport(b)).toBe('cases[0].facets.features should be an array of strings');
    const c = clone(FIXTURE);
    (c.scenarios[1] as { cases: unknown }).cases = null;
    expect(checkExport(c)).toBe('scenarios[1].cases should be an array of strings');
    const d = clone(FIXTURE);
    (d.taxonomy.features as unknown[]).push({ id: 'x' });
    expect(checkExport(d)).toBe('taxonomy.features[5] should have an id and labels');
  });
});
