// `npm run bench` (part 2): a 10,000-case catalogue on a phone profile. Chromium with the CPU
// slowed 4× and "Fast 4G" network throttling opens a page with <cases-list>; we time from
// navigation to the first page of cards: with the kit's paged index (index.json, then
// index/<n>.json after the first paint), with the whole index in one file (the kit's previous
// shape) and with the full export, served gzipped like `cases serve`. Prints milliseconds and
// the ratio to the whole index, then the gzipped size of every bundle and element entry.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';

import { buildBundles, importSource, root } from '../scripts/bundle-options.mjs';
import { checkSizes } from '../scripts/check-size.mjs';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';

const web = await importSource();
const fixture = JSON.parse(readFileSync(`${root}test/fixtures/export.json`, 'utf8'));
const N = 10_000;
const cases = Array.from({ length: N }, (_, i) => {
  const c = fixture.cases[i % fixture.cases.length];
  return { ...c, locale: 'zh', id: `case-${i}`, company: { ...c.company, name: `${c.company.name} ${i}` } };
});
const full = { ...fixture, cases };
const { index, pages } = web.toExportIndex(full);
// The previous shape: every indexed case in one file.
const { paging: _paging, ...head } = index;
const whole = { ...head, cases: Object.values(pages).flatMap((page) => page.cases) };

const dir = mkdtempSync(join(tmpdir(), 'cases-bench-'));
await buildBundles(dir);
const page = (src) =>
  Buffer.from(
    `<!doctype html><html lang="zh"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="cases-web.js"></script><cases-list src="${src}" page-size="12"></cases-list>`,
  );
const json = (value) => [Buffer.from(JSON.stringify(value)), 'application/json'];
const files = {
  '/cases-web.js': [readFileSync(join(dir, 'cases-web.js')), 'text/javascript'],
  '/index.json': json(index),
  ...Object.fromEntries(Object.entries(pages).map(([path, data]) => [`/${path}`, json(data)])),
  '/whole.json': json(whole),
  '/cases.json': json(full),
  '/paged-page.html': [page('index.json'), 'text/html'],
  '/whole-page.html': [page('whole.json'), 'text/html'],
  '/full-page.html': [page('cases.json'), 'text/html'],
};
const gz = Object.fromEntries(Object.entries(files).map(([k, [body]]) => [k, gzipSync(body)]));
const server = createServer((req, res) => {
  const file = files[req.url];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': file[1], 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(gz[req.url]);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  userDataDir: join(dir, 'chromium'),
  args: CHROMIUM_ARGS,
});

async function firstPage(path) {
  const tab = await browser.newPage();
  await tab.emulateCPUThrottling(4);
  await tab.emulateNetworkConditions(PredefinedNetworkConditions['Fast 4G']);
  await tab.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 });
  await tab.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
  // The page's own clock at the frame the first card is there (not after a round trip to us).
  const seen = await tab.waitForFunction(() => document.querySelector('cases-list')?.shadowRoot?.querySelector('[part=card]') && performance.now(), {
    polling: 'raf',
    timeout: 60_000,
  });
  const ms = await seen.jsonValue();
  await tab.close();
  return ms;
}

const runs = 5;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const [name, path, bytes] of [
  ['index.json, paged (the kit)', '/paged-page.html', gz['/index.json'].length],
  ['whole index in one file', '/whole-page.html', gz['/whole.json'].length],
  ['cases.json (full export)', '/full-page.html', gz['/cases.json'].length],
]) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstPage(path));
  rows.push({ name, ms: median(times), bytes });
}
await browser.close();
server.close();
console.log(`first page of <cases-list> with ${N} cases, CPU 4× slower, Fast 4G, median of ${runs} (bytes: the first file):`);
const baseline = rows.find((row) => row.name.startsWith('whole index'));
for (const row of rows) {
  console.log(
    `  ${row.name.padEnd(30)} ${row.ms.toFixed(0).padStart(6)} ms  ${(row.bytes / 1024).toFixed(0).padStart(6)} KB gzipped  ${(row.ms / baseline.ms).toFixed(2)}× whole index`,
  );
}
console.log('bundles and element entries (each with the chunks it loads), gzipped:');
checkSizes(undefined, dir);
rmSync(dir, { recursive: true, force: true });
