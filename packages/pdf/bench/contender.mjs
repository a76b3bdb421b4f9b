// One contender of the benchmark, run in its own process so its memory can be measured:
//   node contender.mjs ours  <data-dir> <out-dir> <concurrency>
//   node contender.mjs floor <data-dir> <out-dir> <concurrency>
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { CHROMIUM_ARGS, FONT_FILES, PAGE_ORIGIN, findChromium, renderPdfs } from '../dist/index.js';

const [mode, data, out, conc] = process.argv.slice(2);
const concurrency = Number(conc);
await mkdir(out, { recursive: true });
const t0 = performance.now();

if (mode === 'ours') {
  const collection = JSON.parse(await readFile(join(data, 'collection.json'), 'utf8'));
  const r = await renderPdfs(collection, { outDir: out, offline: true, force: true, concurrency, cacheDir: join(data, 'cache') });
  if (r.failed.length) throw new Error(`${r.failed.length} failed: ${r.failed[0].error.message}`);
} else if (mode === 'floor') {
  // The floor: one browser, a pool of pages, page.pdf() on the same HTML; fonts are served
  // from memory the same way, since the HTML asks for them. No images, hashing, metadata.
  const { launch } = await import('puppeteer-core');
  const fontsDir = new URL('../fonts/', import.meta.url);
  const fonts = new Map();
  for (const f of FONT_FILES) fonts.set(`/_fonts/${f}`, await readFile(new URL(f, fontsDir)));
  const files = (await readdir(join(data, 'html'))).sort();
  // the same cacheable font responses as the renderer, so the floor is a real floor
  const FONT_HEADERS = { 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' };
  const browser = await launch({ executablePath: await findChromium(), headless: true, args: [...CHROMIUM_ARGS], pipe: true });
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      let html = '';
      page.on('request', (req) => {
        const path = new URL(req.url()).pathname;
        if (path === '/document.html') return req.respond({ status: 200, contentType: 'text/html', body: html });
        const font = fonts.get(path);
        if (font) return req.respond({ status: 200, contentType: 'font/woff2', body: font, headers: FONT_HEADERS });
        return req.abort();
      });
      while (next < files.length) {
        const name = files[next++];
        html = await readFile(join(data, 'html', name), 'utf8');
        await page.goto(`${PAGE_ORIGIN}/document.html`, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        await writeFile(join(out, name.replace(/\.html$/, '.pdf')), pdf);
      }
    }),
  );
  await browser.close();
} else {
  throw new Error(`unknown contender ${mode}`);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }) + '\n');
