import { cp, mkdtemp, open, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';
import type { Collection } from '@cases/core';
import { MANIFEST_NAME, RENDERER_VERSION, readPdfManifest, renderPdfs, verifyOutput } from '@cases/pdf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfInfo } from './poppler.js';

const contentSrc = fileURLToPath(new URL('../../../content', import.meta.url));
let work: string;
let collection: Collection;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-manifest-'));
  await cp(contentSrc, join(work, 'content'), { recursive: true });
  collection = await loadContent(join(work, 'content'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const names = (paths: readonly string[], dir: string) => paths.map((p) => p.slice(dir.length + 1)).sort();

describe('the manifest verifies every recorded output', () => {
  it('re-renders exactly the truncated, the deleted and the edited PDF', async () => {
    const out = join(work, 'verify');
    const opts = { outDir: out, offline: true, cacheDir: join(work, 'cache') };
    const first = await renderPdfs(collection, opts);
    expect(first.failed).toEqual([]);
    const all = names(first.written, out);
    expect(all).toEqual(['internet-ecommerce.pdf', 'maxnerva.pdf', 'tuling.pdf', 'vesoft.pdf']);

    const manifest = await readPdfManifest(out, RENDERER_VERSION);
    for (const name of all) {
      const bytes = await readFile(join(out, name));
      expect(manifest.files[name]?.size).toBe(bytes.length);
      expect(manifest.files[name]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }

    await truncate(join(out, 'tuling.pdf'), 100);
    await unlink(join(out, 'vesoft.pdf'));
    // one byte changed in the middle: same size, other digest
    const edited = join(out, 'maxnerva.pdf');
    const size = manifest.files['maxnerva.pdf']!.size;
    const fh = await open(edited, 'r+');
    const byte = Buffer.alloc(1);
    await fh.read(byte, 0, 1, size >> 1);
    await fh.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, size >> 1);
    await fh.close();

    const again = await renderPdfs(collection, opts);
    expect(again.failed).toEqual([]);
    expect(names(again.written, out)).toEqual(['maxnerva.pdf', 'tuling.pdf', 'vesoft.pdf']);
    expect(names(again.skipped, out)).toEqual(['internet-ecommerce.pdf']);
    for (const name of all) expect(Number(pdfInfo(join(out, name)).Pages)).toBeGreaterThan(0);
    const after = await readPdfManifest(out, RENDERER_VERSION);
    for (const name of all) expect(await verifyOutput(join(out, name), after.files[name]!), name).toBe(true);

    const third = await renderPdfs(collection, opts);
    expect(third.written).toEqual([]);
  });

  it('renders everything again after a manifest of the old layout (hash strings only)', async () => {
    const out = join(work, 'old-layout');
    const opts = { outDir: out, offline: true, cacheDir: join(work, 'cache'), ids: ['vesoft'] };
    await renderPdfs(collection, opts);
    const m = await readPdfManifest(out, RENDERER_VERSION);
    await writeFile(join(out, MANIFEST_NAME), JSON.stringify({ version: RENDERER_VERSION, files: { 'vesoft.pdf': m.files['vesoft.pdf']!.hash } }));
    const again = await renderPdfs(collection, opts);
    expect(names(again.written, out)).toEqual(['vesoft.pdf']);
  });

  it('reads any file in place of the manifest without throwing, keeping only well-formed entries', async () => {
    const dir = join(work, 'garbage');
    await rm(dir, { recursive: true, force: true });
    await cp(join(work, 'old-layout'), dir, { recursive: true });
    const good = (await readPdfManifest(dir, RENDERER_VERSION)).files['vesoft.pdf']!;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ format: fc.constant(2), version: fc.constant(RENDERER_VERSION), files: fc.dictionary(fc.string(), fc.jsonValue()), run: fc.jsonValue() }),
        ),
        async (value) => {
          const files = (value as { files?: Record<string, unknown> } | null)?.files;
          if (files && typeof files === 'object') files['vesoft.pdf'] = good;
          await writeFile(join(dir, MANIFEST_NAME), JSON.stringify(value));
          const m = await readPdfManifest(dir, RENDERER_VERSION);
          for (const entry of Object.values(m.files)) {
            expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
            expect(Number.isSafeInteger(entry.size)).toBe(true);
          }
          expect(m.run === null || Array.isArray(m.run.outputs)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    await writeFile(join(dir, MANIFEST_NAME), Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    expect((await readPdfManifest(dir, RENDERER_VERSION)).files).toEqual({});
  });
});
