import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTab, settled, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { FIXTURE, page } from './helpers/site.js';
import type { TestSite } from './helpers/site.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env: BrowserSite;
let site: TestSite;

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'none'";

beforeAll(async () => {
  env = await startBrowserSite({
    '/static-strict.html': { 'content-security-policy': STRICT_CSP },
    '/index.html': { 'content-security-policy': STRICT_CSP },
  });
  site = env.site;
});

afterAll(async () => {
  await env?.close();
});

/** Open a page of the site; collects console errors, page errors and CSP violations. */
const open = (path: string, options: { width?: number; scheme?: 'light' | 'dark' } = {}) =>
  openTab(env, path, { ...options, ignoreConsole: 'Failed to load resource' });

const shadowText = (tab: Page, selector: string) => tab.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

describe('elements render the seeds', () => {
  it('card, list, detail, quote and scenario show seed content without errors (demo page, strict CSP)', async () => {
    const { tab, errors } = await open('index.html');
    await settled(tab, '[data-widget]');
    const seeds = site.seeds;
    const tuling = seeds.cases.find((c) => c.id === 'tuling')!;
    expect(await shadowText(tab, 'cases-card[case-id=tuling]')).toContain(tuling.company.name);
    const listCards = await tab.$$eval('cases-list', ([el]) => el!.shadowRoot!.querySelectorAll('[part=card]').length);
    expect(listCards).toBe(Math.min(6, seeds.cases.filter((c) => c.locale === 'zh').length));
    const detailId = await tab.$eval('#detail', (el) => el.getAttribute('case-id'));
    const detailCase = seeds.cases.find((c) => c.id === detailId)!;
    const detail = await shadowText(tab, '#detail');
    for (const section of detailCase.sections) if (section.title) expect(detail).toContain(section.title);
    expect(detail).toContain(detailCase.facts.industry ?? '');
    const quoteId = await tab.$eval('cases-quote', (el) => el.getAttribute('case-id'));
    expect(await shadowText(tab, 'cases-quote')).toContain(seeds.cases.find((c) => c.id === quoteId)!.quotes[0]!.text.slice(0, 20));
    const scenarioId = await tab.$eval('cases-scenario', (el) => el.getAttribute('scenario-id'));
    const scenario = seeds.scenarios.find((s) => s.id === scenarioId)!;
    expect(await shadowText(tab, 'cases-scenario')).toContain(scenario.title);
    const proven = await tab.$eval('cases-scenario', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length);
    expect(proven).toBe(scenario.cases.length);
    // Styles come from the adopted stylesheet even though the page forbids inline styles.
    const radius = await tab.$eval('cases-card', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!).borderTopLeftRadius);
    expect(radius).toBe('14px');
    expect(errors).toEqual([]);
    // Every part an element renders is documented for it in custom-elements.json.
    const manifestPath = `${site.dir}/custom-elements.json`;
    execFileSync('node', [fileURLToPath(new URL('../scripts/build-manifest.mjs', import.meta.url)), manifestPath]);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const rendered = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-widget]')].map(
        (el) => [el.localName, [...new Set([...el.shadowRoot!.querySelectorAll('[part]')].map((n) => n.getAttribute('part')!))]] as const,
      ),
    );
    for (const [tag, parts] of rendered) {
      const documented = manifest.modules[0].declarations.find((d: { tagName?: string }) => d.tagName === tag).cssParts.map((p: { name: string }) => p.name);
      expect(
        parts.filter((p) => !documented.includes(p)),
        tag,
      ).toEqual([]);
    }
    await tab.close();
  });

  it('renders every block type of the fixture in document order', async () => {
    site.write(
      'blocks.html',
      page(
        '<cases-detail src="fixture.json" case-id="maxnerva"></cases-detail><cases-detail id="b" src="fixture.json" case-id="internet-ecommerce"></cases-detail>',
      ),
    );
    const { tab, errors } = await open('blocks.html');
    await settled(tab, 'cases-detail');
    const tags = await tab.$eval('cases-detail', (el) => [...el.shadowRoot!.querySelectorAll('[part=content] > section > *')].map((n) => n.localName));
    expect(tags).toEqual(['h3', 'p', 'h3', 'h4', 'p', 'pre', 'figure']);
    const link = await tab.$eval('cases-detail', (el) => el.shadowRoot!.querySelector('p a')!.outerHTML);
    expect(link).toBe('<a href="https://kubesphere.io/docs/" target="_blank" rel="noopener noreferrer">文档</a>');
    const table = await tab.$eval('#b', (el) => [...el.shadowRoot!.querySelectorAll('td')].map((td) => `${td.textContent}:${td.className}`));
    expect(table).toEqual(['评估:', '2 周:r', '迁移:', '6 周:r']);
    expect(await tab.$eval('#b', (el) => el.shadowRoot!.querySelector('ol')!.children.length)).toBe(2);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('images are lazy with width and height; broken logos fall back to the monogram', async () => {
    site.write('images.html', page('<cases-detail src="fixture.json" case-id="vesoft"></cases-detail>'));
    const { tab } = await open('images.html');
    await settled(tab, 'cases-detail');
    const imgs = await tab.$eval('cases-detail', (el) =>
      [...el.shadowRoot!.querySelectorAll('img')].map((i) => [i.getAttribute('loading'), i.getAttribute('width'), i.getAttribute('height')]),
    );
    expect(imgs.length).toBeGreaterThan(1);
    for (const attrs of imgs) expect(attrs.every(Boolean) && attrs[0] === 'lazy').toBe(true);
    await tab.waitForFunction(() => document.querySelector('cases-detail')!.shadowRoot!.querySelector('[part=avatar]')!.classList.contains('broken'));
    expect(await shadowText(tab, 'cases-detail')).toContain('V');
    await tab.close();
  });

  it('labels follow lang (zh and en), term labels too', async () => {
    site.write(
      'lang.html',
      page(
        '<cases-card src="fixture.json" case-id="tuling"></cases-card><div lang="en"><cases-card id="en" src="fixture.json" case-id="tuling"></cases-card></div>',
      ),
    );
    const { tab } = await open('lang.html');
    await settled(tab, 'cases-card');
    expect(await shadowText(tab, 'cases-card')).toContain('阅读全文');
    expect(await shadowText(tab, 'cases-card')).toContain('公有云');
    expect(await shadowText(tab, '#en')).toContain('Read more');
    expect(await shadowText(tab, '#en')).toContain('Public cloud');
    await tab.$eval('cases-card', (el) => el.setAttribute('lang', 'en'));
    expect(await shadowText(tab, 'cases-card')).toContain('Read more');
    // The page's own language switch (lang on <html> or on a wrapper) is followed too.
    await tab.evaluate(() => document.querySelector('div[lang]')!.setAttribute('lang', 'zh-CN'));
    await tab.waitForFunction(() => document.querySelector('#en')!.shadowRoot!.textContent!.includes('阅读全文'));
    expect(await shadowText(tab, '#en')).toContain('公有云');
    await tab.close();
  });

  it('data from an inline JSON child and from the property', async () => {
    const json = readFileSync(`${site.dir}/fixture.json`, 'utf8').replace(/</g, '\\u003c');
    site.write(
      'inline.html',
      page(`<cases-card case-id="vesoft"><script type="application/json">${json}</script></cases-card><cases-quote id="p" case-id="tuling"></cases-quote>`),
    );
    const { tab, errors } = await open('inline.html');
    await settled(tab, 'cases-card');
    expect(await shadowText(tab, 'cases-card')).toContain('vesoft inc.');
    await tab.evaluate(async () => {
      const data = await (await fetch('fixture.json')).json();
      (document.getElementById('p') as HTMLElement & { data: unknown }).data = data;
    });
    await settled(tab, '#p');
    expect(await shadowText(tab, '#p')).toContain('KubeSphere 帮助我们');
    expect(errors.filter((e) => !e.includes('no data'))).toEqual([]);
    await tab.close();
  });
});

