import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, type Collection } from '@cases/core';
import { afterAll, describe, expect, it } from 'vitest';

import { DevContent } from '../src/dev/dev-content.js';

// The dev server's incremental re-read must end where a full load of the same files does.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const view = (c: Collection) => ({
  cases: c.cases.map((x) => ({ id: x.id, locale: x.locale, company: x.company.name, facets: x.facets, scenarios: x.scenarios })),
  scenarios: c.scenarios.map((s) => ({ id: s.id, locale: s.locale, cases: s.cases })).sort((a, b) => `${a.locale}${a.id}`.localeCompare(`${b.locale}${b.id}`)),
  diagnostics: c.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).sort(),
  brand: c.settings.brand.name,
});

describe('DevContent (cases dev re-reads one file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cases-devcontent-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const same = async (dev: DevContent) => expect(view(dev.collection)).toEqual(view(await loadContent(dir, { readThread: false })));

  it('after edits, a broken file, a fix, a new file, a removed file and a settings change, equals a full load', async () => {
    const dev = await DevContent.load(dir);
    await same(dev);
    const vesoft = join(dir, 'cases/zh/vesoft.md');
    const good = readFileSync(vesoft, 'utf8');
    // Drop its features: the scenarios it proved lose it.
    writeFileSync(vesoft, good.replace(/采用功能[\s\S]*?content: [^\n]*/, '采用功能\n        content: 未知功能'));
    await dev.change(vesoft);
    await same(dev);
    writeFileSync(vesoft, good.replace('section1:\n', 'section1:\n  title: [oops\n'));
    expect((await dev.change(vesoft)).files).toEqual(['cases/zh/vesoft.md']);
    await same(dev);
    expect(dev.collection.diagnostics.some((d) => d.code === 'yaml-syntax' && d.file.endsWith('vesoft.md'))).toBe(true);
    writeFileSync(vesoft, good);
    await dev.change(vesoft);
    await same(dev);
    const added = join(dir, 'cases/zh/copy.md');
    writeFileSync(added, good);
    await dev.change(added);
    await same(dev);
    unlinkSync(added);
    await dev.change(added);
    await same(dev);
    writeFileSync(join(dir, 'settings.yaml'), 'brand:\n  name: Acme\n');
    expect((await dev.change(join(dir, 'settings.yaml'))).full).toBe(true);
    await same(dev);
    expect(dev.collection.settings.brand.name).toBe('Acme');
  });
});
