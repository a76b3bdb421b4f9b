import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { ExportData } from '@cases/core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTab, settled, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { FIXTURE, page } from './helpers/site.js';

// Focus, the one live region, in-place updates, the numbered pager and the no-match state, in
// real Chromium.

let env: BrowserSite;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The fixture with `n` copies of its first case (ids c0…), for a list of many pages. */
function manyCases(n: number): ExportData {
  const first = FIXTURE.cases[0]!;
  const copies = Array.from({ length: n }, (_, i) => ({ ...first, id: `c${i}`, company: { ...first.company, name: `Company ${i}` } }));
  return { ...FIXTURE, cases: copies };
}

beforeAll(async () => {
  env = await startBrowserSite();
  env.site.write('many.json', JSON.stringify(manyCases(850)));
  const data: ExportData = structuredClone(FIXTURE);
  const vesoft = data.cases.find((c) => c.id === 'vesoft')!;
  vesoft.sections[0]!.blocks = [
    { type: 'image', src: 'missing.png', alt: '多集群架构' },
    { type: 'paragraph', text: '图片下面的段落' },
  ] as never;
  env.site.write('broken-image.json', JSON.stringify(data));
});

afterAll(async () => {
  await env?.close();
});

const open = (path: string, options: { width?: number; scheme?: 'light' | 'dark' } = {}) =>
  openTab(env, path, { ...options, ignoreConsole: 'Failed to load resource' });

/** The data-k of the element focused inside the first `selector`'s shadow root. */
const focusedKey = (tab: Page, selector: string) => tab.$eval(selector, (el) => el.shadowRoot!.activeElement?.getAttribute('data-k') ?? null);

describe('steady: only what changed is replaced', () => {
  it('the live region and an unchanged card stay the same nodes across a filter change; the count is announced there', async () => {
    env.site.write('steady.html', page('<cases-list src="fixture.json" page-size="10"></cases-list>'));
    const { tab, errors } = await open('steady.html');
    await settled(tab, 'cases-list');
    await tab.$eval('cases-list', (el) => {
      const root = el.shadowRoot!;
      Object.assign(window, {
        live: root.querySelector('[aria-live]'),
        card: root.querySelector('li[data-key="doc:zh/tuling"] [part=card]'),
        other: root.querySelector('li[data-key="doc:zh/maxnerva"] [part=card]'),
        search: root.querySelector('input[type=search]'),
      });
    });
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[aria-live]')!.textContent)).toBe('共 5 个案例');
    await (await tab.$('cases-list >>> button[data-k="f:industry:internet"]'))!.click();
    const after = await tab.$eval('cases-list', (el) => {
      const root = el.shadowRoot!;
      const w = window as unknown as Record<string, Element>;
      return {
        regions: root.querySelectorAll('[aria-live], [role=status], [role=alert]').length,
        sameLive: root.querySelector('[aria-live]') === w.live,
        sameCard: root.querySelector('li[data-key="doc:zh/tuling"] [part=card]') === w.card,
        sameSearch: root.querySelector('input[type=search]') === w.search,
        otherGone: !w.other!.isConnected,
        said: w.live!.textContent,
      };
    });
    expect(after).toEqual({ regions: 1, sameLive: true, sameCard: true, sameSearch: true, otherGone: true, said: '共 2 个案例' });
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('the pager offers numbers with aria-current, sensible for 850 pages, and keeps focus on the page pressed', async () => {
    env.site.write('pager.html', page('<cases-list src="many.json" page-size="1" facets=""></cases-list>', { lang: 'en' }));
    const { tab, errors } = await open('pager.html');
    await settled(tab, 'cases-list');
    const items = () =>
      tab.$eval('cases-list', (el) =>
        [...el.shadowRoot!.querySelectorAll('[part=pager] > *')].map((n) =>
          n.getAttribute('aria-current') ? `[${n.textContent}]` : n.getAttribute('aria-label') ? n.getAttribute('aria-label') : n.textContent,
        ),
      );
    expect(await items()).toEqual(['Previous', '[1]', '2', '3', '4', '5', '…', '850', 'Next']);
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=pager]')!.getAttribute('aria-label'))).toBe('Pages');
    await (await tab.$('cases-list >>> button[data-k="p:5"]'))!.click();
    expect(await items()).toEqual(['Previous', '1', '…', '4', '[5]', '6', '…', '850', 'Next']);
    expect(await focusedKey(tab, 'cases-list')).toBe('p:5');
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[aria-live]')!.textContent)).toBe('850 cases, Page 5 of 850');
    await (await tab.$('cases-list >>> button[data-k="p:850"]'))!.click();
    expect(await items()).toEqual(['Previous', '1', '…', '846', '847', '848', '849', '[850]', 'Next']);
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=card] h3')!.textContent)).toBe('Company 849');
    // Keyboard: "previous" from the last page.
    await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector<HTMLElement>('[data-k=prev]')!.focus());
    await tab.keyboard.press('Enter');
    expect(await items()).toEqual(['Previous', '1', '…', '846', '847', '848', '[849]', '850', 'Next']);
    expect(await focusedKey(tab, 'cases-list')).toBe('prev');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a search with no match keeps the filters visible, with a button that clears search and filters', async () => {
    env.site.write('nomatch.html', page('<cases-list src="fixture.json" page-size="10"></cases-list>'));
    const { tab } = await open('nomatch.html');
    await settled(tab, 'cases-list');
    await (await tab.$('cases-list >>> button[data-k="f:industry:internet"]'))!.click();
    await (await tab.$('cases-list >>> input[type=search]'))!.type('zzzz');
    const state = await tab.$eval('cases-list', (el) => {
      const root = el.shadowRoot!;
      return {
        filters: root.querySelectorAll('[part=filters] [part=filter]').length,
        pressed: root.querySelector('[data-k="f:industry:internet"]')?.getAttribute('aria-pressed'),
        empty: root.querySelector('[part=empty]')?.textContent,
        said: root.querySelector('[aria-live]')!.textContent,
      };
    });
    expect(state.filters).toBeGreaterThan(3);
    expect(state.pressed).toBe('true');
    expect(state.empty).toContain('没有符合条件的案例');
    expect(state.empty).toContain('清除搜索和筛选');
    expect(state.said).toBe('共 0 个案例');
    await (await tab.$('cases-list >>> [part=empty] button'))!.click();
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length)).toBe(5);
    expect(await tab.$eval('cases-list >>> input[type=search]', (i) => (i as HTMLInputElement).value)).toBe('');
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[aria-pressed=true]'))).toBeNull();
    await tab.close();
  });
});

