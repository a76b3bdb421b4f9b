import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';
import type { Case, Collection } from '@cases/core';
import { BROCHURE_FILE, createSheetNamer, renderPdfs, sheetFileName } from '@cases/pdf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfInfo, pdfText, squash } from './poppler.js';

type Named = { id: string; locale: string; source: { path: string } };
const named = (id: string, locale: string, path = `cases/${locale}/${id}.md`): Named => ({ id, locale, source: { path } });
const namesOf = (all: Named[]) => all.map(createSheetNamer(all));
const fold = (s: string) => s.normalize('NFC').toLowerCase();

describe('sheet file names', () => {
  it('are <id>.pdf, or <id>.<locale>.pdf when the id exists in several locales', () => {
    expect(namesOf([named('tuling', 'zh'), named('vesoft', 'zh'), named('vesoft', 'en')])).toEqual(['tuling.pdf', 'vesoft.zh.pdf', 'vesoft.en.pdf']);
    expect(sheetFileName(named('tuling', 'zh'), [named('tuling', 'zh')])).toBe('tuling.pdf');
  });

  it('give distinct names to cases that would get the same one', () => {
    const dup = [named('vesoft', 'zh', 'cases/zh/vesoft.md'), named('vesoft', 'zh', 'cases/zh/vesoft.txt')];
    const [a, b] = namesOf(dup);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^vesoft\.zh\.[0-9a-f]{8}\.pdf$/);
    // letter case only (one file on macOS and Windows), a twin's name taken by another id, the brochure's names
    for (const all of [
      [named('Foo', 'zh'), named('foo', 'zh')],
      [named('a.en', 'zh'), named('a', 'en'), named('a', 'zh')],
      [named('brochure', 'zh'), named('brochure', 'en')],
      [named('brochure', 'zh')],
      [named('x/y', 'zh'), named('x:y', 'zh'), named('x-y', 'zh')],
    ]) {
      const names = namesOf(all);
      expect(new Set(names.map(fold)).size, names.join(' ')).toBe(all.length);
      for (const n of names) expect(n).not.toMatch(/^brochure(\.[^.]*)?\.pdf$/);
    }
    // a name does not depend on which other unrelated cases exist
    expect(namesOf([named('tuling', 'zh'), named('x', 'en')])[0]).toBe('tuling.pdf');
  });

  it('are safe, short and unique file names whatever the ids and locales hold', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('..', '.', '', 'CON', 'brochure', '../../etc/passwd', 'a\u202eb', 'x\u0000y', '\u001b[2J'),
    );
    const doc = fc.record({
      id: text,
      locale: fc.oneof(fc.constantFrom('zh', 'en', 'ZH', '..'), text),
      source: fc.record({ path: fc.string({ maxLength: 20 }) }),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 30 }), (all) => {
        const unique = new Map(all.map((d) => [`${d.locale}\u0000${d.id}\u0000${d.source.path}`, d]));
        const names = [...unique.values()].map(createSheetNamer(all));
        expect(new Set(names.map(fold)).size).toBe(names.length);
        for (const n of names) {
          expect(n).toMatch(/^[^./\\][^/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*\.pdf$/u);
          expect(n).not.toMatch(/^brochure(\.[^.]*)?\.pdf$/);
          expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const contentSrc = fileURLToPath(new URL('../../../content', import.meta.url));
let work: string;
let collection: Collection;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-names-'));
  await cp(contentSrc, join(work, 'content'), { recursive: true });
  collection = await loadContent(join(work, 'content'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('rendering cases that share a name', () => {
  it('writes both sheets of the same locale and id, and never overwrites the brochure', async () => {
    const vesoft = collection.cases.find((c) => c.id === 'vesoft')!;
    const twin: Case = { ...vesoft, company: { ...vesoft.company, name: '第二家公司' }, source: { ...vesoft.source, path: 'cases/zh/vesoft-copy.md' } };
    const brochure: Case = { ...vesoft, id: 'brochure', company: { ...vesoft.company, name: '名叫目录的公司' } };
    const out = join(work, 'shared-name');
    const r = await renderPdfs({ ...collection, cases: [vesoft, twin, brochure] }, { outDir: out, brochure: true, offline: true });
    expect(r.failed).toEqual([]);
    const pdfs = (await readdir(out)).filter((n) => n.endsWith('.pdf')).sort();
    expect(pdfs).toHaveLength(4);
    expect(pdfs).toContain(BROCHURE_FILE);
    expect(pdfInfo(join(out, BROCHURE_FILE)).Title).toBe('客户案例集');
    const companies = pdfs.filter((n) => n !== BROCHURE_FILE).map((n) => squash(pdfText(join(out, n))));
    expect(companies.filter((t) => t.includes('第二家公司'))).toHaveLength(1);
    expect(companies.filter((t) => t.includes('名叫目录的公司'))).toHaveLength(1);
  });

  it('selects one case by <locale>/<id>, and a bare id in every locale', async () => {
    const zh = collection.cases.find((c) => c.id === 'vesoft')!;
    const en: Case = { ...zh, locale: 'en', source: { ...zh.source, path: 'cases/en/vesoft.md' } };
    const both = { ...collection, cases: [zh, en] };
    const one = await renderPdfs(both, { outDir: join(work, 'by-key'), ids: ['en/vesoft'], offline: true });
    expect(one.written.map((p) => p.slice(join(work, 'by-key').length + 1))).toEqual(['vesoft.en.pdf']);
    const all = await renderPdfs(both, { outDir: join(work, 'by-id'), ids: ['vesoft'], offline: true });
    expect(all.written).toHaveLength(2);
  });
});
