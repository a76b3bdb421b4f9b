import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';
import type { Case, Collection } from '@cases/core';
import { brochureToHtml, caseToHtml } from '@cases/pdf';
import { beforeAll, describe, expect, it } from 'vitest';

import { monogramText } from '../src/html/monogram.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const contentDir = here('../../../content');
/** Remote images are left out (as with no network); local ones keep their path. */
const imageUrl = (src: string) => (!src || /^https?:/.test(src) ? null : `/_assets/${src}`);

/**
 * The stylesheet is src/styles.ts for every document: the pairs hold each document with its
 * style block replaced by a marker (keeping the per-case footers), so they show what differs.
 */
function splitStyle(html: string): { doc: string; css: string } {
  const m = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!m) return { doc: html, css: '' };
  // The page footers name the case: they stay with the document.
  const footers: string[] = [];
  const css = m[1]!.replace(/(@bottom-[a-z]+ \{ content: )(.*?)(; font-family)/g, (_, a: string, value: string, b: string) => {
    footers.push(value);
    return `${a}var(--footer-${footers.length})${b}`;
  });
  const marker = `<style>/* the shared stylesheet; footers: ${footers.map((f, i) => `${i + 1}) ${f.replace(/\*\//g, '* /')}`).join(' ')} */</style>`;
  return { doc: html.replace(m[0], marker), css };
}

let collection: Collection;
beforeAll(async () => {
  collection = await loadContent(contentDir);
});

describe('caseToHtml on the seed cases (input: content/cases, expected: fixtures/html)', () => {
  it('renders every seed case to its expected HTML', async () => {
    expect(collection.cases.length).toBeGreaterThanOrEqual(4);
    const sheets = new Set<string>();
    for (const c of collection.cases) {
      const { doc, css } = splitStyle(caseToHtml(c, { imageUrl, taxonomy: collection.taxonomy }));
      sheets.add(css);
      await expect(doc).toMatchFileSnapshot(`fixtures/html/${c.id}.html`);
    }
    // One stylesheet (src/styles.ts) for every sheet of a locale, only the footers differ.
    expect(sheets.size).toBe(1);
  });

  it('renders the brochure of the seeds to its expected HTML', async () => {
    const { doc: full, css } = splitStyle(brochureToHtml(collection, { imageUrl, pageNumbers: [3, 6, 9, 12, 14, 14, 15, 16, 17] }));
    // Each chapter is the case's own sheet, word for word: check that, and keep the pair to the
    // brochure's own parts (cover, contents, scenarios).
    const sheetOf = (html: string) => /<article class="sheet"[\s\S]*?<\/article>/.exec(html)?.[0];
    let chapters = 0;
    const doc = full.replace(/<article class="sheet" id="case-([^"]+)"[\s\S]*?<\/article>/g, (article, id: string) => {
      const c = collection.cases.find((x) => x.id === id)!;
      expect(article, id).toBe(sheetOf(caseToHtml(c, { imageUrl, taxonomy: collection.taxonomy })));
      chapters++;
      return `<article class="sheet" id="case-${id}"><!-- the case sheet, as in ${id}.html --></article>`;
    });
    expect(chapters).toBe(collection.cases.length);
    await expect(doc).toMatchFileSnapshot('fixtures/html/brochure.html');
    expect(css).toContain('.toc');
  });

  it('keeps the sections, highlights and quote of a case page in order', () => {
    const tuling = collection.cases.find((c) => c.id === 'tuling')!;
    const html = caseToHtml(tuling, { imageUrl });
    const order = ['公司简介', '背景介绍', '业务痛点', '方案选型', '实践过程'].map((t) => html.indexOf(`<h2>${t}</h2>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<p class="callout-title">亮点</p>');
    expect(html).toMatch(
      /<figure class="pull-quote"><blockquote>KubeSphere 帮助我们轻松实现业务系统容器化[^<]*<\/blockquote><figcaption>图菱科技<\/figcaption>/,
    );
    expect(html).toContain('<dt>行业</dt><dd>互联网设计</dd>');
    expect(html).not.toContain('qingstor.com');
  });
});

describe('caseToHtml on a hand-written model', () => {
  let rich: Case;
  beforeAll(async () => {
    rich = JSON.parse(await readFile(here('fixtures/model/rich-case.json'), 'utf8')) as Case;
  });

  it('matches its expected HTML', async () => {
    const { doc } = splitStyle(caseToHtml(rich, { imageUrl: (src) => (src.startsWith('https:') ? '/_assets/abc' : null) }));
    await expect(doc).toMatchFileSnapshot('fixtures/html/rich-case.html');
  });

  it('never lets content inject markup or scripts', () => {
    const html = caseToHtml(rich, { imageUrl: () => null });
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Plain &lt;b&gt;not bold&lt;/b&gt; &amp; ');
    expect(html).toContain('id="case-acme-&lt;script&gt;"');
    expect(html).toContain('<code>kubectl &lt;apply&gt;</code>');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">a link</a>');
    expect(html).toContain('and a bad link');
  });

  it('a linked image links only to an http(s) or mailto URL', () => {
    const withImages = (link: string): Case => ({
      ...rich,
      sections: [{ title: 'Figures', blocks: [{ type: 'image', src: 'https://example.com/a.png', alt: 'a', link }] }],
    });
    const html = (link: string) => caseToHtml(withImages(link), { imageUrl: () => '/_assets/abc' });
    expect(html('https://example.com/x?a=1&b=2')).toContain('<a href="https://example.com/x?a=1&amp;b=2"><img src="/_assets/abc" alt="a"></a>');
    expect(html('javascript:alert(1)')).not.toContain('javascript:');
    expect(html('javascript:alert(1)')).toContain('<figure class="figure"><img src="/_assets/abc" alt="a"><figcaption>');
  });

  it('uses English labels for an English case and leaves out unresolved images', () => {
    const html = caseToHtml(rich, { imageUrl: () => null, paper: 'letter' });
    expect(html).toContain('<dt>Industry</dt>');
    expect(html).toContain('<p class="callout-title">Highlights</p>');
    expect(html).toContain('size: 8.5in 11in');
    expect(html).not.toContain('<img');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<th style="text-align:right">Value</th>');
    // the highlight list shows once, in the side panel
    expect(html.match(/Releases 5× faster/g)).toHaveLength(1);
  });
});

describe('monogramText', () => {
  it.each([
    ['图菱科技', '图菱'],
    ['vesoft inc.', 'V'],
    ['Acme Robotics Ltd.', 'AR'],
    ['KubeSphere 在互联网电商行业的应用实践', 'K'],
    ['  ', '?'],
  ])('%s → %s', (name, expected) => {
    expect(monogramText(name)).toBe(expected);
  });
});

describe('the brochure cover of a big catalogue', () => {
  it('names each company once and at most 8 items, the last one "+N"', () => {
    const cases = Array.from({ length: 20 }, (_, i) => collection.cases[i % collection.cases.length]!).map((c, i) => ({
      ...c,
      id: `c${i}`,
      company: { ...c.company, name: `公司 ${i % 16}` },
    }));
    const html = brochureToHtml({ cases, scenarios: [], taxonomy: collection.taxonomy }, { locale: 'zh' });
    const grid = /<div class="cover-grid">([\s\S]*?)<\/div><p class="cover-foot">|<div class="cover-grid">([\s\S]*?)<\/div>\n<p class="cover-foot">/.exec(html);
    const items = (grid?.[1] ?? grid?.[2] ?? '').match(/class="cover-company[^"]*"/g) ?? [];
    expect(items).toHaveLength(8);
    expect(html).toContain('<div class="cover-company cover-more">+9</div>');
  });
});