describe('list: filters, search, paging, events', () => {
  it('facet filters update counts and results and fire cases-filter; search narrows; paging', async () => {
    site.write('list.html', page('<cases-list src="fixture.json" page-size="2"></cases-list>'));
    const { tab } = await open('list.html');
    await settled(tab, 'cases-list');
    await tab.evaluate(() => {
      (window as unknown as { events: unknown[] }).events = [];
      document.addEventListener('cases-filter', (e) => (window as unknown as { events: unknown[] }).events.push((e as CustomEvent).detail));
    });
    const cards = () => tab.$eval('cases-list', (el) => [...el.shadowRoot!.querySelectorAll('[part=card] h3')].map((h) => h.textContent));
    const count = () => tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=count]')!.textContent);
    expect(await count()).toBe('共 5 个案例');
    expect(await cards()).toHaveLength(2);
    expect(await shadowText(tab, 'cases-list')).toContain('第 1 / 3 页');
    await (await tab.$('cases-list >>> button[data-k=next]'))!.click();
    expect(await shadowText(tab, 'cases-list')).toContain('第 2 / 3 页');
    // Industry "互联网" (internet) has two cases; its count shows before clicking.
    const internet = await tab.$('cases-list >>> button[data-k="f:industry:internet"]');
    expect(await internet!.evaluate((b) => b.textContent)).toBe('互联网2');
    await internet!.click();
    expect(await count()).toBe('共 2 个案例');
    expect(await cards()).toEqual(['图菱科技', 'vesoft inc.']);
    expect(await tab.$eval('cases-list >>> button[data-k="f:industry:internet"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    const events = await tab.evaluate(() => (window as unknown as { events: unknown[] }).events);
    expect(events.at(-1)).toEqual({ filters: { industry: ['internet'] }, search: '', page: 1, total: 2 });
    await (await tab.$('cases-list >>> button[data-k=clear]'))!.click();
    await (await tab.$('cases-list >>> input[type=search]'))!.type('多集群');
    expect(await count()).toBe('共 2 个案例');
    expect(await cards()).toEqual(['vesoft inc.', 'Acme Bank']); // the English case matches through its taxonomy label
    await tab.$eval('cases-list', (el) => el.setAttribute('locale', 'zh'));
    expect(await cards()).toEqual(['vesoft inc.']);
    await (await tab.$('cases-list >>> input[type=search]'))!.type('zzzz');
    expect(await shadowText(tab, 'cases-list')).toContain('没有符合条件的案例');
    await tab.close();
  });

  it('preset facet attributes restrict the list', async () => {
    site.write('preset.html', page('<cases-list src="fixture.json" feature="multi-cluster" facets=""></cases-list>'));
    const { tab } = await open('preset.html');
    await settled(tab, 'cases-list');
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length)).toBe(2);
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=filters]'))).toBeNull();
    await tab.close();
  });

  it('read more fires a cancelable cases-select; a case-href template makes it a link', async () => {
    site.write(
      'select.html',
      page(
        '<cases-card src="fixture.json" case-id="tuling"></cases-card><cases-card id="l" src="fixture.json" case-id="vesoft" case-href="/cases/{id}/"></cases-card>',
      ),
    );
    const { tab } = await open('select.html');
    await settled(tab, 'cases-card');
    await tab.evaluate(() =>
      document.addEventListener('cases-select', (e) => {
        (window as unknown as { picked: unknown }).picked = (e as CustomEvent).detail;
        e.preventDefault();
      }),
    );
    await (await tab.$('cases-card >>> [part=more]'))!.click();
    expect(await tab.evaluate(() => (window as unknown as { picked: unknown }).picked)).toEqual({ kind: 'case', id: 'tuling', locale: 'zh', href: null });
    expect(await tab.$eval('#l >>> [part=more]', (a) => [a.localName, a.getAttribute('href')])).toEqual(['a', '/cases/vesoft/']);
    await (await tab.$('#l >>> [part=more]'))!.click();
    expect(tab.url()).toMatch(/select\.html$/); // navigation prevented by the host
    await tab.close();
  });
});

