import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, MAX_DIAGNOSTICS_PER_FILE, loadContent, parseContentFile, type Diagnostic } from '@cases/core';

const dir = mkdtempSync(join(tmpdir(), 'cases-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (name: string) => `---\nsection1:\n  title: ${name}\n  content: ${name} 是一家公司。\n---\n`;
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** A content folder with one good page and the given extra files (path → bytes or text). */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'cases/zh'), { recursive: true });
  writeFileSync(join(root, 'cases/zh/good.md'), page('好公司'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

describe('files nobody should have saved', () => {
  it('a file over the size limit is an error and skipped; the others are read', async () => {
    const root = folder('big', { 'cases/zh/huge.md': page('大') + 'x'.repeat(64 * 1024) });
    const c = await loadContent(root, { maxFileBytes: 32 * 1024, readThread: false });
    expect(c.cases.map((x) => x.id)).toEqual(['good']);
    const d = c.diagnostics.find((x) => x.code === 'too-large')!;
    expect(d).toMatchObject({ severity: 'error', line: 1, column: 1 });
    expect(d.file).toContain('huge.md');
  });

  it('the same through the reader thread', async () => {
    const files: Record<string, string> = { 'cases/zh/huge.md': page('大') + 'x'.repeat(64 * 1024) };
    for (let i = 0; i < 300; i++) files[`cases/zh/p${i}.md`] = page(`公司${i}`);
    const root = folder('big-thread', files);
    const c = await loadContent(root, { maxFileBytes: 32 * 1024 });
    expect(c.cases).toHaveLength(301);
    expect(codes(c.diagnostics)).toEqual(['too-large']);
  });

  it('UTF-16 with a BOM is read; UTF-32 and binary data are errors and skipped', async () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('十六位'), 'utf16le')]);
    const be = Buffer.from(page('大端'), 'utf16le').swap16();
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.alloc(16)]);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const root = folder('encodings', { 'cases/zh/le.md': utf16le, 'cases/zh/be.md': utf16be, 'cases/zh/u32.md': utf32, 'cases/zh/png.md': binary });
    const c = await loadContent(root, { readThread: false });
    expect(c.cases.map((x) => x.company.name).sort()).toEqual(['十六位', '大端', '好公司'].sort());
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file.split('/').pop()]).sort()).toEqual([
      ['encoding', 'png.md'],
      ['encoding', 'u32.md'],
    ]);
  });

  it('old Mac (CR) and Windows (CRLF) line ends give the same document as LF', () => {
    const lf = page('换行');
    const read = (text: string) => parseContentFile(Buffer.from(text), 'cases/zh/a.md', 'a.md', DEFAULT_TAXONOMY).cases[0];
    expect(read(lf.replace(/\n/g, '\r'))).toEqual(read(lf));
    expect(read(lf.replace(/\n/g, '\r\n'))).toEqual(read(lf));
  });

  it('symlinks are followed inside the content folder only; loops are reported, not followed', async () => {
    const root = folder('links', {});
    const outside = join(dir, 'outside.md');
    writeFileSync(outside, page('外面'));
    symlinkSync(outside, join(root, 'cases/zh/outside.md'));
    symlinkSync(join(root, 'cases/zh/good.md'), join(root, 'cases/zh/alias.md'));
    mkdirSync(join(root, 'cases/zh/sub'));
    symlinkSync(join(root, 'cases/zh'), join(root, 'cases/zh/sub/loop'));
    const c = await loadContent(root, { readThread: false });
    expect(c.cases.map((x) => x.id).sort()).toEqual(['alias', 'good']);
    expect(c.diagnostics.map((d) => d.code).sort()).toEqual(['link-loop', 'link-outside']);
  });

  it('a file that makes a diagnostic on every line keeps the first ones and one summary', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `  key${i}: x`).join('\n');
    const r = parseContentFile(Buffer.from(`---\nsection1:\n  title: 甲\n${lines}\n---\n`), 'cases/zh/a.md', 'a.md', DEFAULT_TAXONOMY);
    expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS_PER_FILE + 1);
    const summary = r.diagnostics.find((d) => d.code === 'more-diagnostics')!;
    expect(summary.message).toMatch(/^\d+ more diagnostics in this file not shown$/);
  });
});
