import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ExportData } from '@cases/core';
import { renderToString } from '@cases/web';
import type { ElementName } from '@cases/web';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { FIXTURE, page } from './helpers/site.js';

// Cumulative Layout Shift of every demo view, measured by Chromium itself (a PerformanceObserver
// on `layout-shift`) while the view loads, its images load or fail, and the reader pages and
// filters. CLS is a score, not a timing: the sum of every shift not caused by input (stricter
// than the largest session window that Web Vitals reports) must stay under 0.1.

let env: BrowserSite;

/** A 4×3 PNG: a real image that loads. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAGElEQVR4nGP4z8AARwwM/xkYGJAFGBgYAFbiBf3vVu2kAAAAAElFTkSuQmCC', 'base64');

/** Host page text below the element: anything that moves shows as a shift. */
const BELOW = `<p>${'Host page text that would move if the element above it changed size. '.repeat(40)}</p>`;

beforeAll(async () => {
  env = await startBrowserSite();
  const data: ExportData = structuredClone(FIXTURE);
  const vesoft = data.cases.find((c) => c.id === 'vesoft')!;
  vesoft.company.logo = 'ok.png';
  const text = { type: 'paragraph', text: '图片下面的段落：如果上面的图片在加载失败时收起，这些文字就会向上移动。'.repeat(8) };
  vesoft.quotes = [];
  vesoft.sections[0]!.blocks = [
    { type: 'image', src: 'missing.png', alt: '加载失败的图片' },
    text,
    { type: 'image', src: 'ok.png', alt: '能加载的图片' },
    text,
    text,
  ] as never;
  data.cases.find((c) => c.id === 'tuling')!.company.logo = 'missing-logo.png';
  env.site.write('cls.json', JSON.stringify(data));
  env.site.write('ok.png', PNG as never);
});

afterAll(async () => {
  await env?.close();
});

/** The views: the element on a host page, and what a reader does with it. */
const VIEWS: { name: string; html: string; act?: (tab: Page) => Promise<void> }[] = [
  { name: 'card (logo that fails)', html: '<cases-card src="cls.json" case-id="tuling"></cases-card>' },
  { name: 'card (logo that loads)', html: '<cases-card src="cls.json" case-id="vesoft"></cases-card>' },
  {
    name: 'list (paging, filtering, search without match, open and close)',
    html: '<cases-list src="cls.json" page-size="2"></cases-list>',
    act: async (tab) => {
      await (await tab.$('cases-list >>> button[data-k="p:2"]'))!.click();
      await (await tab.$('cases-list >>> button[data-k=next]'))!.click();
      await (await tab.$('cases-list >>> button[data-k="f:industry:internet"]'))!.click();
      await (await tab.$('cases-list >>> input[type=search]'))!.type('zzzz');
      await (await tab.$('cases-list >>> [part=empty] button'))!.click();
      await (await tab.$('cases-list >>> [part=more]'))!.click();
      await (await tab.$('cases-list >>> [part=back]'))!.click();
    },
  },
  { name: 'list (seed kit: index and detail files)', html: '<cases-list src="index.json" page-size="6"></cases-list>' },
  { name: 'detail (an image that loads, one that fails)', html: '<cases-detail src="cls.json" case-id="vesoft"></cases-detail>' },
  { name: 'detail (seed kit: detail file fetched)', html: '<cases-detail src="index.json" case-id="tuling"></cases-detail>' },
  { name: 'quote', html: '<cases-quote src="cls.json" case-id="vesoft"></cases-quote>' },
  { name: 'scenario', html: '<cases-scenario src="cls.json" scenario-id="multi-cluster"></cases-scenario>' },
];

async function measure(tab: Page): Promise<{ cls: number; shifts: string[] }> {
  // Let late work (images, detail files) land, then read what the observer saw.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
  return tab.evaluate(() => (window as unknown as { __layout: { cls: number; shifts: string[] } }).__layout);
}

const OBSERVE = () => {
  const layout = { cls: 0, shifts: [] as string[] };
  (window as unknown as { __layout: typeof layout }).__layout = layout;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      layout.cls += entry.value;
      layout.shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.nodeName ?? '?').join(',')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

const measured: string[] = [];

