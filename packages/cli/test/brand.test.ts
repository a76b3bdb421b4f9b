import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from '../../web/test/helpers/browser.js';
import { serveDir } from '../../web/test/helpers/serve.js';
import { colourShare, pdfPagePixels } from './helpers/pixels.js';

// A second brand, from its settings.yaml alone: its name, colours and logo in the PDF, the web
// kit and nowhere the first brand's name.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
const acme = join(root, 'packages/cli/test/fixtures/acme');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ACCENT = '#e4572e';
const DARK = '#3b1f5c';
const OLD = /kubesphere/i;

describe('a second brand (test/fixtures/acme) from settings.yaml', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-brand-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('validate reads the settings without errors', () => {
    const r = run('validate', '--content', acme);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/settings\.yaml/);
  });

  it('PDF: the sheet and the brochure print its name, legal line, colours and logo on its paper', () => {
    const r = run('pdf', '--content', acme, '--out', join(tmp, 'pdf'), '--brochure', '--offline');
    expect(r.code, r.err).toBe(0);
    const sheet = join(tmp, 'pdf/road-runner-logistics.pdf');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', sheet, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Acme Rockets');
    expect(text).toContain('© 2026 Acme Rockets Inc. All rights reserved.');
    expect(text).toContain('https://acme.example');
    const info = spawnSync('pdfinfo', [join(tmp, 'pdf/brochure.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Author:\s+Acme Rockets$/m);
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
    // The page images: the masthead in the brand's dark colour, its band in the accent, and
    // the logo (an accent square) on the brochure's cover.
    const page = pdfPagePixels(sheet, 1);
    expect(colourShare(page.data, DARK)).toBeGreaterThan(0.03);
    expect(colourShare(page.data, ACCENT)).toBeGreaterThan(0.002);
    expect(colourShare(page.data, '#1f2a44', 3, 4)).toBeLessThan(0.0005);
    const cover = pdfPagePixels(join(tmp, 'pdf/brochure.pdf'), 1);
    expect(colourShare(cover.data, DARK)).toBeGreaterThan(0.5);
    expect(colourShare(cover.data, ACCENT)).toBeGreaterThan(0.03);
    for (const f of readdirSync(join(tmp, 'pdf')).filter((n) => n.endsWith('.pdf'))) {
      expect(spawnSync('pdftotext', [join(tmp, 'pdf', f), '-'], { encoding: 'utf8' }).stdout).not.toMatch(OLD);
      expect(spawnSync('pdfinfo', [join(tmp, 'pdf', f)], { encoding: 'utf8' }).stdout).not.toMatch(OLD);
    }
  });

  describe('web kit', () => {
    const out = join(tmp, 'web');
    let server: Awaited<ReturnType<typeof serveDir>>;
    let chromium: Awaited<ReturnType<typeof launchChromium>>;
    beforeAll(async () => {
      const r = run('web', '--content', acme, '--out', out);
      expect(r.code, r.err).toBe(0);
      server = await serveDir(out);
      chromium = await launchChromium();
    }, 120_000);
    afterAll(async () => {
      await chromium?.close();
      await server?.close();
    });

    it('writes no trace of the first brand, and heads the page with the brand', () => {
      // Every file of the kit, in its sub-folders too (elements/, cases/<locale>/, assets/).
      for (const f of readdirSync(out, { recursive: true, withFileTypes: true })) {
        if (f.isFile()) expect(readFileSync(join(f.parentPath, f.name), 'utf8'), f.name).not.toMatch(OLD);
      }
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      expect(index).toContain('Acme Rockets');
      expect(index).toContain('brand-logo.svg');
      expect(readFileSync(join(out, 'brand.css'), 'utf8')).toContain(`--cases-accent:${ACCENT}`);
    });

    it('a widget on the page takes the brand accent as its default theme (screenshot)', async () => {
      const page = await chromium.browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await page.setViewport({ width: 900, height: 900 });
      await page.goto(`${server.url}/index.html`, { waitUntil: 'networkidle0' });
      const card = await page.waitForSelector('#card cases-card');
      await page.waitForFunction(() => !!document.querySelector('#card cases-card')?.shadowRoot?.textContent?.includes('Road Runner'));
      const png = Buffer.from(await card!.screenshot({ encoding: 'base64' }), 'base64');
      // Decode the screenshot in a blank page (a canvas; the kit's CSP forbids data: images), then count the brand's pixels.
      const blank = await chromium.browser.newPage();
      const pixels = await blank.evaluate(async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return Array.from(ctx.getImageData(0, 0, img.width, img.height).data);
      }, png.toString('base64'));
      await blank.close();
      expect(colourShare(new Uint8Array(pixels), ACCENT, 4, 30)).toBeGreaterThan(0.001);
      expect(colourShare(new Uint8Array(pixels), '#0a7d5a', 4, 20)).toBe(0);
      const logo = await page.$eval('header .brand img', (i) => (i as HTMLImageElement).naturalWidth);
      expect(logo).toBeGreaterThan(0);
      await page.close();
    });
  });
});
