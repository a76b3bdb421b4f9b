import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Case, Scenario } from '@cases/core';
import { brochureToHtml, loadImages, sniffImageType } from '@cases/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

function caseWithImages(srcs: string[], logo: string | null = null): Case {
  return {
    kind: 'case',
    id: 'img',
    locale: 'en',
    title: 'Img',
    description: null,
    company: { name: 'Img Co', summary: '', logo },
    facts: { industry: null, location: null, cloudType: [], challenges: [], features: [], author: null, extra: {}, positions: {} },
    facets: { industry: [], cloudType: [], features: [], challenges: [] },
    highlights: [],
    quotes: [],
    scenarios: [],
    tags: [],
    keywords: [],
    publishedAt: null,
    cover: null,
    sections: [{ title: 'S', blocks: srcs.map((src, i) => ({ type: 'image' as const, src, alt: '', position: [i + 10, 1] as [number, number] })) }],
    source: { path: 'cases/en/img.md', format: 'case-page' },
  };
}

function scenarioWithImages(srcs: string[]): Scenario {
  const image = (src: string, i: number) => ({ type: 'image' as const, src, alt: `图 ${i}`, position: [i + 5, 1] as [number, number] });
  return {
    kind: 'scenario',
    id: 'devops',
    locale: 'en',
    title: 'DevOps',
    summary: 'Ship faster.',
    features: [],
    cases: ['img'],
    blocks: [image(srcs[0]!, 0)],
    sections: [{ title: 'Pipelines', blocks: srcs.slice(1).map((src, i) => image(src, i + 1)), sections: [] }],
    page: { id: 'use-cases', title: 'Use cases', summary: '' },
    source: { path: 'scenarios/en/use-cases.md', format: 'scenario-markdown' },
  } as Scenario;
}

let work: string;
let root: string;
let server: Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-img-'));
  root = join(work, 'content');
  await mkdir(join(root, 'cases/en/img'), { recursive: true });
  await mkdir(join(root, 'images'), { recursive: true });
  await writeFile(join(root, 'cases/en/img/a.png'), PNG);
  await mkdir(join(root, 'scenarios/en'), { recursive: true });
  await writeFile(join(root, 'scenarios/en/flow.png'), PNG);
  await writeFile(join(root, 'images/logo.png'), PNG);
  await writeFile(join(root, 'images/not-an-image.png'), 'hello');
  await writeFile(join(work, 'secret.png'), PNG);
  await symlink(join(work, 'secret.png'), join(root, 'images/link.png'));
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/ok.png') res.end(PNG);
    else if (req.url === '/big.png') res.end(Buffer.concat([PNG, Buffer.alloc(4096)]));
    else if (req.url === '/slow.png') setTimeout(() => res.end(PNG), 5000).unref();
    else if (req.url === '/reset.png') req.socket.destroy();
    else if (req.url === '/broken.png') res.end('<html>not an image</html>');
    else if (req.url === '/stalls.png') {
      // headers and a first chunk, then nothing: the server answered, this URL is broken
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG.subarray(0, 8));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await rm(work, { recursive: true, force: true });
});