describe('keyboard', () => {
  it('search, filters, paging and read more work from the keyboard, and focus survives re-renders', async () => {
    site.write('keys.html', page('<button id="before">before</button><cases-list src="fixture.json" page-size="2"></cases-list>'));
    const { tab } = await open('keys.html');
    await settled(tab, 'cases-list');
    await tab.focus('#before');
    const focused = () =>
      tab.evaluate(() => {
        const el = document.activeElement?.shadowRoot?.activeElement;
        if (el?.getAttribute('part') === 'more') return 'more';
        return el ? (el.getAttribute('data-k') ?? el.getAttribute('part') ?? el.localName) : document.activeElement?.id;
      });
    await tab.keyboard.press('Tab');
    expect(await focused()).toBe('search');
    await tab.keyboard.type('vesoft');
    expect(await focused()).toBe('search');
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length)).toBe(1);
    for (let i = 0; i < 6; i++) await tab.keyboard.press('Backspace');
    await tab.keyboard.press('Tab'); // summary of the first facet group
    expect(await focused()).toBe('s:industry');
    await tab.keyboard.press('Tab');
    expect(await focused()).toBe('f:industry:internet');
    await tab.keyboard.press('Space');
    expect(await focused()).toBe('f:industry:internet');
    expect(await tab.$eval('cases-list >>> button[data-k="f:industry:internet"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await tab.keyboard.press('Enter');
    expect(await tab.$eval('cases-list >>> button[data-k="f:industry:internet"]', (b) => b.getAttribute('aria-pressed'))).toBe('false');
    // Tab on to the first card's read more, then Enter selects it.
    await tab.evaluate(() =>
      document.addEventListener('cases-select', (e) => ((window as unknown as { picked: string }).picked = (e as CustomEvent).detail.id)),
    );
    for (let i = 0; i < 20 && (await focused()) !== 'more'; i++) await tab.keyboard.press('Tab');
    expect(await focused()).toBe('more');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => (window as unknown as { picked: string }).picked)).toBe('tuling');
    // Nobody handled the event: the case opens in the list, focus on its heading; Escape goes back to the card.
    await tab.waitForFunction(() => document.querySelector('cases-list')!.shadowRoot!.activeElement?.getAttribute('data-k') === 'heading');
    await tab.keyboard.press('Escape');
    expect(await focused()).toBe('more');
    for (let i = 0; i < 20 && (await focused()) !== 'next'; i++) await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    expect(await shadowText(tab, 'cases-list')).toContain('第 2 / 3 页');
    expect(await focused()).toBe('next');
    await tab.close();
  });
});