describe('focus follows an opened case', () => {
  it('read more opens the case in the list with focus on its heading; back returns focus to the card that opened it', async () => {
    env.site.write('open.html', page('<h1>Cases</h1><cases-list src="fixture.json" page-size="10"></cases-list>'));
    const { tab, errors } = await open('open.html');
    await settled(tab, 'cases-list');
    await (await tab.$('cases-list >>> li[data-key="doc:zh/vesoft"] [part=more]'))!.click();
    await tab.waitForFunction(() => document.querySelector('cases-list')!.shadowRoot!.activeElement?.getAttribute('data-k') === 'heading');
    const heading = await tab.$eval('cases-list', (el) => {
      const h = el.shadowRoot!.activeElement!;
      return [h.localName, h.textContent, h.closest('[lang]')?.getAttribute('lang')];
    });
    expect(heading).toEqual(['h2', 'vesoft inc.', 'zh']);
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=back]')!.textContent)).toBe('返回案例列表');
    await (await tab.$('cases-list >>> [part=back]'))!.click();
    expect(await focusedKey(tab, 'cases-list')).toBe('more:zh/vesoft');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a host that handles cases-select keeps the list as it is', async () => {
    env.site.write('handled.html', page('<cases-list src="fixture.json" page-size="10"></cases-list><script src="handle.js"></script>'));
    env.site.write('handle.js', "document.addEventListener('cases-select', (e) => e.preventDefault());");
    const { tab } = await open('handled.html');
    await settled(tab, 'cases-list');
    await (await tab.$('cases-list >>> li[data-key="doc:zh/vesoft"] [part=more]'))!.click();
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length)).toBe(5);
    expect(await focusedKey(tab, 'cases-list')).toBe('more:zh/vesoft');
    await tab.close();
  });
});

describe('images keep their box', () => {
  it('an image that fails keeps the box it reserved and shows a placeholder in the UI language', async () => {
    env.site.write('broken.html', page('<cases-detail src="broken-image.json" case-id="vesoft"></cases-detail>', { lang: 'en' }));
    const { tab } = await open('broken.html');
    await settled(tab, 'cases-detail');
    await tab.waitForFunction(() => document.querySelector('cases-detail')!.shadowRoot!.querySelector('figure.img.broken'));
    const box = await tab.$eval('cases-detail', (el) => {
      const figure = el.shadowRoot!.querySelector('figure.img')!;
      const img = figure.querySelector('img')!;
      const placeholder = figure.querySelector<HTMLElement>('.ph')!;
      const size = (r: DOMRect) => `${Math.round(r.width)}x${Math.round(r.height)}`;
      return {
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        ratio: Math.round((img.getBoundingClientRect().width / img.getBoundingClientRect().height) * 100) / 100,
        placeholder: [
          placeholder.textContent,
          placeholder.getAttribute('lang'),
          size(placeholder.getBoundingClientRect()) === size(img.getBoundingClientRect()),
        ],
        alt: img.alt,
      };
    });
    expect(box).toEqual({ width: '960', height: '540', ratio: 1.78, placeholder: ['Image unavailable', 'en', true], alt: '多集群架构' });
    await tab.close();
  });
});

describe('axe on the new states', () => {
  for (const lang of ['zh', 'en']) {
    it(`finds no violations with the numbered pager, a no-match, an opened case and a failed image (lang=${lang})`, async () => {
      env.site.write(
        `axe-states-${lang}.html`,
        page(
          '<main><h1>Cases</h1><h2>All</h2><cases-list id="p" src="many.json" page-size="1" facets=""></cases-list><cases-list id="n" src="fixture.json"></cases-list><cases-list id="o" src="fixture.json" page-size="10"></cases-list><cases-detail src="broken-image.json" case-id="vesoft"></cases-detail></main>',
          { lang },
        ),
      );
      const { tab } = await open(`axe-states-${lang}.html`);
      await settled(tab, 'cases-list, cases-detail');
      await (await tab.$('#p >>> button[data-k="p:5"]'))!.click();
      await (await tab.$('#n >>> input[type=search]'))!.type('zzzz');
      await (await tab.$('#o >>> li[data-key="doc:zh/tuling"] [part=more]'))!.click();
      await tab.waitForFunction(() => document.querySelector('#o')!.shadowRoot!.querySelector('[part=back]'));
      await tab.waitForFunction(() => document.querySelector('cases-detail')!.shadowRoot!.querySelector('figure.broken'));
      await tab.evaluate(axeSource);
      const violations = await tab.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      await tab.close();
    });
  }
});
