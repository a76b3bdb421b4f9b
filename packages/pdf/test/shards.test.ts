import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CasesError, loadContent } from '@cases/core';
import type { Case, Collection } from '@cases/core';
import {
  CHROMIUM_ARGS,
  MANIFEST_NAME,
  RENDERER_VERSION,
  createPdfRenderer,
  mergePdfShards,
  parseShard,
  readPdfManifest,
  renderPdfs,
  shardOf,
} from '@cases/pdf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pdfInfo, pdfText } from './poppler.js';

const contentSrc = fileURLToPath(new URL('../../../content', import.meta.url));
let work: string;
let collection: Collection;
const browsers: ChildProcess[] = [];

/** A Chromium of our own on a remote-debugging port, as a browser service would run one. */
async function startChromium(port = 0): Promise<{ ws: string; child: ChildProcess }> {
  const profile = await mkdtemp(join(work, 'profile-'));
  const child = spawn(
    '/usr/bin/chromium',
    [...CHROMIUM_ARGS, '--headless', `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  browsers.push(child);
  const ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools URL from chromium: ${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${err}`)));
  });
  return { ws, child };
}

// SIGTERM lets Chromium take its helper processes down with it (after a SIGKILL they may still
// write into the profile while it is removed); SIGKILL only if it does not go.
const stop = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const stuck = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(stuck);
      resolve();
    });
    child.kill(signal);
  });

/** The seeds, each repeated under new ids (zh and en), for a catalogue worth slicing. */
function catalogue(n: number): Collection {
  const cases: Case[] = [];
  for (let i = 0; i < n; i++) for (const c of collection.cases) cases.push({ ...c, id: `${c.id}-${i}`, locale: i % 2 ? 'en' : 'zh' });
  return { ...collection, cases };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cases-shards-'));
  await cp(contentSrc, join(work, 'content'), { recursive: true });
  collection = await loadContent(join(work, 'content'));
});

afterAll(async () => {
  await Promise.all(browsers.map((child) => stop(child)));
  await rm(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
});

describe('shard assignment', () => {
  it('parses I/N and refuses anything else with the flag in the message', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3', '-1/2', '1.5/2', '']) {
      expect(() => parseShard(bad)).toThrow(CasesError);
      expect(() => parseShard(bad)).toThrow(/--shard/);
    }
  });

  it('puts every output in exactly one shard, and adding other cases never moves one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 50 }),
        fc.array(fc.string(), { maxLength: 50 }),
        fc.integer({ min: 1, max: 16 }),
        (keys, added, n) => {
          const before = keys.map((k) => shardOf(k, n));
          for (const s of before) expect(s >= 1 && s <= n).toBe(true);
          // the slice of a key is a function of the key: another run with more cases agrees
          expect([...keys, ...added].map((k) => shardOf(k, n)).slice(0, keys.length)).toEqual(before);
        },
      ),
    );
  });
});

