import type { ExportData } from '@cases/core';
import { uiLabels } from '@cases/web';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTab, settled, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { FIXTURE, page } from './helpers/site.js';

// Every word the elements write is in the page's language, in every state; a case in another
// language is marked with its own `lang`; a translation in the page's language is preferred.

let env: BrowserSite;

/** The fixture with an English translation of tuling (same id). */
function withTranslation(): ExportData {
  const data: ExportData = structuredClone(FIXTURE);
  const zh = data.cases.find((c) => c.id === 'tuling')!;
  data.cases.push({ ...structuredClone(zh), locale: 'en', company: { ...zh.company, name: 'Tuling Technology', summary: 'Templates for online sites.' } });
  return data;
}

beforeAll(async () => {
  env = await startBrowserSite();
  env.site.write('translated.json', JSON.stringify(withTranslation()));
  const data: ExportData = structuredClone(FIXTURE);
  data.cases.find((c) => c.id === 'vesoft')!.sections[0]!.blocks.push({ type: 'image', src: 'missing.png', alt: '' } as never);
  env.site.write('words.json', JSON.stringify(data));
});

afterAll(async () => {
  await env?.close();
});

const open = (path: string) => openTab(env, path, { ignoreConsole: 'Failed to load resource' });

/** Every state the elements have: lists with filters, pager, no match and an opened case; errors; each element. */
const EVERY_STATE = `
<cases-list id="paged" src="words.json" page-size="2" facets="industry cloudType feature challenge scenario"></cases-list>
<cases-list id="nomatch" src="words.json"></cases-list>
<cases-list id="opened" src="words.json" page-size="10"></cases-list>
<cases-card src="words.json" case-id="tuling"></cases-card>
<cases-detail src="words.json" case-id="vesoft"></cases-detail>
<cases-detail src="words.json" case-id="internet-ecommerce"></cases-detail>
<cases-detail src="words.json" case-id="maxnerva"></cases-detail>
<cases-quote src="words.json" case-id="tuling"></cases-quote>
<cases-scenario src="words.json" scenario-id="multi-cluster"></cases-scenario>
<cases-card id="missing" src="words.json" case-id="no-such-case"></cases-card>
<cases-quote id="noquote" src="words.json" case-id="internet-ecommerce" quote-index="7"></cases-quote>
<cases-scenario id="noscenario" src="words.json" scenario-id="nowhere"></cases-scenario>
<cases-card id="unreachable" src="nowhere.json"></cases-card>`;

/**
 * The words the elements show or say, each with the language it is marked with: text nodes, and
 * the attributes a reader meets (aria-label, placeholder, the image placeholder).
 */
