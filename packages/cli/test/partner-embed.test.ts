import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startPartnerSite, type PartnerSite } from './helpers/partner-site.js';
import { bin, root } from './run-cli.js';

// A partner as it really embeds the kit: `cases web` builds it from a content folder with local
// images only (test/fixtures/partner: zh and en cases, one translated, scenarios in both),
// `cases serve` serves it from one origin (localhost:B), and the partner's pages come from
// another (127.0.0.1:A), in English and in Chinese, with the module bundle, the classic script
// and the per-element entries. Every element, every image loaded, no console error, no failed
// request.

const content = fileURLToPath(new URL('./fixtures/partner', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'cases-partner-'));
const kitDir = join(tmp, 'web');

let serve: ChildProcess;
let kit: string;
let site: PartnerSite | undefined;
let partnerUrl: string;
let browser: Browser;
const pages: Record<string, string> = {};

const TAGS = ['list', 'card', 'detail', 'quote', 'scenario'] as const;

function elements(prefix: string, src: string): string {
  return [
    `<${prefix}-list src="${src}" page-size="2"></${prefix}-list>`,
    `<${prefix}-card src="${src}" case-id="alpha"></${prefix}-card>`,
    `<${prefix}-detail src="${src}" case-id="alpha"></${prefix}-detail>`,
    `<${prefix}-quote src="${src}" case-id="beta"></${prefix}-quote>`,
    `<${prefix}-scenario src="${src}" scenario-id="multi-cluster"></${prefix}-scenario>`,
  ].join('\n');
}

function page(lang: string, head: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>partner</title>${head}</head><body><h1>Partner</h1>${body}</body></html>`;
}

beforeAll(async () => {
  const web = spawnSync(process.execPath, [bin, 'web', '--out', kitDir, '--content', content], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  expect(web.status, web.stderr).toBe(0);
  serve = spawn(process.execPath, [bin, 'serve', kitDir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const served = await new Promise<string>((done, reject) => {
    let out = '';
    serve.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) done(out.trim().replace(/\/$/, ''));
    });
    serve.once('exit', (code) => reject(new Error(`cases serve exited with ${code}`)));
  });
  // The kit under another host name than the partner's: localhost:B against 127.0.0.1:A.
  kit = served.replace('127.0.0.1', 'localhost');
  const data = `${kit}/index.json`;
  for (const lang of ['en', 'zh']) {
    pages[`/module-${lang}.html`] = page(lang, `<script type="module" src="${kit}/cases-web.js"></script>`, elements('cases', data));
    pages[`/classic-${lang}.html`] = page(lang, `<script src="${kit}/cases-web.iife.js" data-prefix="acme" defer></script>`, elements('acme', data));
    pages[`/entries-${lang}.html`] = page(
      lang,
      TAGS.map((tag) => `<script type="module" src="${kit}/elements/cases-${tag}.js"></script>`).join(''),
      elements('cases', data),
    );
  }
  site = await startPartnerSite(pages, join(tmp, 'chromium'));
  partnerUrl = site.url;
  browser = site.browser;
});

afterAll(async () => {
  await site?.close();
  serve?.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
});

/** Open a partner page, recording every console error, page error, failed request and HTTP error. */
async function openPartner(path: string): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(`console ${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  tab.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${partnerUrl}${path}`, { waitUntil: 'networkidle0' });
  return { tab, problems };
}

/** Scroll every element into view (images are lazy) and wait until every image has finished. */
async function loadAllImages(tab: Page, selector: string): Promise<{ src: string; width: number }[]> {
  for (const el of await tab.$$(selector)) await el.evaluate((node) => node.scrollIntoView());
  await tab.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => [...el.shadowRoot!.querySelectorAll('img')].every((img) => img.complete)),
    { timeout: 15_000 },
    selector,
  );
  return tab.$$eval(selector, (els) =>
    els.flatMap((el) => [...el.shadowRoot!.querySelectorAll('img')].map((img) => ({ src: img.currentSrc || img.src, width: img.naturalWidth }))),
  );
}

const NAMES = {
  en: { alpha: 'Alpha Technology', more: 'Read more', scenario: 'Multi-cluster Deployment' },
  zh: { alpha: '阿尔法科技', more: '阅读全文', scenario: '多集群部署' },
};

describe('a partner page on another origin embeds the kit served by `cases serve`', () => {
  for (const kind of ['module', 'classic', 'entries'] as const) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${kind} script, lang=${lang}: every element with every image, in ${lang}, no console error, no failed request`, async () => {
        const prefix = kind === 'classic' ? 'acme' : 'cases';
        const selector = TAGS.map((t) => `${prefix}-${t}`).join(', ');
        const { tab, problems } = await openPartner(`/${kind}-${lang}.html`);
        expect(new URL(kit).origin).not.toBe(new URL(partnerUrl).origin);
        await tab.waitForFunction(
          (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part=loading]')),
          { timeout: 15_000 },
          selector,
        );
        const states = await tab.$$eval(selector, (els) => els.map((el) => `${el.localName}:${el.shadowRoot!.querySelector('[part=error]') ? 'error' : 'ok'}`));
        expect(states).toEqual(TAGS.map((t) => `${prefix}-${t}:ok`));
        // The page's language: its words, and the translation of the case where one exists.
        const words = NAMES[lang];
        const card = await tab.$eval(`${prefix}-card`, (el) => {
          const article = el.shadowRoot!.querySelector('[part=card]')!;
          return [article.getAttribute('lang'), article.querySelector('[part=title]')!.textContent, article.querySelector('[part=more]')!.textContent];
        });
        expect(card).toEqual([lang, words.alpha, words.more]);
        expect(await tab.$eval(`${prefix}-scenario`, (el) => el.shadowRoot!.querySelector('[part=title]')!.textContent)).toBe(words.scenario);
        // The quote names an English-only case: in a Chinese page it carries its own lang.
        expect(await tab.$eval(`${prefix}-quote`, (el) => el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'))).toBe('en');
        // Open a case inside the list: its detail file comes from the kit's origin too.
        await (await tab.$(`${prefix}-list >>> [part=more]`))!.click();
        await tab.waitForFunction((p) => document.querySelector(`${p}-list`)!.shadowRoot!.activeElement?.getAttribute('data-k') === 'heading', {}, prefix);
        const images = await loadAllImages(tab, selector);
        expect(images.length).toBeGreaterThanOrEqual(8);
        expect(images.filter((i) => !i.src.startsWith(`${kit}/assets/`) || i.width === 0)).toEqual([]);
        expect(problems).toEqual([]);
        await tab.close();
      });
    }
  }
});
