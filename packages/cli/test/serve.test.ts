import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPartnerSite, type PartnerSite } from './helpers/partner-site.js';
import { contentWithAssets } from './helpers-content.js';
import { bin, root } from './run-cli.js';

// `cases serve` as a process, and a partner page on another origin (another port) in Chromium.
const tmp = mkdtempSync(join(tmpdir(), 'cases-serve-'));
const kitDir = join(tmp, 'web');

let serve: ChildProcess;
let kit: string;
let site: PartnerSite | undefined;
let partnerUrl: string;
let browser: Browser;
const pages: Record<string, string> = {};

function page(head: string, body: string, lang = 'zh'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>partner</title>${head}</head><body>${body}</body></html>`;
}

beforeAll(async () => {
  const web = spawnSync(process.execPath, [bin, 'web', '--out', kitDir, '--content', contentWithAssets(join(tmp, 'content'))], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(web.status, web.stderr).toBe(0);
  serve = spawn(process.execPath, [bin, 'serve', kitDir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  kit = await new Promise<string>((done, reject) => {
    let out = '';
    serve.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) done(out.trim().replace(/\/$/, ''));
    });
    serve.once('exit', (code) => reject(new Error(`cases serve exited with ${code}`)));
  });
  const elements = (src: string, prefix = 'cases') =>
    [
      `<${prefix}-list src="${src}" page-size="4"></${prefix}-list>`,
      `<${prefix}-card src="${src}" case-id="tuling" locale="zh"></${prefix}-card>`,
      `<${prefix}-detail src="${src}" case-id="tuling" locale="zh"></${prefix}-detail>`,
      `<${prefix}-quote src="${src}" case-id="tuling" locale="zh"></${prefix}-quote>`,
      `<${prefix}-scenario src="${src}"></${prefix}-scenario>`,
    ].join('\n');
  pages['/module.html'] = page(`<script type="module" src="${kit}/cases-web.js"></script>`, elements(`${kit}/cases.json`));
  pages['/classic.html'] = page(`<script src="${kit}/cases-web.iife.js" data-prefix="acme" defer></script>`, elements(`${kit}/cases.json`, 'acme'), 'en');
  site = await startPartnerSite(pages, join(tmp, 'chromium'));
  partnerUrl = site.url;
  browser = site.browser;
});

afterAll(async () => {
  await site?.close();
  serve?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
});

describe('cases serve', () => {
  it('listens on 127.0.0.1 and sends the headers a cross-origin embed needs', async () => {
    expect(new URL(kit).hostname).toBe('127.0.0.1');
    const js = await fetch(`${kit}/cases-web.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('access-control-allow-origin')).toBe('*');
    expect(js.headers.get('content-encoding')).toBe('br');
    expect(js.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(js.headers.get('last-modified')).toBeTruthy();
    const json = await fetch(`${kit}/cases.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.headers.get('content-encoding')).toBe('gzip');
    expect(json.headers.get('cache-control')).toBe('no-cache');
    const etag = json.headers.get('etag');
    expect(etag).toBeTruthy();
    await json.arrayBuffer();
    const again = await fetch(`${kit}/cases.json`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    const data = await (await fetch(`${kit}/cases.json`)).json();
    const logo = data.cases.find((c: { id: string }) => c.id === 'tuling').company.logo as string;
    const asset = await fetch(`${kit}/${logo}`);
    expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([
      200,
      'image/png',
      'public, max-age=31536000, immutable',
    ]);
    const preflight = await fetch(`${kit}/cases.json`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect((await fetch(`${kit}/nope.js`)).status).toBe(404);
    expect((await fetch(`${kit}/../../etc/passwd`)).status).toBe(404);
  });

  it.each([
    ['module.html', 'cases'],
    ['classic.html', 'acme'],
  ])('a partner page on another origin shows every element from the kit (%s), with no console error', async (path, prefix) => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    // Remote images cannot load here (no network): only those failures are let through.
    const offline = (url: string) => !url.startsWith(kit) && !url.startsWith(partnerUrl);
    tab.on(
      'console',
      (m) => m.type() === 'error' && !(m.text().startsWith('Failed to load resource') && offline(m.location().url ?? '')) && errors.push(m.text()),
    );
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('requestfailed', (r) => !offline(r.url()) && errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    await tab.goto(`${partnerUrl}/${path}`, { waitUntil: 'networkidle0' });
    expect(new URL(partnerUrl).origin).not.toBe(new URL(kit).origin);
    await tab.waitForFunction(
      (p) =>
        [...document.querySelectorAll(`${p}-list, ${p}-card, ${p}-detail, ${p}-quote, ${p}-scenario`)].every(
          (el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part=loading]'),
        ),
      { timeout: 15_000 },
      prefix,
    );
    const states = await tab.evaluate(
      (p) =>
        [...document.querySelectorAll(`${p}-list, ${p}-card, ${p}-detail, ${p}-quote, ${p}-scenario`)].map(
          (el) => `${el.localName}:${el.shadowRoot!.querySelector('[part=error]') ? 'error' : 'ok'}`,
        ),
      prefix,
    );
    expect(states).toEqual(['list', 'card', 'detail', 'quote', 'scenario'].map((n) => `${prefix}-${n}:ok`));
    expect(errors).toEqual([]);
    // The logos come from the kit's own assets/, resolved against the data URL, not the partner page.
    const images = await tab.evaluate((p) => {
      const all = [...document.querySelectorAll(`${p}-list, ${p}-card, ${p}-detail, ${p}-quote, ${p}-scenario`)].flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('img'),
      ]);
      return all.map((img) => ({ src: img.currentSrc || img.src, width: img.naturalWidth }));
    }, prefix);
    const local = images.filter((i) => i.src.startsWith(`${kit}/assets/`));
    expect(local.length).toBeGreaterThan(2);
    expect(local.filter((i) => i.width === 0)).toEqual([]);
    expect(images.filter((i) => i.src.startsWith(partnerUrl))).toEqual([]);
    await tab.close();
  });
});