describe('sharded runs through a remote Chromium', () => {
  it('two shards rendered through --browser-ws and merged equal one run', async () => {
    const { ws } = await startChromium();
    const big = catalogue(2);
    const opts = { offline: true, brochure: true, browserWSEndpoint: ws, cacheDir: join(work, 'cache') };
    const one = join(work, 'one');
    const single = await renderPdfs(big, { ...opts, outDir: one });
    expect(single.failed).toEqual([]);
    const s1 = await renderPdfs(big, { ...opts, outDir: join(work, 's1'), shard: { index: 1, count: 2 } });
    const s2 = await renderPdfs(big, { ...opts, outDir: join(work, 's2'), shard: { index: 2, count: 2 } });
    expect([...s1.failed, ...s2.failed]).toEqual([]);
    const files = (r: { written: string[] }, dir: string) => r.written.map((p) => p.slice(dir.length + 1));
    const a = files(s1, join(work, 's1'));
    const b = files(s2, join(work, 's2'));
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((f) => b.includes(f))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(files(single, one).sort());

    const merged = join(work, 'merged');
    const m = await mergePdfShards([join(work, 's2'), join(work, 's1')], merged, RENDERER_VERSION);
    expect(m.copied).toHaveLength(single.written.length);
    const names = (await readdir(one)).filter((n) => n.endsWith('.pdf')).sort();
    expect((await readdir(merged)).filter((n) => n.endsWith('.pdf')).sort()).toEqual(names);
    // equal means: the same bytes (the renderer is deterministic: dates come from the content,
    // and Chromium's document id from the bytes), hence the same pages and text
    for (const n of names) {
      expect(Buffer.compare(await readFile(join(one, n)), await readFile(join(merged, n))), n).toBe(0);
      expect(pdfInfo(join(merged, n)).Pages).toBe(pdfInfo(join(one, n)).Pages);
      expect(pdfText(join(merged, n))).toBe(pdfText(join(one, n)));
    }
    const left = await readPdfManifest(one, RENDERER_VERSION);
    const right = await readPdfManifest(merged, RENDERER_VERSION);
    expect(right.files).toEqual(left.files);
    expect(right.run).toEqual({ shard: null, outputs: names });
    // the merged folder is an ordinary output: the next whole run finds everything up to date
    const again = await renderPdfs(big, { ...opts, outDir: merged });
    expect(again.written).toEqual([]);
  });

  it('refuses to merge a missing, repeated or damaged shard, naming it', async () => {
    const s1 = join(work, 's1');
    const s2 = join(work, 's2');
    await expect(mergePdfShards([s1], join(work, 'm1'), RENDERER_VERSION)).rejects.toThrow(/shard 2\/2 missing/);
    await expect(mergePdfShards([s1, s1], join(work, 'm2'), RENDERER_VERSION)).rejects.toThrow(/both shard 1\/2/);
    await expect(mergePdfShards([join(work, 'one'), s2], join(work, 'm3'), RENDERER_VERSION)).rejects.toThrow(/holds no shard/);
    const m = await readPdfManifest(s2, RENDERER_VERSION);
    const victim = m.run!.outputs[0]!;
    await truncate(join(s2, victim), 10);
    await expect(mergePdfShards([s1, s2], join(work, 'm4'), RENDERER_VERSION)).rejects.toThrow(
      new RegExp(`${victim.replace('.', '\\.')} is missing or not the file shard 2/2 wrote`),
    );
    expect(await readdir(join(work, 'm4')).catch(() => [])).not.toContain(MANIFEST_NAME);
  });

  it('reconnects to a browser service that restarted, and finishes the batch', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    let { child } = await startChromium(port);
    const renderer = await createPdfRenderer({ browserWSEndpoint: `http://127.0.0.1:${port}`, concurrency: 2 });
    let restarted: Promise<unknown> | undefined;
    try {
      const r = await renderPdfs(catalogue(2), {
        outDir: join(work, 'restart'),
        offline: true,
        renderer,
        onEvent: (e) => {
          if (e.type === 'done' && !restarted) {
            restarted = stop(child, 'SIGKILL').then(async () => ({ child } = await startChromium(port)));
          }
        },
      });
      await restarted;
      expect(r.failed).toEqual([]);
      expect(r.written).toHaveLength(collection.cases.length * 2);
      expect(renderer.relaunches).toBeGreaterThanOrEqual(1);
    } finally {
      await renderer.close();
    }
  });

  it('explains a browser it cannot reach', async () => {
    await expect(createPdfRenderer({ browserWSEndpoint: 'ftp://x' })).rejects.toThrow(/--browser-ws ftp:\/\/x: expected a ws:\/\//);
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    await expect(createPdfRenderer({ browserWSEndpoint: `ws://127.0.0.1:${port}/devtools/browser/x` })).rejects.toThrow(
      /could not connect after 4 tries \((?!\[object)[^)]*ECONNREFUSED/,
    );
  });
});