describe('loadImages', () => {
  it('serves local images from inside the content folder, relative to the case or the root', async () => {
    const c = caseWithImages(['img/a.png', '/images/logo.png'], '/images/logo.png');
    const r = await loadImages([c], { contentRoot: root, cacheDir: join(work, 'cache'), offline: true });
    expect(r.warnings).toEqual([]);
    const url = r.urlFor('img/a.png', 'en/img');
    expect(url).toMatch(/^\/_assets\/[0-9a-f]+$/);
    expect(r.assets.get(url!.slice('/_assets/'.length))?.contentType).toBe('image/png');
    expect(r.urlFor('/images/logo.png', 'en/img')).toBe(url); // same bytes, one asset
  });

  it('serves the images of a scenario to the brochure, named scenario:<locale>/<id>; captions without a source load nothing', async () => {
    const c = caseWithImages(['img/a.png']);
    const s = scenarioWithImages(['flow.png', '', '/images/logo.png']);
    const r = await loadImages([c, s], { contentRoot: root, cacheDir: join(work, 'cache'), offline: true });
    expect(r.warnings).toEqual([]);
    expect(r.urlFor('flow.png', 'scenario:en/devops')).toMatch(/^\/_assets\/[0-9a-f]+$/);
    expect(r.urlFor('flow.png', 'en/img')).toBeNull(); // relative to the case, that file does not exist
    const html = brochureToHtml(
      { cases: [c], scenarios: [s], taxonomy: { industries: [], cloudTypes: [], challenges: [], features: [], scenarios: [] } },
      { locale: 'en', imageUrl: (src, owner) => r.urlFor(src, owner) },
    );
    const scenarioPart = html.slice(html.indexOf('id="scenario-devops"'));
    expect(scenarioPart.match(/<img src="\/_assets\/[0-9a-f]+"/g)).toHaveLength(2);
    expect(scenarioPart).toContain('<figcaption>图 0</figcaption>');
  });

  it('resolves a translated case’s images against its own file: documents are named by locale and id', async () => {
    const en = caseWithImages(['img/a.png']);
    const zh = { ...caseWithImages(['img/a.png']), locale: 'zh', source: { path: 'cases/zh/img.md', format: 'case-page' as const } };
    const r = await loadImages([en, zh], { contentRoot: root, cacheDir: join(work, 'cache'), offline: true });
    expect(r.urlFor('img/a.png', 'en/img')).toMatch(/^\/_assets\//);
    expect(r.urlFor('img/a.png', 'zh/img')).toBeNull(); // cases/zh/img/a.png does not exist
    expect(r.warnings.map((w) => `${w.file} ${w.code}`)).toEqual(['cases/zh/img.md image-missing']);
  });

  it('refuses paths that escape the content folder, also through a symlink', async () => {
    const c = caseWithImages(['../../../secret.png', '/../secret.png', '/images/link.png', 'file:///etc/passwd', '/images/not-an-image.png']);
    const r = await loadImages([c], { contentRoot: root, cacheDir: join(work, 'cache'), offline: true });
    expect(r.assets.size).toBe(0);
    const codes = Object.fromEntries(r.warnings.map((w) => [w.src, w.code]));
    expect(codes).toEqual({
      '../../../secret.png': 'image-outside-content',
      '/../secret.png': 'image-outside-content',
      '/images/link.png': 'image-outside-content',
      'file:///etc/passwd': 'image-unsupported',
      '/images/not-an-image.png': 'image-unsupported',
    });
    for (const src of ['../../../secret.png', '/images/link.png', 'file:///etc/passwd']) expect(r.urlFor(src, 'en/img')).toBeNull();
    const w = r.warnings.find((x) => x.src === '../../../secret.png')!;
    expect(w).toMatchObject({ code: 'image-outside-content', file: 'cases/en/img.md', line: 10, caseId: 'img' });
  });

  it('leaves remote images out quickly when the network is unreachable', async () => {
    // a closed port on this machine: connection refused, as with no network
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((r) => probe.close(r));
    const srcs = Array.from({ length: 12 }, (_, i) => `${dead}/img-${i}.png`);
    const t = performance.now();
    const r = await loadImages([caseWithImages(srcs)], { contentRoot: root, cacheDir: join(work, 'cache-dead') });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.warnings).toHaveLength(12);
    expect(new Set(r.warnings.map((w) => w.code))).toEqual(new Set(['image-offline']));
    expect(r.assets.size).toBe(0);
  });

  it('gives up on a slow server after the timeout', async () => {
    const r = await loadImages([caseWithImages([`${base}/slow.png`])], { contentRoot: root, cacheDir: join(work, 'cache'), timeout: 300 });
    expect(r.urlFor(`${base}/slow.png`, 'en/img')).toBeNull();
    expect(r.warnings[0]?.message).toMatch(/no answer within 300 ms/);
  });

  it('fetches a remote image once, caches it on disk, and uses the cache offline', async () => {
    const cacheDir = join(work, 'cache-ok');
    const before = hits;
    const online = await loadImages([caseWithImages([`${base}/ok.png`])], { contentRoot: root, cacheDir });
    expect(online.urlFor(`${base}/ok.png`, 'en/img')).toMatch(/^\/_assets\//);
    expect(hits).toBe(before + 1);
    const offline = await loadImages([caseWithImages([`${base}/ok.png`])], { contentRoot: root, cacheDir, offline: true });
    expect(offline.urlFor(`${base}/ok.png`, 'en/img')).toMatch(/^\/_assets\//);
    expect(offline.warnings).toEqual([]);
    expect(hits).toBe(before + 1);
  });

  it('uses a fetched image even when the cache cannot be written, and keeps the host alive', async () => {
    const cacheDir = join(work, 'not-a-folder');
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const r = await loadImages([caseWithImages([`${base}/ok.png`, `${base}/big.png`])], { contentRoot: root, cacheDir });
    expect(r.warnings).toEqual([]);
    expect(r.urlFor(`${base}/ok.png`, 'en/img')).toMatch(/^\/_assets\//);
    expect(r.urlFor(`${base}/big.png`, 'en/img')).toMatch(/^\/_assets\//);
  });

  it('caps the size and reports HTTP errors without marking the host dead', async () => {
    const r = await loadImages([caseWithImages([`${base}/big.png`, `${base}/nope.png`, `${base}/ok.png`])], {
      contentRoot: root,
      cacheDir: join(work, 'cache-cap'),
      maxBytes: 1024,
    });
    expect(r.warnings.map((w) => w.code).sort()).toEqual(['image-fetch-failed', 'image-too-large']);
    expect(r.urlFor(`${base}/ok.png`, 'en/img')).not.toBeNull();
  });

  it('offline with an empty cache leaves remote images out without touching the network', async () => {
    const before = hits;
    const r = await loadImages([caseWithImages([`${base}/ok.png`])], { contentRoot: root, cacheDir: join(work, 'cache-empty'), offline: true });
    expect(r.warnings[0]?.code).toBe('image-offline');
    expect(hits).toBe(before);
  });
});

describe('images fail one at a time', () => {
  it('a missing or broken URL marks that URL only: the next image on the same host still loads', async () => {
    const broken = ['/missing.png', '/reset.png', '/broken.png', '/stalls.png'].map((p) => `${base}${p}`);
    const srcs = [...broken, `${base}/ok.png`];
    const r = await loadImages([caseWithImages(srcs)], { contentRoot: root, cacheDir: join(work, 'cache-one'), concurrency: 1, timeout: 500 });
    expect(r.urlFor(`${base}/ok.png`, 'en/img')).toMatch(/^\/_assets\//);
    expect(r.warnings.map((w) => [w.src, w.code, w.line, w.column])).toEqual(broken.map((src, i) => [src, 'image-fetch-failed', i + 10, 1]));
    expect(r.warnings[0]?.message).toMatch(/HTTP 404/);
    for (const w of r.warnings) expect(w.message).not.toMatch(/unreachable/);
  });

  it('a refused connection skips the rest of that host, and every skipped image still gets its own warning and position', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((r) => probe.close(r));
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const a = caseWithImages([`${dead}/1.png`, `${dead}/2.png`, `${base}/ok.png`, `${dead}/3.png`], `${dead}/logo.png`);
    a.facts.positions.logo = [7, 9];
    const b = { ...caseWithImages([`${dead}/2.png`]), id: 'other', source: { path: 'cases/en/other.md', format: 'case-page' as const } };
    const r = await loadImages([a, b], { contentRoot: root, cacheDir: join(work, 'cache-refused'), concurrency: 1, fetch: counting });
    expect(calls).toBe(2); // the first refused fetch, then ok.png from the live host; the dead host is not asked again
    expect(r.urlFor(`${base}/ok.png`, 'en/img')).toMatch(/^\/_assets\//);
    const seen = r.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.code} ${w.src.slice(dead.length)}`).sort();
    expect(seen).toEqual(
      [
        'cases/en/img.md:7:9 image-offline /logo.png',
        'cases/en/img.md:10:1 image-offline /1.png',
        'cases/en/img.md:11:1 image-offline /2.png',
        'cases/en/img.md:13:1 image-offline /3.png',
        'cases/en/other.md:10:1 image-offline /2.png',
      ].sort(),
    );
    expect(r.warnings.every((w) => /ECONNREFUSED/.test(w.message))).toBe(true);
  });

  it('an unparsable URL is a warning, not a crash', async () => {
    const r = await loadImages([caseWithImages(['http://exa mple.com/x.png', 'https://[::1/x.png', `${base}/ok.png`])], {
      contentRoot: root,
      cacheDir: join(work, 'cache-bad-url'),
    });
    expect(r.warnings.map((w) => w.code)).toEqual(['image-unsupported', 'image-unsupported']);
    expect(r.urlFor(`${base}/ok.png`, 'en/img')).not.toBeNull();
  });
});

describe('sniffImageType', () => {
  it('knows images by their bytes, not their names', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('image/svg+xml');
    expect(sniffImageType(Buffer.from('<html>'))).toBeNull();
  });
});
