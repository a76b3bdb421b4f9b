import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CasesError, loadContent } from '@cases/core';
import type { Case, Collection } from '@cases/core';
import { createPdfRenderer, findChromium, renderPdfs } from '@cases/pdf';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfInfo, pdfText, squash } from './poppler.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

let work: string;
let collection: Collection;

/** The seeds, each repeated `n` times under new ids, for batches long enough to interrupt. */
function repeated(n: number): Collection {
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) for (const c of collection.cases) cases.push({ ...c, id: `${c.id}-${i}` });
  return { ...collection, cases };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-batch-'));
  const content = join(work, 'content');
  await cp(here('../../../content'), content, { recursive: true });
  await mkdir(join(content, 'images'), { recursive: true });
  await writeFile(join(content, 'images/chart.png'), PNG);
  collection = await loadContent(content);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('batches', () => {
  it('reports a failing case and still writes the others (exit status is the caller’s)', async () => {
    const out = join(work, 'fail');
    await mkdir(join(out, 'tuling.pdf'), { recursive: true }); // a folder where the PDF should go
    const r = await renderPdfs(collection, { outDir: out, offline: true });
    expect(r.failed.map((f) => f.name)).toEqual(['tuling.pdf']);
    expect(r.written).toHaveLength(collection.cases.length - 1);
    for (const p of r.written) expect(Number(pdfInfo(p).Pages)).toBeGreaterThan(0);
  });

  it('relaunches Chromium when it crashes mid-batch and finishes every case', async () => {
    const out = join(work, 'crash');
    const renderer = await createPdfRenderer({ concurrency: 2 });
    let killed = false;
    try {
      const r = await renderPdfs(repeated(2), {
        outDir: out,
        offline: true,
        renderer,
        onEvent: (e) => {
          if (e.type === 'done' && !killed) {
            killed = true;
            process.kill(renderer.browserPid()!, 'SIGKILL');
          }
        },
      });
      expect(killed).toBe(true);
      expect(r.failed).toEqual([]);
      expect(r.written).toHaveLength(collection.cases.length * 2);
      expect(renderer.relaunches).toBeGreaterThanOrEqual(1);
    } finally {
      await renderer.close();
    }
  });

  it('leaves no partial PDF when the process is killed mid-run', async () => {
    const out = join(work, 'interrupt');
    const json = join(work, 'collection.json');
    await writeFile(json, JSON.stringify(repeated(3)));
    const script = here('../.test-build/render-collection.mjs');
    await build({
      entryPoints: [here('fixtures/scripts/render-collection.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      packages: 'external',
      alias: {
        '@cases/pdf': here('../src/index.ts'),
        '@cases/core/browser': here('../../core/src/browser.ts'),
        '@cases/core': here('../../core/src/index.ts'),
      },
      logLevel: 'silent',
    });
    // the killed child cannot remove its browser profile: keep it inside the test's folder
    const child = spawn(process.execPath, [script, json, out], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TMPDIR: work } });
    await new Promise<void>((resolve, reject) => {
      let seen = 0;
      child.stdout.on('data', (d: Buffer) => {
        seen += d
          .toString()
          .split('\n')
          .filter((l) => l.startsWith('done')).length;
        if (seen >= 3) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    // Wait for the killed child to be gone (it may already be).
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
    const names = await readdir(out);
    const pdfs = names.filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    expect(pdfs.length).toBeLessThan(20);
    for (const n of pdfs) expect(() => execFileSync('pdfinfo', [join(out, n)], { stdio: 'pipe' })).not.toThrow();
    // the next run picks up where it stopped and clears temporary files
    const again = await renderPdfs(repeated(3), { outDir: out, offline: true });
    expect(again.failed).toEqual([]);
    expect(again.skipped.length).toBeGreaterThanOrEqual(3);
    expect((await readdir(out)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

describe('locales', () => {
  it('names sheets by locale when an id exists in two, and writes a brochure per locale', async () => {
    const zh = collection.cases.find((c) => c.id === 'vesoft')!;
    const en: Case = { ...zh, locale: 'en', company: { ...zh.company, summary: 'vesoft builds NebulaGraph, a distributed graph database.' } };
    const out = join(work, 'locales');
    const r = await renderPdfs({ ...collection, cases: [zh, en] }, { outDir: out, brochure: true, offline: true });
    expect(r.failed).toEqual([]);
    expect(r.written.map((p) => p.slice(out.length + 1)).sort()).toEqual(['brochure.en.pdf', 'brochure.zh.pdf', 'vesoft.en.pdf', 'vesoft.zh.pdf']);
    expect(pdfInfo(join(out, 'brochure.en.pdf')).Title).toBe('Customer Case Studies');
    expect(squash(pdfText(join(out, 'vesoft.en.pdf')))).toContain('INDUSTRY'); // labels are set in small caps
    const only = await renderPdfs({ ...collection, cases: [zh, en] }, { outDir: join(work, 'locales-en'), brochure: true, locale: 'en', offline: true });
    expect(only.written.map((p) => p.slice(out.length + 4)).sort()).toEqual(['brochure.pdf', 'vesoft.en.pdf']);
  });
});

describe('the renderer', () => {
  it('never opens more pages than its concurrency, however many jobs arrive at once', async () => {
    const renderer = await createPdfRenderer({ concurrency: 2 });
    try {
      let most = 0;
      const jobs = Array.from({ length: 8 }, (_, i) => renderer.render({ html: `<p>doc ${i}</p>` }));
      const watch = (async () => {
        for (let i = 0; i < 20; i++) {
          most = Math.max(most, await renderer.openPages());
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const pdfs = await Promise.all(jobs);
      await watch;
      expect(pdfs).toHaveLength(8);
      expect(most).toBeGreaterThanOrEqual(1);
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      await renderer.close();
    }
  });
});

describe('the page', () => {
  it('shows local images and blocks every request that is not the document, a font or an asset', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end(PNG);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const renderer = await createPdfRenderer({ concurrency: 1 });
    try {
      const html = `<!doctype html><html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css">
<style>body{background:url(http://127.0.0.1:${port}/bg.png)}</style></head><body><p>hello</p>
<img src="http://127.0.0.1:${port}/a.png"><img src="/_assets/local"><iframe src="http://127.0.0.1:${port}/"></iframe>
<script>document.body.textContent = 'script ran'</script></body></html>`;
      const pdf = await renderer.render({ html, assets: new Map([['local', { body: PNG, contentType: 'image/png' }]]) });
      const file = join(work, 'page.pdf');
      await writeFile(file, pdf);
      expect(hits).toBe(0);
      expect(squash(pdfText(file))).toBe('hello');
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      // our 1×1 asset is there (blocked images at most leave Chromium's broken-image icon)
      expect(images.some((l) => /^\s*1\s+\d+\s+image\s+1\s+1\s/.test(l))).toBe(true);
    } finally {
      await renderer.close();
      await new Promise((r) => server.close(r));
    }
  });

  it('renders a local content image into a case sheet', async () => {
    const c = collection.cases.find((x) => x.id === 'vesoft')!;
    const withImage: Case = { ...c, sections: [{ title: 'Chart', blocks: [{ type: 'image', src: '/images/chart.png', alt: '图表' }] }, ...c.sections] };
    const out = join(work, 'image');
    const r = await renderPdfs({ ...collection, cases: [withImage] }, { outDir: out, offline: true });
    expect(r.failed).toEqual([]);
    expect(r.warnings.filter((w) => w.src === '/images/chart.png')).toEqual([]);
    const list = execFileSync('pdfimages', ['-list', join(out, 'vesoft.pdf')], { encoding: 'utf8' });
    expect(list.split('\n').slice(2).filter(Boolean).length).toBeGreaterThanOrEqual(1);
  });
});

describe('findChromium', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first and explains a bad one', async () => {
    const system = await findChromium(undefined, {});
    expect(system).toMatch(/chrom/i);
    expect(await findChromium(undefined, { PUPPETEER_EXECUTABLE_PATH: system })).toBe(system);
    await expect(findChromium(undefined, { PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' })).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH=\/nope\/chrome/);
    await expect(findChromium('/nope/chrome')).rejects.toBeInstanceOf(CasesError);
  });
});