async function wordsByLang(tab: Page): Promise<{ lang: string; text: string; where: string }[]> {
  return tab.evaluate(() => {
    const out: { lang: string; text: string; where: string }[] = [];
    for (const host of document.querySelectorAll<HTMLElement>('body > *')) {
      const root = host.shadowRoot;
      if (!root) continue;
      const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang') ?? host.closest('[lang]')!.getAttribute('lang')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.localName === 'style' || !node.textContent!.trim()) continue;
        out.push({ lang: langOf(parent), text: node.textContent!, where: `${host.localName}#${host.id} ${parent.localName}` });
      }
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = el.getAttribute(name);
          if (value) out.push({ lang: langOf(el), text: value, where: `${host.localName}#${host.id} ${el.localName}[${name}]` });
        }
      }
    }
    return out;
  });
}

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('every word in the page language', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`lang=${lang}: every UI string in every state is in ${lang}; cases in another language carry their own lang; details go to the console`, async () => {
      env.site.write(`words-${lang}.html`, page(EVERY_STATE, { lang }));
      const { tab } = await open(`words-${lang}.html`);
      const warnings: string[] = [];
      tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
      await tab.reload({ waitUntil: 'networkidle0' });
      await settled(tab, 'body > *');
      // Drive the lists into their other states: a page turned, no match, a case opened; an image that failed.
      await (await tab.$('#paged >>> button[data-k="p:2"]'))!.click();
      await (await tab.$('#nomatch >>> input[type=search]'))!.type('zzzz');
      await (await tab.$('#opened >>> li[data-key="doc:zh/vesoft"] [part=more]'))!.click();
      await tab.waitForFunction(() => document.querySelector('#opened')!.shadowRoot!.querySelector('[part=back]'));
      await tab.waitForFunction(() => document.querySelectorAll('cases-detail')[0]!.shadowRoot!.querySelector('figure.broken'));
      const words = await wordsByLang(tab);
      const names = FIXTURE.cases.map((c) => c.company.name);
      const ui = words.filter((w) => w.lang === lang).map((w) => ({ ...w, text: names.reduce((t, n) => t.split(n).join(''), w.text) }));
      expect(ui.length).toBeGreaterThan(100);
      if (lang === 'en') {
        expect(ui.filter((w) => CJK.test(w.text))).toEqual([]);
      } else {
        const english = Object.values(uiLabels('en')).filter((v): v is string => typeof v === 'string' && v.length > 3);
        expect(ui.filter((w) => english.some((e) => w.text.includes(e)))).toEqual([]);
      }
      // The UI's own words in every state, in this language.
      const t = uiLabels(lang);
      const all = words.map((w) => w.text).join('\n');
      for (const word of [
        t.errorTitle,
        t.errorHint,
        t.missing,
        t.noResults,
        t.clearAll,
        t.back,
        t.readMore,
        t.pages,
        t.previous,
        t.next,
        t.imageUnavailable,
        t.code,
        t.searchPlaceholder,
      ]) {
        expect(all, word).toContain(word);
      }
      // A visitor never reads the technical reason; the console has it.
      expect(all).not.toMatch(/HTTP|JSON|schema|case-id|no-such-case|nowhere|undefined|\[object/);
      expect(warnings.join('\n')).toContain('no-such-case');
      // Cases written in the other language are marked with it.
      const other = lang === 'zh' ? 'en' : 'zh';
      const marked = words.filter((w) => w.lang === other && w.text.includes(lang === 'zh' ? 'Acme Bank' : '图菱科技'));
      expect(marked.length).toBeGreaterThan(0);
      // …and the UI's words inside such a case are marked with the UI's language, not the case's.
      const own = Object.values(t).filter((v): v is string => typeof v === 'string' && v.length > 1);
      expect(words.filter((w) => w.lang === other && own.includes(w.text.trim()))).toEqual([]);
      await tab.close();
    });
  }
});

describe('translations', () => {
  it('a case in the page language is preferred to its other versions (card, list, scenario)', async () => {
    const body = (lang: string) =>
      page(
        `<cases-card src="translated.json" case-id="tuling"></cases-card><cases-list src="translated.json" page-size="10" facets=""></cases-list><cases-scenario src="translated.json" scenario-id="devops"></cases-scenario>`,
        { lang },
      );
    env.site.write('tr-en.html', body('en'));
    env.site.write('tr-zh.html', body('zh'));
    for (const [path, name, other, lang] of [
      ['tr-en.html', 'Tuling Technology', '图菱科技', 'en'],
      ['tr-zh.html', '图菱科技', 'Tuling Technology', 'zh'],
    ] as const) {
      const { tab } = await open(path);
      await settled(tab, 'body > *');
      const seen = await tab.evaluate(() =>
        [...document.querySelectorAll('body > *')].map((el) =>
          [...el.shadowRoot!.querySelectorAll('[part=card]')].map((card) => `${card.getAttribute('lang')}:${card.querySelector('[part=title]')!.textContent}`),
        ),
      );
      const [card, list, scenario] = seen;
      expect(card).toEqual([`${lang}:${name}`]);
      expect(list).toContain(`${lang}:${name}`);
      expect(list!.join()).not.toContain(other);
      expect(list).toHaveLength(5); // one version of each case
      expect(scenario).toContain(`${lang}:${name}`);
      await tab.close();
    }
  });
});
