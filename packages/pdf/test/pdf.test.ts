import { mkdtemp, readFile, rm, writeFile, cp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';
import type { Collection } from '@cases/core';
import { readPdfOutline, renderPdfs, BROCHURE_FILE } from '@cases/pdf';
import type { RenderPdfsResult } from '@cases/pdf';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfFonts, pdfInfo, pdfLines, pdfText, squash } from './poppler.js';

const contentSrc = fileURLToPath(new URL('../../../content', import.meta.url));
let work: string;
let content: string;
let out: string;
let collection: Collection;
let first: RenderPdfsResult;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-pdf-test-'));
  content = join(work, 'content');
  out = join(work, 'out');
  await cp(contentSrc, content, { recursive: true });
  collection = await loadContent(content);
  first = await renderPdfs(collection, { outDir: out, brochure: true, offline: true, cacheDir: join(work, 'cache') });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('seed case sheets, read back from the PDFs', () => {
  it('writes one sheet per case and the brochure, with no failure', () => {
    expect(first.failed).toEqual([]);
    expect(first.written.map((p) => p.slice(out.length + 1)).sort()).toEqual([...collection.cases.map((c) => `${c.id}.pdf`), BROCHURE_FILE].sort());
    // remote seed images are left out (offline), each with a warning pointing at its file
    expect(first.warnings.some((w) => w.code === 'image-offline' && w.file === 'cases/zh/tuling.md' && w.line > 1)).toBe(true);
  });

  it('puts the text in reading order, with one or a few pages per case', () => {
    for (const c of collection.cases) {
      const path = join(out, `${c.id}.pdf`);
      const pages = Number(pdfInfo(path).Pages);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(4);
      const text = squash(pdfText(path));
      const heading = c.source.format === 'case-article' ? c.title : c.company.name;
      const marks = [heading, ...c.sections.map((s) => s.title).filter((t): t is string => !!t)].map(squash);
      let at = -1;
      for (const m of marks) {
        const i = text.indexOf(m, at + 1);
        expect(i, `${c.id}: "${m}" after position ${at}`).toBeGreaterThan(at);
        at = i;
      }
    }
    // whole paragraphs come back unbroken: nothing sits beside the text column
    for (const c of collection.cases) {
      const text = squash(pdfText(join(out, `${c.id}.pdf`)));
      const paragraphs = c.sections
        .flatMap((s) => s.blocks)
        .filter((b) => b.type === 'paragraph')
        .slice(0, 3);
      for (const p of paragraphs) expect(text, `${c.id}: ${p.text.slice(0, 20)}`).toContain(squash(p.text));
    }
    const tuling = squash(pdfText(join(out, 'tuling.pdf')));
    expect(tuling).toContain(squash('KubeSphere 帮助我们轻松实现业务系统容器化，在业务系统的运维上更加从容。'));
    expect(tuling).toContain('亮点');
    expect(tuling).toContain('tuling·');
  });

  it('embeds every font as a TrueType subset, none Type 3', () => {
    for (const name of [...collection.cases.map((c) => `${c.id}.pdf`), BROCHURE_FILE]) {
      const fonts = pdfFonts(join(out, name));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.type, `${name}: ${f.name}`).not.toMatch(/Type 3/);
        expect(f.embedded, `${name}: ${f.name}`).toBe(true);
        expect(f.subset, `${name}: ${f.name}`).toBe(true);
      }
      expect(fonts.some((f) => f.name.includes('NotoSansSC'))).toBe(true);
    }
  });

  it('never starts a line with closing CJK punctuation', () => {
    for (const c of collection.cases) {
      // a line that starts at the left edge of the text column (17 mm = 48.2 pt); pdftotext
      // also splits lines inside a run at font changes, which start further right
      const bad = pdfLines(join(out, `${c.id}.pdf`)).filter((l) => Math.abs(l.x - 48.2) < 2 && /^[，。、；：！？）」』》】]/.test(l.text));
      expect(bad, c.id).toEqual([]);
    }
  });

  it('never ends a page with a heading', () => {
    for (const c of collection.cases) {
      const path = join(out, `${c.id}.pdf`);
      const pages = Number(pdfInfo(path).Pages);
      const headings = new Set(
        c.sections
          .flatMap((s) => [s.title, ...s.blocks.map((b) => (b.type === 'heading' ? b.text : null))])
          .filter((t): t is string => !!t)
          .map(squash),
      );
      for (let p = 1; p < pages; p++) {
        // the last line of the page body, before the two footer lines
        const lines = pdfText(path, p).split('\n').map(squash).filter(Boolean);
        const last = lines.at(-3) ?? '';
        expect(headings.has(last), `${c.id} page ${p} ends with the heading "${last}"`).toBe(false);
      }
    }
  });

  it('writes the metadata of a sheet', () => {
    const info = pdfInfo(join(out, 'tuling.pdf'));
    expect(info.Title).toBe('图菱科技 · 客户案例');
    expect(info.Author).toBe('图菱科技');
    expect(info.Subject).toContain('图菱（成都）科技有限公司');
    expect(info.Keywords).toContain('DevOps');
    expect(info.Tagged).toBe('yes');
  });

  it('records the language in the catalog', async () => {
    const doc = await PDFDocument.load(await readFile(join(out, 'tuling.pdf')));
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-CN)');
  });
});

