import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { facetCounts } from '@cases/core';
import type { ExportData } from '@cases/core';
import { parseExport, toExportIndex } from '@cases/web';

import { readHeadViews } from '../src/head-views.js';
import { readPaging } from '../src/paged-index.js';
import { FIXTURE } from './helpers/site.js';

/** The fixture's cases repeated to `n`, half of them in another locale. */
function catalogue(n: number): ExportData {
  const cases = Array.from({ length: n }, (_, i) => ({ ...FIXTURE.cases[i % FIXTURE.cases.length]!, id: `case-${i}`, locale: i % 2 ? 'en' : 'zh' }));
  return { ...FIXTURE, cases };
}

describe('toExportIndex', () => {
  const data = catalogue(130);
  const { index, pages, details } = toExportIndex(data, { casesPerFile: 50 });

  it('pages hold every indexed case in order; every file is a valid export', () => {
    expect(Object.keys(pages)).toEqual(['index/1.json', 'index/2.json', 'index/3.json']);
    expect(index.paging.pages).toEqual(Object.keys(pages));
    expect(Object.values(pages).flatMap((p) => p.cases.map((c) => `${c.locale}/${c.id}`))).toEqual(data.cases.map((c) => `${c.locale}/${c.id}`));
    for (const file of [index, ...Object.values(pages), ...Object.values(details)])
      expect(parseExport(JSON.parse(JSON.stringify(file))).cases.length).toBe(file.cases.length);
  });

  it('the first file holds the first page, total and facet counts of all cases and of each locale', () => {
    expect(index.paging.total).toBe(130);
    const views = readHeadViews(index.paging, index.cases);
    if (typeof views === 'string') throw new Error(views);
    expect([...views.keys()]).toEqual(['', 'zh', 'en']);
    for (const [locale, view] of views) {
      const inView = data.cases.filter((c) => !locale || c.locale === locale);
      expect(view.total).toBe(inView.length);
      expect(view.first.map((c) => c.id)).toEqual(inView.slice(0, 24).map((c) => c.id));
      const counts = facetCounts(inView, {}, data.taxonomy).feature;
      expect([...view.counts.get('feature')!]).toEqual(counts.map((f) => [f.id, f.count]));
    }
    // No case twice in the first file, and none with a body.
    expect(new Set(index.cases.map((c) => `${c.locale}/${c.id}`)).size).toBe(index.cases.length);
    expect(index.cases.every((c) => c.sections.length === 0)).toBe(true);
  });

  it('refuses a page size that is not a whole number from 1', () => {
    for (const casesPerFile of [0, -1, 1.5, Number.NaN]) expect(() => toExportIndex(data, { casesPerFile })).toThrow(/casesPerFile .* is not valid/);
  });
});

describe('reading the first file’s paging', () => {
  const { index } = toExportIndex(catalogue(30), { casesPerFile: 10 });

  it('accepts what toExportIndex writes', () => {
    expect(readPaging(index.paging)).toEqual({ pages: ['index/1.json', 'index/2.json', 'index/3.json'] });
  });

  it('page files must be plain names under index/, never a URL or a way out', () => {
    for (const page of [
      'https://evil.example/x.json',
      '//evil.example/x.json',
      '../index/1.json',
      'index/../../x.json',
      'index/a/b.json',
      'index/1.js',
      'javascript:1',
      'index/<x>.json',
      7,
    ])
      expect(readPaging({ ...index.paging, pages: [page] }), String(page)).toMatch(/paging.pages/);
  });

  it('never throws and returns either a reason or checked values, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.anything(), (paging, views) => {
        const pages = readPaging(paging);
        expect(typeof pages === 'string' || pages.pages.every((p) => /^index\/[\w-]+\.json$/.test(p))).toBe(true);
        const read = readHeadViews({ ...index.paging, views }, index.cases);
        if (typeof read !== 'string')
          for (const view of read.values()) expect(Number.isSafeInteger(view.total) && view.first.every((c) => index.cases.includes(c))).toBe(true);
      }),
    );
  });

  it('a view naming a case the file does not hold is left out, so the list waits for the whole index', () => {
    const views = structuredClone(index.paging.views);
    views[1]!.first[0] = ['zh', 'not-there'];
    const read = readHeadViews({ ...index.paging, views }, index.cases);
    if (typeof read === 'string') throw new Error(read);
    expect([...read.keys()]).toEqual(['', 'en']);
  });
});
