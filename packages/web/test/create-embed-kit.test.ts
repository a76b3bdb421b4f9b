import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { createEmbedKit, DEMO_CSP } from '@cases/web';

import { FIXTURE } from './helpers/site.js';

describe('createEmbedKit', () => {
  const kit = createEmbedKit(FIXTURE);

  it('writes the demo, its assets and the data; the hostile page only when asked', () => {
    const details = FIXTURE.cases.map((c) => `cases/${c.locale}/${c.id}.json`);
    expect(Object.keys(kit).sort()).toEqual(
      ['cases.json', ...details, 'demo.css', 'demo.js', 'favicon.svg', 'index.html', 'index.json', 'index/1.json'].sort(),
    );
    expect(kit['index.html']).not.toContain('hostile.html');
    // The page names its own icon, a file of the kit: a browser otherwise asks for /favicon.ico and logs a 404.
    expect(kit['index.html']).toContain('<link rel="icon" href="favicon.svg">');
    expect(kit['favicon.svg']).toMatch(/^<svg [^>]*><rect [^>]*fill="#0a7d5a"\/><\/svg>\n$/);
    expect(createEmbedKit(FIXTURE, { brand: { name: 'Acme', logo: null, accent: '#e4572e' } })['favicon.svg']).toContain('fill="#e4572e"');
    expect(createEmbedKit(FIXTURE, { brand: { name: 'Acme', logo: null, accent: '"/><script>' } })['favicon.svg']).toContain('fill="#0a7d5a"');
    const withHostile = createEmbedKit(FIXTURE, { hostile: true });
    expect(Object.keys(withHostile)).toEqual(
      expect.arrayContaining(['hostile.html', 'hostile.js', 'hostile.json', 'hostile/index.json', 'hostile/index/1.json']),
    );
    expect(withHostile['index.html']).toContain('hostile.html');
    // The index has no bodies; each detail file holds its case whole. Its first file holds the
    // first page and names the page files, which hold every case in order.
    const index = JSON.parse(kit['index.json']!);
    expect(index.paging.pages).toEqual(['index/1.json']);
    expect(JSON.parse(kit['index/1.json']!).cases.map((c: { id: string }) => c.id)).toEqual(FIXTURE.cases.map((c) => c.id));
    expect(index.cases.every((c: { sections: unknown[]; detail: string }) => c.sections.length === 0 && details.includes(c.detail))).toBe(true);
    expect(JSON.parse(kit[details[0]!]!).cases).toEqual([FIXTURE.cases[0]]);
    expect(JSON.parse(kit['cases.json']!)).toEqual(FIXTURE);
  });

  it('the demo runs under a strict CSP: no inline script or style anywhere', () => {
    const html = kit['index.html']!;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DEMO_CSP.replace(/'/g, '&#39;')}">`);
    expect(DEMO_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('shows every element with a copy-paste snippet', () => {
    const html = kit['index.html']!;
    // And the headers another host needs, with nginx config to copy.
    expect(html).toContain('id="hosting"');
    expect(html).toContain('add_header Access-Control-Allow-Origin * always;');
    for (const tag of ['cases-list', 'cases-card', 'cases-detail', 'cases-quote', 'cases-scenario']) {
      expect(html).toMatch(new RegExp(`<${tag}[^>]* data-widget`));
      expect(html).toContain(`&lt;${tag} src=&quot;index.json&quot;`);
    }
    expect(html).toContain('<template shadowrootmode="open"><link rel="stylesheet" href="cases-web.css">');
  });

  it('uses another tag prefix when asked', () => {
    const prefixed = createEmbedKit(FIXTURE, { prefix: 'acme', hostile: true });
    expect(prefixed['index.html']).toContain('<script type="module" src="cases-web.js?prefix=acme"></script>');
    expect(prefixed['index.html']).toContain('<acme-list data-widget');
    expect(prefixed['index.html']).not.toMatch(/<cases-(list|card|detail|quote|scenario)\b/);
    expect(prefixed['hostile.html']).toContain('data-prefix="acme"');
    expect(() => createEmbedKit(FIXTURE, { prefix: 'Bad Prefix' })).toThrow('prefix "Bad Prefix" is not valid');
  });

  it('the static card is a widget under any prefix, so the demo’s theme and language switches reach it', () => {
    for (const prefix of ['cases', 'acme']) {
      const html = createEmbedKit(FIXTURE, { prefix })['index.html']!;
      expect(html, prefix).toMatch(new RegExp(`<${prefix}-card data-widget(="")? [^>]*><template shadowrootmode="open">`));
    }
  });
});

describe('data shaped for the web', () => {
  it('a list of 200 cases moves at most a tenth of the bytes of the full export', async () => {
    const { toExportIndex } = await import('../src/export-index.js');
    const { site } = { site: await import('./helpers/site.js') };
    const { loadContent, toExport } = await import('@cases/core');
    const seeds = toExport(await loadContent(site.CONTENT_DIR));
    const cases = Array.from({ length: 200 }, (_, i) => ({ ...seeds.cases[i % seeds.cases.length]!, id: `case-${i}` }));
    const full = { ...seeds, cases };
    const { index, pages, details } = toExportIndex(full);
    // Bytes moved: gzip, as `cases serve` sends JSON. (Uncompressed the index is about 1/9.4.)
    const moved = (v: unknown) => gzipSync(JSON.stringify(v)).length;
    const list = [index, ...Object.values(pages)];
    expect(list.reduce((n, file) => n + moved(file), 0) * 10).toBeLessThanOrEqual(moved(full));
    expect(list.reduce((n, file) => n + Buffer.byteLength(JSON.stringify(file)), 0) * 8).toBeLessThanOrEqual(Buffer.byteLength(JSON.stringify(full)));
    expect(Object.keys(details)).toHaveLength(200);
  });
});
