import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CasesError, loadContent } from '@cases/core';
import { readAhead } from '../src/load/read-ahead.js';
import { corpusDir } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));

const page = (company: string) =>
  `---\ntitle: ${company}\nsection1:\n  title: ${company}\n  content: ${company} 是一家公司。\nsection2:\n  listLeft:\n    - title: 简介\n      contentList:\n        - content: ${company} 使用 KubeSphere。\n  rightPart:\n    list:\n      - title: 行业\n        content: 金融\n---\n`;

describe('loadContent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cases-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('one invalid file gives one error at its line; the other files still load', async () => {
    const root = join(dir, 'mixed');
    mkdirSync(join(root, 'cases/zh'), { recursive: true });
    writeFileSync(join(root, 'cases/zh/good.md'), page('好公司'));
    writeFileSync(join(root, 'cases/zh/bad.md'), '---\ntitle: Bad\nsection1:\n  title: [unclosed\n  content: x\n---\n');
    writeFileSync(join(root, 'README.md'), '# not content\n');
    const c = await loadContent(root);
    expect(c.cases.map((x) => x.id)).toEqual(['good']);
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: `${root}/cases/zh/bad.md` });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(4);
    expect(errors[0]!.line).toBeLessThanOrEqual(6);
  });

  it('reads a folder with thousands of files', async () => {
    const root = join(dir, 'many');
    mkdirSync(join(root, 'cases/zh'), { recursive: true });
    for (let i = 0; i < 3000; i++) writeFileSync(join(root, `cases/zh/c${String(i).padStart(4, '0')}.md`), page(`公司${i}`));
    const c = await loadContent(root);
    expect(c.cases).toHaveLength(3000);
    expect(c.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(c.cases[0]!.facets.industry).toEqual(['finance']);
  });

  it('reads a big folder on a second thread with the same result as reading it directly', async () => {
    const root = join(dir, 'threaded');
    mkdirSync(join(root, 'cases/zh'), { recursive: true });
    mkdirSync(join(root, 'cases/en'), { recursive: true });
    const en = (name: string) =>
      `---\ntitle: ${name}\nsection1:\n  title: ${name}\n  content: ${name} runs KubeSphere in production.\nsection2:\n  listLeft:\n    - title: Background\n      contentList:\n        - content: ${name} moved to containers in 2020.\n  rightPart:\n    list:\n      - title: INDUSTRY\n        content: Finance\n---\n`;
    for (let i = 0; i < 500; i++) writeFileSync(join(root, `cases/zh/c${String(i).padStart(4, '0')}.md`), page(`公司${i}`));
    for (let i = 0; i < 100; i++) writeFileSync(join(root, `cases/en/e${String(i).padStart(4, '0')}.md`), en(`Company ${i}`));
    // Every way a file can need recovery, spread through the folder.
    writeFileSync(join(root, 'cases/zh/c0100.md'), `\ufeff${page('带BOM')}`);
    writeFileSync(join(root, 'cases/zh/c0200.md'), page('换行').replace(/\n/g, '\r\n'));
    writeFileSync(
      join(root, 'cases/zh/c0300.md'),
      new TextEncoder().encode(page('坏字节')).map((b, i) => (i === 40 ? 0xff : b)),
    );
    writeFileSync(
      join(root, 'cases/zh/c0400.md'),
      Buffer.from([...Buffer.from('---\ntitle: GB\nsection1:\n  title: GB\n  content: '), 0xd6, 0xd0, 0xce, 0xc4, ...Buffer.from('\n---\n')]),
    );
    writeFileSync(join(root, 'cases/zh/c0450.md'), '');
    writeFileSync(join(root, 'cases/zh/c0460.md'), page('很长').replace('是一家公司。', '很长。'.repeat(200_000)));
    // The thread really reads this folder: only its chunks hand texts over inside a bigger string.
    const paths = readdirSync(join(root, 'cases/zh')).map((f) => join(root, 'cases/zh', f));
    let fromThread = 0;
    // The thread's code is its own file, built next to the bundle (tests run the source).
    const built = join(here, '../dist');
    for await (const chunk of readAhead(paths, { workerFile: join(built, 'read-ahead-worker.js') })) fromThread += chunk.filter((f) => f.within).length;
    expect(fromThread).toBeGreaterThan(400);
    const dist = (await import(/* @vite-ignore */ pathToFileURL(join(built, 'index.js')).href)) as typeof import('../src/index.js');
    const threaded = await dist.loadContent(root);
    const direct = await loadContent(root, { readThread: false });
    expect(threaded.cases).toHaveLength(599);
    expect(threaded.cases).toEqual(direct.cases);
    expect(threaded.diagnostics).toEqual(direct.diagnostics);
    const codes = new Set(threaded.diagnostics.map((d) => d.code));
    for (const code of ['bom', 'encoding', 'empty-file']) expect(codes).toContain(code);
    expect(threaded.cases.find((c) => c.id === 'c0200')!.company.name).toBe('换行');
    expect(threaded.cases.find((c) => c.id === 'c0460')!.company.summary).toHaveLength(600_003);
    expect(threaded.cases.find((c) => c.id === 'e0007')!.company.name).toBe('Company 7');
  });

  it('reports duplicate ids in one locale', async () => {
    const root = join(dir, 'dup');
    mkdirSync(join(root, 'cases/zh/a'), { recursive: true });
    mkdirSync(join(root, 'cases/zh/b'), { recursive: true });
    writeFileSync(join(root, 'cases/zh/a/same.md'), page('甲'));
    writeFileSync(join(root, 'cases/zh/b/same.md'), page('乙'));
    const c = await loadContent(root);
    expect(c.cases).toHaveLength(1);
    expect(c.cases[0]!.company.name).toBe('甲'); // the first in path order is kept
    // Both files are told, each naming the other: either one may be the one to rename.
    const dup = c.diagnostics.filter((d) => d.code === 'duplicate-id');
    expect(dup.map((d) => d.file.slice(root.length + 1)).sort()).toEqual(['cases/zh/a/same.md', 'cases/zh/b/same.md']);
    expect(dup[0]!.message).toContain('b/same.md');
    expect(dup[1]!.message).toContain('a/same.md');
  });

  it('throws CasesError for a missing folder', async () => {
    await expect(loadContent(join(dir, 'nope'))).rejects.toBeInstanceOf(CasesError);
  });

  const corpus = corpusDir;
  it.runIf(corpus)('loads every page of ../shared/corpus with no error', async () => {
    const c = await loadContent(corpus!);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.cases.length).toBeGreaterThanOrEqual(9);
    expect(c.scenarios.map((s) => s.id)).toEqual(['multi-cluster', 'observability', 'devops', 'microservices', 'bare-metal']);
  });
});

describe('loadContent progress', () => {
  it('reports cases batch by batch, linked, before the load ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-progress-'));
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `cases/zh/c${String(i).padStart(2, '0')}.md`), page(`公司${i}`));
    const seen: { loaded: number; total: number; n: number; facets: string[] }[] = [];
    const c = await loadContent(dir, {
      batch: 10,
      onProgress: (p) => seen.push({ loaded: p.loaded, total: p.total, n: p.cases.length, facets: p.cases[0]?.facets.industry ?? [] }),
    });
    rmSync(dir, { recursive: true, force: true });
    expect(seen.map((s) => [s.loaded, s.total, s.n])).toEqual([
      [10, 25, 10],
      [20, 25, 20],
      [25, 25, 25],
    ]);
    expect(seen[0]!.facets).toEqual(['finance']);
    expect(c.cases).toHaveLength(25);
  });
});