describe('states and theming', () => {
  it('missing, unreachable, non-JSON and wrong-version data show a polite error and log why', async () => {
    site.write('bad-version.json', JSON.stringify({ schemaVersion: 99, cases: [], scenarios: [], taxonomy: {} }));
    site.write(
      'bad-shape.json',
      JSON.stringify({
        schemaVersion: 2,
        cases: [{ id: 'x' }],
        scenarios: [],
        taxonomy: { industries: [], cloudTypes: [], challenges: [], features: [{ id: {} }], scenarios: [] },
      }),
    );
    site.write('not-json.json', '<html>oops');
    site.write(
      'errors.html',
      page(`
      <cases-card id="none"></cases-card>
      <cases-card id="missing" src="nowhere.json"></cases-card>
      <cases-card id="html" src="not-json.json"></cases-card>
      <cases-card id="version" src="bad-version.json"></cases-card>
      <cases-list id="shape" src="bad-shape.json"></cases-list>
      <cases-card id="unknown" src="fixture.json" case-id="no-such-case"></cases-card>`),
    );
    const { tab, errors } = await open('errors.html');
    await settled(tab, 'cases-card, cases-list');
    for (const id of ['none', 'missing', 'html', 'version', 'shape', 'unknown']) {
      const state = await tab.$eval(`#${id}`, (el) => {
        const box = el.shadowRoot!.querySelector('[part=error]');
        return box && { role: box.getAttribute('role'), text: box.textContent };
      });
      expect(state, id).not.toBeNull();
      expect(state!.text).toContain('案例暂时无法显示');
      // Announced through the element's one live region, not by the box.
      expect(state!.role).toBeNull();
      const live = await tab.$eval(
        `#${id}`,
        (el) => el.shadowRoot!.querySelectorAll('[aria-live]').length === 1 && el.shadowRoot!.querySelector('[role=status]')!.textContent,
      );
      expect(live, id).toContain('案例暂时无法显示');
    }
    const joined = errors.join('\n');
    expect(joined).toContain('<cases-card>: cases data could not be used: no data');
    expect(joined).toContain('HTTP 404');
    expect(joined).toContain('not-json.json is not JSON');
    expect(joined).toContain('schemaVersion 99 is not supported (expected 2)');
    expect(joined).toContain('taxonomy.features[0].id should be a string, not an object');
    // The visitor reads what to do; the reason is on the console only.
    expect(await shadowText(tab, '#version')).not.toContain('schemaVersion');
    expect(await shadowText(tab, '#unknown')).not.toContain('no-such-case');
    expect(await shadowText(tab, '#unknown')).toContain('找不到要显示的内容');
    await tab.close();
  });

  it('dark mode from prefers-color-scheme and from the theme attribute', async () => {
    site.write(
      'dark.html',
      page(
        '<cases-card src="fixture.json" case-id="tuling"></cases-card><cases-card id="light" theme="light" src="fixture.json" case-id="tuling"></cases-card>',
      ),
    );
    const bg = (tab: Page, sel: string) => tab.$eval(sel, (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!).backgroundColor);
    const dark = await open('dark.html', { scheme: 'dark' });
    await settled(dark.tab, 'cases-card');
    expect(await bg(dark.tab, 'cases-card')).toBe('rgb(23, 26, 31)');
    expect(await bg(dark.tab, '#light')).toBe('rgb(255, 255, 255)');
    await dark.tab.close();
    const light = await open('dark.html', { scheme: 'light' });
    await settled(light.tab, 'cases-card');
    expect(await bg(light.tab, 'cases-card')).toBe('rgb(255, 255, 255)');
    const shown = () =>
      light.tab.$eval('cases-card', (el) => {
        const w = window as unknown as { shown?: Element | null };
        const same = w.shown === el.shadowRoot!.firstElementChild;
        w.shown = el.shadowRoot!.firstElementChild;
        return same;
      });
    await shown();
    await light.tab.$eval('cases-card', (el) => el.setAttribute('theme', 'dark'));
    expect(await bg(light.tab, 'cases-card')).toBe('rgb(23, 26, 31)');
    expect(await shown()).toBe(true); // theme is CSS only: the shadow DOM is not rebuilt
    await light.tab.close();
  });

  it('custom properties and ::part style the inside; the host page CSS does not leak in', async () => {
    site.write(
      'theme.css',
      'p { color: rgb(255, 0, 0) !important; } cases-card { --cases-accent: rgb(1, 2, 3); } cases-card::part(card) { border-top-color: rgb(4, 5, 6); }',
    );
    site.write(
      'theme.html',
      page('<p>host</p><cases-card src="fixture.json" case-id="tuling"></cases-card>', { head: '<link rel="stylesheet" href="theme.css">' }),
    );
    const { tab } = await open('theme.html');
    await settled(tab, 'cases-card');
    const styles = await tab.$eval('cases-card', (el) => {
      const root = el.shadowRoot!;
      return [
        getComputedStyle(root.querySelector('[part=more]')!).color,
        getComputedStyle(root.querySelector('[part=card]')!).borderTopColor,
        getComputedStyle(root.querySelector('[part=summary]')!).color,
      ];
    });
    expect(styles[0]).toBe('rgb(1, 2, 3)');
    expect(styles[1]).toBe('rgb(4, 5, 6)');
    expect(styles[2]).not.toBe('rgb(255, 0, 0)');
    await tab.close();
  });

  it('fits a 280 px container without horizontal overflow; cards form a grid when wide', async () => {
    site.write(
      'narrow.html',
      page(
        '<div id="w"><cases-list src="fixture.json"></cases-list><cases-detail src="fixture.json" case-id="internet-ecommerce"></cases-detail><cases-scenario src="fixture.json"></cases-scenario></div>',
        { head: '<link rel="stylesheet" href="narrow.css">' },
      ),
    );
    site.write('narrow.css', '#w { width: 280px; } #w.wide { width: 1100px; }');
    const { tab } = await open('narrow.html', { width: 375 });
    await settled(tab, 'cases-list, cases-detail, cases-scenario');
    const overflow = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('#w > *')].flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll('*')]
            .filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1 && !n.closest('.table, pre'))
            .map((n) => `${el.localName} ${n.localName}.${n.className}`),
        ),
      );
    expect(await overflow()).toEqual([]);
    const columns = () => tab.$eval('cases-list', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=grid]')!).gridTemplateColumns.split(' ').length);
    expect(await columns()).toBe(1);
    await tab.$eval('#w', (el) => el.classList.add('wide'));
    expect(await columns()).toBeGreaterThan(1);
    await tab.close();
  });
});

