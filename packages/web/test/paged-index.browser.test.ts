import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ExportData } from '@cases/core';
import { facetCounts } from '@cases/core';
import { toExportIndex } from '@cases/web';

import { openTab, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';
import { page } from './helpers/site.js';

let env: BrowserSite;
/** Answers the server holds back until the test releases them, by path. */
const held = new Map<string, () => void>();
/** Paths asked for, in order. */
const asked: string[] = [];
let holding: RegExp | null = null;

/** A catalogue of `n` cases from the seeds, each company with a name found by no other. */
function catalogue(seeds: ExportData, n: number): ExportData {
  const cases = Array.from({ length: n }, (_, i) => {
    const c = seeds.cases[i % seeds.cases.length]!;
    return { ...c, locale: 'en', id: `case-${i}`, company: { ...c.company, name: `Acme${i}x`, logo: null } };
  });
  return { ...seeds, cases };
}

const N = 60;
let data: ExportData;

beforeAll(async () => {
  env = await startBrowserSite({}, (path) => {
    asked.push(path);
    if (!holding?.test(path)) return undefined;
    return new Promise<void>((release) => held.set(path, release));
  });
  data = catalogue(env.site.seeds, N);
  const { index, pages } = toExportIndex(data, { casesPerFile: 25 });
  env.site.write('paged/index.json', JSON.stringify(index));
  for (const [path, file] of Object.entries(pages)) env.site.write(`paged/${path}`, JSON.stringify(file));
  // The index's previous shape: every indexed case in one file, no paging.
  const { paging: _paging, ...head } = index;
  env.site.write('paged/old-index.json', JSON.stringify({ ...head, cases: Object.values(pages).flatMap((p) => p.cases) }));
  env.site.write('paged/full.json', JSON.stringify(data));
  // A first file whose second page file is malformed.
  env.site.write('bad/index.json', JSON.stringify(index));
  env.site.write('bad/index/1.json', JSON.stringify(pages['index/1.json']));
  env.site.write('bad/index/2.json', JSON.stringify({ ...pages['index/2.json'], cases: { not: 'a list' } }));
  env.site.write('bad/index/3.json', JSON.stringify(pages['index/3.json']));
});

afterAll(async () => {
  for (const release of held.values()) release();
  await env?.close();
});

const cardsIn = (selector: string) => `(document.querySelector('${selector}')?.shadowRoot?.querySelectorAll('[part=card]').length ?? 0)`;

describe('a paged index in real Chromium', () => {
  it('shows the first page before the rest arrives; filters and search work once it has', async () => {
    holding = /^\/paged\/index\/\d+\.json$/;
    env.site.write('paged.html', page('<cases-list src="paged/index.json" page-size="6" lang="en"></cases-list>', { lang: 'en' }));
    const tab = await env.browser.newPage();
    const errors: string[] = [];
    // The browser's own note of a missing favicon is not ours.
    tab.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load') && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`${env.url}/paged.html`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(`${cardsIn('cases-list')} === 6`);
    // The rest of the index is asked for after the first page showed, and is held back.
    await vi.waitFor(() => expect([...held.keys()].sort()).toEqual(['/paged/index/1.json', '/paged/index/2.json', '/paged/index/3.json']), { timeout: 10_000 });
    const first = await tab.$eval('cases-list', (el) => ({
      names: [...el.shadowRoot!.querySelectorAll('[part=card] [part=title]')].map((t) => t.textContent),
      count: el.shadowRoot!.querySelector('[part=count]')!.textContent,
      chips: el.shadowRoot!.querySelectorAll('[part=filter]').length,
    }));
    expect(first.names).toEqual(['Acme0x', 'Acme1x', 'Acme2x', 'Acme3x', 'Acme4x', 'Acme5x']);
    expect(first.count).toBe(`${N} cases`);
    expect(first.chips).toBeGreaterThan(0);

    // A search typed meanwhile waits for the whole index (a placeholder, not "no results").
    await tab.type('cases-list >>> input[part=search]', 'acme17x');
    await tab.waitForFunction(() => document.querySelector('cases-list')!.shadowRoot!.querySelector('[part=loading]'));
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=empty]'))).toBeNull();

    holding = null;
    for (const release of held.values()) release();
    held.clear();
    await tab.waitForFunction(`${cardsIn('cases-list')} === 1`);
    expect(await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector('[part=card] [part=title]')!.textContent)).toBe('Acme17x');

    // Clear the search, then filter by the first industry: the count is the facet engine's.
    await tab.$eval('cases-list', (el) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    const industry = facetCounts(data.cases, {}, data.taxonomy).industry.find((f) => f.count > 0)!;
    await tab.$eval('cases-list', (el, id) => el.shadowRoot!.querySelector<HTMLElement>(`[data-k="f:industry:${id}"]`)!.click(), industry.id);
    await tab.waitForFunction(
      (n) => document.querySelector('cases-list')!.shadowRoot!.querySelector('[part=count]')!.textContent === `${n} cases`,
      {},
      industry.count,
    );
    expect(industry.count).toBeLessThan(N);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a full export and an index of the previous shape still work', async () => {
    env.site.write(
      'shapes.html',
      page(
        ['old-index', 'full']
          .map(
            (name) =>
              `<cases-list id="${name}" src="paged/${name}.json" page-size="6" lang="en"></cases-list><cases-card id="${name}-card" src="paged/${name}.json" case-id="case-42" lang="en"></cases-card>`,
          )
          .join(''),
        { lang: 'en' },
      ),
    );
    const { tab, errors } = await openTab(env, 'shapes.html', { ignoreConsole: 'Failed to load' });
    for (const name of ['old-index', 'full']) {
      await tab.waitForFunction(`${cardsIn(`#${name}`)} === 6 && ${cardsIn(`#${name}-card`)} === 1`);
      const seen = await tab.$eval(`#${name}`, (el) => el.shadowRoot!.querySelector('[part=count]')!.textContent);
      expect(seen, name).toBe(`${N} cases`);
      expect(await tab.$eval(`#${name}-card`, (el) => el.shadowRoot!.querySelector('[part=title]')!.textContent)).toBe('Acme42x');
    }
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a card reads a case past the first page from the page files', async () => {
    env.site.write('card.html', page('<cases-card src="paged/index.json" case-id="case-59" lang="en"></cases-card>', { lang: 'en' }));
    const { tab, errors } = await openTab(env, 'card.html', { ignoreConsole: 'Failed to load' });
    await tab.waitForFunction(`${cardsIn('cases-card')} === 1`);
    expect(await tab.$eval('cases-card', (el) => el.shadowRoot!.querySelector('[part=title]')!.textContent)).toBe('Acme59x');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('a malformed page file gives the visitor the error state, and the console one line without a stack', async () => {
    env.site.write(
      'bad.html',
      page('<cases-list src="bad/index.json" page-size="6" lang="en"></cases-list><cases-card src="bad/index.json" case-id="case-3" lang="en"></cases-card>', {
        lang: 'en',
      }),
    );
    const tab = await env.browser.newPage();
    const errors: string[] = [];
    const stacks: string[] = [];
    tab.on('console', (m) => {
      if (m.type() !== 'error' || m.text().startsWith('Failed to load')) return;
      errors.push(m.text());
      // A logged Error object carries its stack as an argument; ours are plain strings.
      if (m.args().some((a) => a.remoteObject().subtype === 'error') || /\n\s+at /.test(m.text())) stacks.push(m.text());
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`${env.url}/bad.html`, { waitUntil: 'domcontentloaded' });
    await tab.waitForFunction(() => [...document.querySelectorAll('cases-list, cases-card')].every((el) => el.shadowRoot?.querySelector('[part=error]')));
    const states = await tab.$$eval('cases-list, cases-card', (els) => els.map((el) => el.shadowRoot!.querySelector('[part=error]')?.textContent ?? 'ok'));
    expect(states).toEqual(Array(2).fill('Cases could not be shownPlease reload the page in a moment.'));
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatch(/^<cases-(list|card)>: cases data could not be used: cases should be an array, not an object$/);
    expect(stacks).toEqual([]);
    await tab.close();
  });

  it('hostile values in the first file’s paging and in page files create nothing', async () => {
    const { index, pages } = toExportIndex(catalogue(env.site.seeds, 12), { casesPerFile: 5 });
    env.site.write('fuzz.html', page('<main id="stage"></main>', { lang: 'en' }));
    const { tab, errors, dialogs } = await openTab(env, 'fuzz.html', { ignoreConsole: 'Failed to load' });
    await tab.waitForFunction(() => customElements.get('cases-list'));
    const hostile = fc.oneof(
      fc.constantFrom(
        'javascript:window.__pwned=1',
        '../../secret.json',
        'https://evil.example/x.json',
        'index/<x-pwned>.json',
        '__proto__',
        JSON.parse('{"__proto__": {"polluted": "yes"}}'),
        { $$typeof: 'cases.vnode', t: 'x-pwned', c: ['pwned'] },
        [['en', '<x-pwned>']],
        -1,
        1e308,
      ),
      fc.anything({ maxDepth: 2 }),
    );
    const paths: (string | number)[][] = [
      ['pages'],
      ['pages', 0],
      ['views'],
      ['views', 0],
      ['views', 0, 'first'],
      ['views', 0, 'first', 0],
      ['views', 0, 'counts'],
      ['views', 0, 'counts', 'industry'],
      ['views', 0, 'total'],
      ['views', 1, 'locale'],
    ];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(paths.length - 1), hostile, fc.boolean(), async (pick, value, inPage) => {
        const dir = `fuzz/${++run}`;
        const head = structuredClone(index) as unknown as Record<string, unknown>;
        const files = structuredClone(pages) as unknown as Record<string, Record<string, unknown>>;
        if (inPage) files['index/2.json']!.cases = [value];
        else {
          let target = head.paging as Record<string | number, unknown>;
          const path = paths[pick]!;
          for (const key of path.slice(0, -1)) target = (target[key] ?? {}) as Record<string | number, unknown>;
          Object.defineProperty(target, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
        }
        env.site.write(`${dir}/index.json`, JSON.stringify(head));
        for (const [path, file] of Object.entries(files)) env.site.write(`${dir}/${path}`, JSON.stringify(file));
        await tab.evaluate((dir) => {
          document.getElementById('stage')!.innerHTML =
            `<cases-list src="${dir}/index.json" page-size="3"></cases-list><cases-card src="${dir}/index.json" case-id="case-11"></cases-card>`;
        }, dir);
        await tab.waitForFunction(
          () => [...document.getElementById('stage')!.children].every((el) => el.shadowRoot?.querySelector('[part=card], [part=error], [part=empty]')),
          { timeout: 10_000 },
        );
        const found = await tab.evaluate(() => {
          const out: string[] = [];
          for (const host of document.getElementById('stage')!.children)
            for (const el of host.shadowRoot!.querySelectorAll('*')) {
              if (el.localName.includes('pwned')) out.push(el.localName);
              for (const attr of el.attributes) if (/^on|pwned/i.test(attr.name) || /pwned/.test(attr.value)) out.push(attr.name);
            }
          return { out, pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null, polluted: ({} as { polluted?: unknown }).polluted ?? null };
        });
        const unexpected = errors.filter((e) => !/^<cases-\w+>: cases data could not be used: /.test(e));
        errors.length = 0;
        expect({ ...found, unexpected, dialogs }).toStrictEqual({ out: [], pwned: null, polluted: null, unexpected: [], dialogs: [] });
      }),
      { numRuns: 30 },
    );
    await tab.close();
  });
});
