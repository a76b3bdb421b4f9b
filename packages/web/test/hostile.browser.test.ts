import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderToString, VIEWS } from '@cases/web';

import { createHostileExport } from '../src/hostile-export.js';
import type { ElementName } from '@cases/web';

import { openTab, startBrowserSite } from './helpers/browser-site.js';
import type { BrowserSite } from './helpers/browser-site.js';

let env: BrowserSite;

beforeAll(async () => {
  env = await startBrowserSite();
});

afterAll(async () => {
  await env?.close();
});

/** Open a page that has no CSP, so only the widgets stand between the data and the page. */
const open = (path: string) => openTab(env, path, { ignoreConsole: 'Failed to load' });

/** Everything dangerous found in the shadow roots of the page's widgets. */
function audit(tab: Page) {
  return tab.evaluate(() => {
    const found: string[] = [];
    const safe = (url: string) => /^(https?:|mailto:|\/|\.|#|[^:]*$)/i.test(url.trim());
    const roots = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-') && el.shadowRoot);
    let text = '';
    for (const host of roots) {
      const root = host.shadowRoot!;
      text += root.textContent;
      for (const el of root.querySelectorAll('*')) {
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'base', 'meta', 'form'].includes(el.localName))
          found.push(`<${el.localName}> in ${host.localName}`);
        if (el.localName === 'style' || (el.localName === 'link' && el.getAttribute('rel') !== 'stylesheet'))
          found.push(`<${el.localName}> in ${host.localName}`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') found.push(`${attr.name} on <${el.localName}>`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && !safe(attr.value)) found.push(`${attr.name}="${attr.value}"`);
        }
        if (el.localName === 'a' && el.getAttribute('target') === '_blank' && el.getAttribute('rel') !== 'noopener noreferrer')
          found.push('target=_blank without rel');
      }
    }
    return { found, roots: roots.length, text, pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null };
  });
}

/** One shadow root per element, nothing dangerous in them, nothing ran, no dialog, no error. */
function expectInert(result: Awaited<ReturnType<typeof audit>>, dialogs: string[], errors: string[]): void {
  expect({ roots: result.roots, found: result.found, pwned: result.pwned, dialogs, errors }).toStrictEqual({
    roots: Object.keys(VIEWS).length,
    found: [],
    pwned: null,
    dialogs: [],
    errors: [],
  });
}

describe('hostile content stays inert', () => {
  it('the kit’s hostile page: every element renders the payloads as text and nothing runs', async () => {
    const { tab, dialogs, errors } = await open('hostile.html');
    await tab.waitForFunction(() => document.documentElement.dataset.verdict, { timeout: 10_000 });
    expect(await tab.evaluate(() => document.documentElement.dataset.verdict)).toBe('inert');
    const result = await audit(tab);
    expectInert(result, dialogs, errors);
    // The markup is shown as text, in every element (none fell into its error state).
    expect(result.text).toContain('<script>window.__pwned="script"</script>');
    expect(result.text).toContain('<img src=x onerror=');
    const states = await tab.$$eval('cases-card, cases-list, cases-detail, cases-quote, cases-scenario', (els) =>
      els.map((el) => `${el.localName}:${el.shadowRoot!.querySelector('[part=error]') ? 'error' : 'ok'}`),
    );
    expect(states).toEqual(['cases-list:ok', 'cases-card:ok', 'cases-detail:ok', 'cases-quote:ok', 'cases-scenario:ok']);
    // Reading everything, pressing every button and link in the widgets still runs nothing.
    await tab.evaluate(() => {
      document.addEventListener('click', (e) => e.composedPath().some((n) => (n as Element).localName === 'a') && e.preventDefault(), true);
      for (const host of document.querySelectorAll('cases-card, cases-list, cases-detail, cases-quote, cases-scenario')) {
        for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('button, a, summary')) el.click();
      }
    });
    const after = await audit(tab);
    expect(after.found).toEqual([]);
    expect(after.pwned).toBeNull();
    expect(dialogs).toEqual([]);
    await tab.close();
  });

  it('static HTML from renderToString, with the data inlined, is inert before and after upgrade', async () => {
    const data = createHostileExport();
    const html = (Object.keys(VIEWS) as ElementName[])
      .map((name) =>
        renderToString(name, data, {
          attributes: { lang: 'en', 'case-href': 'javascript:window.__pwned=1', 'data-x': '"><script>window.__pwned=2</script>' },
          inlineData: true,
        }),
      )
      .join('\n');
    expect(html).not.toMatch(/<script(?! type="application\/json">)/);
    expect(html.match(/<\/script>/g)).toHaveLength(Object.keys(VIEWS).length);
    env.site.write(
      'hostile-static.html',
      `<!doctype html><html lang="en"><head><title>static</title></head><body>${html}<script src="late.js"></script></body></html>`,
    );
    env.site.write('late.js', "window.addEventListener('load', () => setTimeout(() => import('./cases-web.js'), 100));");
    const { tab, dialogs, errors } = await open('hostile-static.html');
    await tab.waitForFunction(() => customElements.get('cases-card'));
    await tab.waitForFunction(() => [...document.querySelectorAll('cases-card')].every((el) => !el.shadowRoot!.querySelector('style')));
    const result = await audit(tab);
    expectInert(result, dialogs, errors);
    expect(result.text).toContain('<svg onload=');
    await tab.close();
  });
});
