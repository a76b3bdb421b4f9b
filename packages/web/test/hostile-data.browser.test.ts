import fc from 'fast-check';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { jsonForScript } from '@cases/web';

import { openTab, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { page } from './helpers/site.js';
import { jsonPaths } from '../../core/test/json-paths.js';

let env: BrowserSite;
let tab: Page;
let errors: string[];
let dialogs: string[];

beforeAll(async () => {
  env = await startBrowserSite();
  env.site.write('fuzz.html', page('<main id="stage"></main>'));
  ({ tab, errors, dialogs } = await openTab(env, 'fuzz.html', { ignoreConsole: 'Failed to load' }));
  await tab.waitForFunction(() => customElements.get('cases-card'));
});

afterAll(async () => {
  await env?.close();
});

/** A node-shaped object as JSON can write it: it must never become an element. */
const FAKE_NODE = {
  $$typeof: 'cases.vnode',
  t: 'x-pwned',
  a: { 'data-pwned': '1', onclick: 'window.__pwned=1' },
  c: ['pwned'],
  on: { click: 'window.__pwned=1' },
  raw: '<x-pwned>',
};

const hostile = fc.oneof(
  { arbitrary: fc.constant(FAKE_NODE), weight: 4 },
  fc.constant([FAKE_NODE, '<x-pwned data-pwned=1>']),
  fc.constant({ type: 'paragraph', text: FAKE_NODE }),
  fc.constant(JSON.parse('{"__proto__": {"t": "x-pwned", "polluted": "yes"}, "text": "x"}')),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '<x-pwned data-pwned=1 onclick="window.__pwned=1">',
    '"><img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
    'x-pwned',
    '__proto__',
    'constructor',
  ),
);

const runs = fc.record({
  mutations: fc.array(fc.record({ pick: fc.nat(), value: hostile }), { minLength: 1, maxLength: 4 }),
  via: fc.constantFrom('property', 'script', 'url'),
});

let served = 0;