describe('prefixes, static HTML', () => {
  it('the classic script registers under data-prefix; define() adds another prefix beside it', async () => {
    site.write(
      'prefix.html',
      '<!doctype html><html lang="en"><head><title>p</title><script src="cases-web.iife.js" data-prefix="acme"></script></head><body><acme-card src="fixture.json" case-id="tuling"></acme-card><cases-card src="fixture.json" case-id="vesoft"></cases-card></body></html>',
    );
    const { tab } = await open('prefix.html');
    await settled(tab, 'acme-card');
    expect(await tab.evaluate(() => [!!customElements.get('acme-card'), !!customElements.get('cases-card')])).toEqual([true, false]);
    expect(await tab.evaluate(() => (window as unknown as { CasesWeb: { define: (p: string) => string[] } }).CasesWeb.define('cases'))).toEqual([
      'cases-card',
      'cases-list',
      'cases-detail',
      'cases-quote',
      'cases-scenario',
    ]);
    await settled(tab, 'cases-card');
    expect(await shadowText(tab, 'cases-card')).toContain('vesoft inc.');
    await tab.close();
  });

  it('the ES module registers under ?prefix= from its URL', async () => {
    site.write(
      'esm-prefix.html',
      '<!doctype html><html lang="en"><head><title>p</title><script type="module" src="cases-web.js?prefix=acme-x"></script></head><body><acme-x-quote src="fixture.json" case-id="tuling"></acme-x-quote></body></html>',
    );
    const { tab, errors } = await open('esm-prefix.html');
    await settled(tab, 'acme-x-quote');
    expect(await shadowText(tab, 'acme-x-quote')).toContain('KubeSphere 帮助我们');
    expect(await tab.evaluate(() => customElements.get('cases-quote'))).toBeUndefined();
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('renderToString markup shows before the script loads and upgrades to the same markup', async () => {
    const { renderToString } = await import('@cases/web');
    const html = renderToString('card', FIXTURE, { attributes: { src: 'fixture.json', 'case-id': 'tuling', lang: 'zh' }, stylesheet: 'cases-web.css' });
    site.write(
      'static.html',
      `<!doctype html><html lang="zh"><head><title>s</title></head><body>${html}<button id="load">load</button><script src="load.js"></script></body></html>`,
    );
    site.write('load.js', "document.getElementById('load').onclick = () => import('./cases-web.js');");
    site.write(
      'static-strict.html',
      `<!doctype html><html lang="zh"><head><title>s</title><script type="module" src="cases-web.js"></script></head><body>${html}</body></html>`,
    );
    const { tab, errors } = await open('static.html');
    const before = await tab.$eval('cases-card', (el) => [customElements.get('cases-card') === undefined, el.shadowRoot!.innerHTML.replace(/<link[^>]*>/, '')]);
    expect(before[0]).toBe(true);
    expect(before[1]).toContain('图菱科技');
    const radius = await tab.$eval('cases-card', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!).borderTopLeftRadius);
    expect(radius).toBe('14px'); // styled from the linked stylesheet, no script yet
    await tab.click('#load');
    await tab.waitForFunction(() => customElements.get('cases-card') && document.querySelector('cases-card')!.shadowRoot!.querySelector('link') === null);
    await settled(tab, 'cases-card');
    // The live element marks the logo that failed to load (no network here) as broken.
    const after = await tab.$eval('cases-card', (el) => el.shadowRoot!.innerHTML.replace(' broken', ''));
    expect(after).toBe(before[1]);
    expect(errors).toEqual([]);
    await tab.close();
    // The same markup under a strict CSP (no inline script or style) upgrades alike, and nothing is blocked.
    const strict = await open('static-strict.html');
    await strict.tab.waitForFunction(
      () => customElements.get('cases-card') && document.querySelector('cases-card')!.shadowRoot!.querySelector('link') === null,
    );
    await settled(strict.tab, 'cases-card');
    expect(await strict.tab.$eval('cases-card', (el) => el.shadowRoot!.innerHTML.replace(' broken', ''))).toBe(before[1]);
    expect(await strict.tab.$eval('cases-card', (el) => getComputedStyle(el.shadowRoot!.querySelector('[part=card]')!).borderTopLeftRadius)).toBe('14px');
    expect(strict.errors).toEqual([]);
    await strict.tab.close();
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on the demo page (${scheme})`, async () => {
      const { tab } = await open('index.html', { scheme });
      await settled(tab, '[data-widget]');
      await tab.evaluate(axeSource);
      const violations = await tab.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      await tab.close();
    });
  }

  it('axe finds no violations in the list with a filter open, the error state, and the fixture detail', async () => {
    site.write(
      'axe.html',
      page(
        '<main><h1>Cases</h1><h2>List</h2><cases-list src="fixture.json" facets="industry cloudType features challenges scenarios"></cases-list><cases-detail src="fixture.json" case-id="maxnerva"></cases-detail><cases-detail src="fixture.json" case-id="internet-ecommerce"></cases-detail><cases-scenario src="fixture.json" scenario-id="devops"></cases-scenario><cases-quote src="fixture.json"></cases-quote><cases-card src="nowhere.json"></cases-card></main>',
      ),
    );
    const { tab } = await open('axe.html');
    await settled(tab, 'cases-list, cases-detail, cases-card');
    await (await tab.$('cases-list >>> button[data-k="f:industry:internet"]'))!.click();
    await tab.evaluate(axeSource);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
    await tab.close();
  });
});
