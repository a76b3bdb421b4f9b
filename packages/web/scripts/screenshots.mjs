// Dev helper: `node scripts/screenshots.mjs SITE_DIR OUT_DIR [page.html]` takes full-page
// screenshots of the demo at 375 and 1280 px, light and dark, to look at.
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const [site = 'site', out = '/tmp/shots', page = 'index.html'] = process.argv.slice(2);
const dir = resolve(site);
mkdirSync(out, { recursive: true });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const file = join(dir, new URL(req.url, 'http://x').pathname);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const tab = await browser.newPage();
      tab.on('console', (m) => console.log(`[${width} ${scheme}] ${m.type()}: ${m.text()}`));
      await tab.setViewport({ width, height: 900 });
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 300));
      const name = `${out}/${page.replace('.html', '')}-${width}-${scheme}.png`;
      await tab.screenshot({ path: name, fullPage: true });
      const sections = await tab.$$('section');
      for (const [i, section] of sections.entries()) {
        const box = await section.boundingBox();
        await tab.screenshot({ path: name.replace('.png', `-s${i}.png`), clip: { ...box, height: Math.min(box.height, 1400) }, captureBeyondViewport: true });
      }
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      console.log(name, 'horizontal overflow:', overflow);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