/** Put the five elements on the page with `data` (by property, inline script or URL) and wait for them. */
async function show(data: unknown, via: string, ids: { caseId: string; locale: string; quoteId: string; scenarioId: string }): Promise<void> {
  const src = via === 'url' ? `fuzz-${++served}.json` : null;
  if (src) env.site.write(src, JSON.stringify(data));
  const script = via === 'script' ? `<script type="application/json">${jsonForScript(data)}</script>` : '';
  await tab.evaluate(
    (data, via, src, script, ids) => {
      const attrs = (more: string) => `${src ? ` src="${src}"` : ''} lang="${ids.locale}" ${more}`;
      const stage = document.getElementById('stage')!;
      stage.innerHTML = [
        `<cases-list${attrs('')}>${script}</cases-list>`,
        `<cases-card${attrs(`case-id="${ids.caseId}" locale="${ids.locale}"`)}>${script}</cases-card>`,
        `<cases-detail${attrs(`case-id="${ids.caseId}" locale="${ids.locale}"`)}>${script}</cases-detail>`,
        `<cases-quote${attrs(`case-id="${ids.quoteId}" locale="${ids.locale}"`)}>${script}</cases-quote>`,
        `<cases-scenario${attrs(`scenario-id="${ids.scenarioId}" locale="${ids.locale}"`)}>${script}</cases-scenario>`,
      ].join('');
      if (via === 'property') for (const el of stage.children) (el as unknown as { data: unknown }).data = data;
    },
    data as object,
    via,
    src,
    script,
    ids,
  );
  await tab.waitForFunction(
    () => [...document.getElementById('stage')!.children].every((el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part=loading]')),
    {
      timeout: 10_000,
    },
  );
}

/** Whatever in the shadow roots could only have come from data acting as markup. */
function audit() {
  return tab.evaluate(() => {
    const found: string[] = [];
    const stage = document.getElementById('stage')!;
    for (const host of stage.children) {
      const root = host.shadowRoot!;
      for (const el of root.querySelectorAll('*')) {
        // A string at an image's path is a (relative) image URL by right: "x-pwned" there is an
        // <img src="x-pwned">, not an injection. An image from anything else, or a script-like
        // URL anywhere, is.
        const src = el.getAttribute('src') ?? '';
        if (
          el.localName.includes('pwned') ||
          (['script', 'iframe', 'object', 'embed'].includes(el.localName) && /pwned|^javascript:/i.test(src)) ||
          (el.localName === 'img' && /^\s*javascript:|[<>"`]/i.test(src))
        )
          found.push(`<${el.localName}>`);
        for (const attr of el.attributes)
          if (/^on|pwned/i.test(attr.name) || /^javascript:/i.test(attr.value.trim())) found.push(`${attr.name}="${attr.value}" on <${el.localName}>`);
      }
      // Press everything: a listener from data would run now.
      for (const el of root.querySelectorAll<HTMLElement>('button, summary')) el.click();
    }
    const state = [...stage.children].map((el) => (el.shadowRoot!.querySelector('[part=error]') ? 'error' : 'ok'));
    return { found, state, pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null, polluted: ({} as { polluted?: unknown }).polluted ?? null };
  });
}

describe('generated hostile data in real Chromium', () => {
  it('values of the wrong type at random paths never become elements, attributes or listeners, and nothing throws', async () => {
    const seeds = env.site.seeds;
    const zh = seeds.cases.filter((c) => c.locale === 'zh');
    const ids = { caseId: zh[0]!.id, locale: 'zh', quoteId: (zh.find((c) => c.quotes.length) ?? zh[0]!).id, scenarioId: seeds.scenarios[0]!.id };
    // Mutate what the five elements show: the case, the quoted case, the scenario and the taxonomy.
    const shownCase = seeds.cases.indexOf(zh[0]!);
    const quoted = seeds.cases.findIndex((c) => c.id === ids.quoteId && c.locale === 'zh');
    const all = jsonPaths(seeds).filter(
      (p) => (p[0] === 'cases' && (p[1] === shownCase || p[1] === quoted)) || (p[0] === 'scenarios' && p[1] === 0) || p[0] === 'taxonomy',
    );
    let shown = 0;
    await fc.assert(
      fc.asyncProperty(runs, async ({ mutations, via }) => {
        const data = structuredClone(seeds) as unknown as Record<string | number, unknown>;
        for (const { pick, value } of mutations) {
          const path = all[pick % all.length]!;
          let target = data;
          // An earlier mutation may have made a parent of this path a primitive (0, ''): write into a detached object then.
          for (const key of path.slice(0, -1)) {
            const next = target[key];
            target = (next !== null && typeof next === 'object' ? next : {}) as Record<string | number, unknown>;
          }
          Object.defineProperty(target, path[path.length - 1]!, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
        }
        await show(data, via, ids);
        const result = await audit();
        if (result.state.includes('ok')) shown++;
        // A refused dataset is reported on the console by the element; anything else is a failure.
        const unexpected = errors.filter((e) => !/^<cases-\w+>: cases data could not be used: /.test(e));
        errors.length = 0;
        expect({ found: result.found, pwned: result.pwned, polluted: result.polluted, errors: unexpected, dialogs }).toStrictEqual({
          found: [],
          pwned: null,
          polluted: null,
          errors: [],
          dialogs: [],
        });
      }),
      // FC_SEED=… FC_PATH=… replays a failure fast-check printed.
      { numRuns: 60, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) },
    );
    // The runs exercised the renderer, not only the error state.
    expect(shown).toBeGreaterThan(10);
  });

  it('a dropped case leaves a console warning and the rest of the list; a refused dataset shows the error state', async () => {
    const seeds = env.site.seeds;
    const data = structuredClone(seeds) as unknown as { cases: { company: { name: unknown } }[] };
    const zhIndex = seeds.cases.findIndex((c) => c.locale === 'zh');
    data.cases[zhIndex]!.company.name = FAKE_NODE;
    const warnings: string[] = [];
    const onConsole = (m: { type(): string; text(): string }) => m.type() === 'warn' && warnings.push(m.text());
    tab.on('console', onConsole);
    const ids = { caseId: seeds.cases[zhIndex]!.id, locale: 'zh', quoteId: seeds.cases[zhIndex]!.id, scenarioId: seeds.scenarios[0]!.id };
    await show(data, 'property', ids);
    const cards = await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length);
    expect(cards).toBe(Math.min(seeds.cases.filter((c) => c.locale === 'zh').length - 1, 12));
    expect(warnings.some((w) => w.includes(`cases[${zhIndex}].company.name should be a string, not an object`))).toBe(true);
    await show({ ...seeds, taxonomy: { ...seeds.taxonomy, features: [FAKE_NODE] } }, 'url', ids);
    const states = await tab.$$eval('#stage > *', (els) => els.map((el) => el.shadowRoot!.querySelector('[part=error]')?.textContent ?? 'ok'));
    expect(states).toEqual(Array(5).fill('案例暂时无法显示请稍后刷新页面再试。'));
    tab.off('console', onConsole);
    errors.length = 0; // the refused dataset was reported with console.error, as it should be
  });
});

describe('one entry per element', () => {
  it('a page with only elements/cases-card.js shows a card and defines nothing else', async () => {
    env.site.write(
      'card-only.html',
      `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>card</title><script type="module" src="elements/cases-card.js"></script></head><body><cases-card src="index.json" case-id="tuling" locale="zh"></cases-card></body></html>`,
    );
    const opened = await openTab(env, 'card-only.html', { ignoreConsole: 'Failed to load' });
    await opened.tab.waitForFunction(() => document.querySelector('cases-card')?.shadowRoot?.querySelector('[part=card]'), { timeout: 10_000 });
    const defined = await opened.tab.evaluate(() => ['card', 'list', 'detail', 'quote', 'scenario'].filter((n) => customElements.get(`cases-${n}`)));
    expect(defined).toEqual(['card']);
    expect(opened.errors).toEqual([]);
    await opened.tab.close();
  });

  it('elements/cases-list.js loads the detail view and its styles only when a case opens, then shows it in place', async () => {
    env.site.write(
      'list-only.html',
      `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>list</title><script type="module" src="elements/cases-list.js"></script></head><body><cases-list src="fixture.json" page-size="10"></cases-list></body></html>`,
    );
    const opened = await openTab(env, 'list-only.html', { ignoreConsole: 'Failed to load' });
    const { tab } = opened;
    const scripts = () => tab.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).length);
    await tab.waitForFunction(() => document.querySelector('cases-list')?.shadowRoot?.querySelector('li[data-key="doc:zh/vesoft"] [part=more]'), {
      timeout: 10_000,
    });
    const before = await scripts();
    const sheets = () => tab.$eval('cases-list', (el) => el.shadowRoot!.adoptedStyleSheets.length);
    expect(await sheets()).toBe(3); // base, grid, list
    await (await tab.$('cases-list >>> li[data-key="doc:zh/vesoft"] [part=more]'))!.click();
    await tab.waitForFunction(() => document.querySelector('cases-list')!.shadowRoot!.activeElement?.getAttribute('data-k') === 'heading', {
      timeout: 10_000,
    });
    expect(await scripts()).toBeGreaterThan(before); // the detail's chunk arrived on demand
    expect(await sheets()).toBe(6); // + detail, content, quote
    // The detail's own styles apply: its facts panel is laid out by the detail part.
    expect(await tab.$eval('cases-list', (el) => getComputedStyle(el.shadowRoot!.querySelector('.facts')!).display)).toBe('grid');
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.activeElement!.textContent)).toBe('vesoft inc.');
    await (await tab.$('cases-list >>> [part=back]'))!.click();
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.activeElement?.getAttribute('data-k'))).toBe('more:zh/vesoft');
    expect(opened.errors).toEqual([]);
    await tab.close();
  });
});