describe('the brochure', () => {
  it('has a cover, contents with the real page numbers, and a bookmark per case and section', async () => {
    const path = join(out, BROCHURE_FILE);
    const outline = await readPdfOutline(await readFile(path));
    const tops = outline.filter((e) => e.depth === 0);
    expect(tops[0]?.title).toBe('目录');
    expect(tops[0]?.page).toBe(2);
    for (const c of collection.cases) {
      const heading = c.source.format === 'case-article' ? c.title : c.company.name;
      const entry = tops.find((e) => e.title === heading);
      expect(entry, heading).toBeDefined();
      // the contents page prints the page the bookmark points at
      const toc = pdfText(path, 2);
      const line = toc.split('\n').findIndex((l) => squash(l).startsWith(squash(heading).slice(0, 12)));
      expect(line, `${heading} in contents`).toBeGreaterThanOrEqual(0);
      expect(squash(toc)).toContain(`${squash(c.company.summary).slice(-6)}`);
      // and the chapter starts on that page
      expect(squash(pdfText(path, entry!.page))).toContain(squash(heading));
      const sections = c.sections.map((s) => s.title).filter(Boolean);
      const children = outline
        .slice(outline.indexOf(entry!) + 1)
        .filter((e) => e.depth === 1)
        .map((e) => e.title);
      for (const s of sections) expect(children).toContain(s);
    }
    const scenarios = tops.at(-1)!;
    expect(scenarios.title).toBe('应用场景');
    const numbers = squash(pdfText(path, 2)).match(/\d+/g)!.map(Number);
    for (const e of tops.slice(1)) expect(numbers).toContain(e.page);
  });

  it('writes the document metadata', () => {
    const info = pdfInfo(join(out, BROCHURE_FILE));
    expect(info.Title).toBe('客户案例集');
    expect(info.Author).toBe('KubeSphere');
    expect(info.Keywords).toContain('图菱科技');
    expect(Number(info.Pages)).toBeGreaterThan(collection.cases.length + 2);
    expect(squash(pdfText(join(out, BROCHURE_FILE), 1))).toContain('客户案例集');
  });
});

describe('incremental builds', () => {
  it('skips unchanged outputs and re-renders one changed case and the brochure only', async () => {
    const again = await renderPdfs(collection, { outDir: out, brochure: true, offline: true, cacheDir: join(work, 'cache') });
    expect(again.written).toEqual([]);
    expect(again.skipped).toHaveLength(collection.cases.length + 1);

    const file = join(content, 'cases/zh/vesoft.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('vesoft inc. 成立于', 'vesoft inc.（欧若数网）成立于'));
    const changed = await loadContent(content);
    const before = (await stat(join(out, 'tuling.pdf'))).mtimeMs;
    const third = await renderPdfs(changed, { outDir: out, brochure: true, offline: true, cacheDir: join(work, 'cache') });
    expect(third.written.map((p) => p.slice(out.length + 1)).sort()).toEqual([BROCHURE_FILE, 'vesoft.pdf']);
    expect((await stat(join(out, 'tuling.pdf'))).mtimeMs).toBe(before);
    expect(squash(pdfText(join(out, 'vesoft.pdf')))).toContain('欧若数网');
  });

  it('re-renders when the paper size changes', async () => {
    const letter = await renderPdfs(collection, { outDir: out, ids: ['tuling'], paper: 'letter', offline: true, cacheDir: join(work, 'cache') });
    expect(letter.written).toHaveLength(1);
    expect(pdfInfo(join(out, 'tuling.pdf'))['Page size']).toMatch(/612 x 792/);
  });
});