/** Open `html` with the observer installed before anything loads; wait until every element shows content. */
async function openMeasured(file: string, html: string, width: number): Promise<Page> {
  env.site.write(file, html);
  const tab = await env.browser.newPage();
  await tab.evaluateOnNewDocument(OBSERVE);
  // Images that fail do so late, as on a real network: after the element has painted.
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (/missing[^/]*\.png$/.test(request.url())) setTimeout(() => void request.respond({ status: 404, body: 'not found' }), 400);
    else void request.continue();
  });
  await tab.setViewport({ width, height: 1400 });
  await tab.goto(`${env.url}/${file}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('body > [src]')].every(
        (el) => customElements.get(el.localName) && el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part=loading]'),
      ),
    { timeout: 10_000 },
  );
  return tab;
}

/** The data a view's element loads, for printing it on the server. */
const dataOf = (html: string): ExportData => (html.includes('index.json') ? env.site.seeds : JSON.parse(readFileSync(join(env.site.dir, 'cls.json'), 'utf8')));

/** The element of a view printed with renderToString (declarative shadow DOM), as a server would. */
function serverRendered(html: string): string {
  const [, name, attrs] = /^<cases-(\w+) ([^>]*)>/.exec(html)!;
  const attributes = Object.fromEntries([...attrs!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  return renderToString(name as ElementName, dataOf(html), { attributes: { lang: 'zh', ...attributes }, stylesheet: 'cases-web.css' });
}

describe('layout shift (CLS) of every demo view', () => {
  for (const width of [375, 1280]) {
    for (const view of VIEWS) {
      it(`${view.name} at ${width} px, server-rendered, host text below: CLS < 0.1`, async () => {
        // From the first paint on, everything counts: images loading and failing, the upgrade,
        // detail files, paging, filtering, opening and closing a case.
        const tab = await openMeasured(`cls-ssr-${VIEWS.indexOf(view)}.html`, page(`<h1>Partner page</h1>${serverRendered(view.html)}${BELOW}`), width);
        await view.act?.(tab);
        const { cls, shifts } = await measure(tab);
        measured.push(`${view.name} @${width} server-rendered: ${cls.toFixed(4)}`);
        expect(cls, shifts.join('\n')).toBeLessThan(0.1);
        await tab.close();
      });

      it(`${view.name} at ${width} px, script only, last on the page: CLS < 0.1`, async () => {
        // The element's own steadiness: nothing of the host's below it, so only its own parts count.
        const tab = await openMeasured(`cls-js-${VIEWS.indexOf(view)}.html`, page(`<h1>Partner page</h1>${view.html}`), width);
        await view.act?.(tab);
        const { cls, shifts } = await measure(tab);
        measured.push(`${view.name} @${width} script only: ${cls.toFixed(4)}`);
        expect(cls, shifts.join('\n')).toBeLessThan(0.1);
        await tab.close();
      });
    }
  }

  it('script only with host text below: measured and reported (the host reserves the room, or renders on the server)', async () => {
    for (const view of VIEWS) {
      const tab = await openMeasured(`cls-below-${VIEWS.indexOf(view)}.html`, page(`<h1>Partner page</h1>${view.html}${BELOW}`), 1280);
      await view.act?.(tab);
      const { cls } = await measure(tab);
      measured.push(`${view.name} @1280 script only, host text below (not asserted): ${cls.toFixed(4)}`);
      await tab.close();
    }
    expect(measured.length).toBeGreaterThan(VIEWS.length);
  });

  it('the demo page (every element, scrolled through) at 1280 px: CLS < 0.1', async () => {
    const tab = await env.browser.newPage();
    await tab.evaluateOnNewDocument(OBSERVE);
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${env.url}/index.html`, { waitUntil: 'networkidle0' });
    for (let y = 0; y < 12_000; y += 700) await tab.evaluate((top) => window.scrollTo(0, top), y);
    const { cls, shifts } = await measure(tab);
    measured.push(`demo page @1280: ${cls.toFixed(4)}`);
    expect(cls, shifts.join('\n')).toBeLessThan(0.1);
    await tab.close();
    console.info(`CLS measured:\n${measured.join('\n')}`);
  });
});
