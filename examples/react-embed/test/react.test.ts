import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from '../../../packages/web/test/helpers/browser.js';
import { renderPage } from '../src/server.js';

const here = fileURLToPath(new URL('..', import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, '../../packages/web/test/fixtures/export.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'cases-react-'));
let server: Server;
let url: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  await build({
    entryPoints: [join(here, 'src/client.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(here, 'tsconfig.json'),
    outfile: join(dir, 'client.js'),
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'index.html'), renderPage(fixture, 'en', 'tuling'));
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const name = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1);
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
      res.writeHead(200, { 'content-type': extname(name) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(dir, { recursive: true, force: true });
});

describe('React 19 with the elements', () => {
  it('server markup shows the card before scripts; hydration attaches data and behaviour; properties and events work', async () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<cases-card lang="en" case-id="tuling" locale="zh"><template shadowrootmode="open">');
    const tab = await chromium.browser.newPage();
    const errors: string[] = [];
    // The fixture's logos are site paths this test server does not have.
    tab.on(
      'console',
      (m) => m.type() === 'error' && !(m.text().startsWith('Failed to load resource') && /\/images\//.test(m.location().url ?? '')) && errors.push(m.text()),
    );
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(url, { waitUntil: 'networkidle0' });
    // The list got its data as a property from React (no src, no inline script).
    await tab.waitForFunction(() => document.querySelector('cases-list')?.shadowRoot?.querySelector('[part=card]'), { timeout: 10_000 });
    const cards = await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelectorAll('[part=card]').length);
    expect(cards).toBe(4);
    // A cases-select from inside the shadow root reaches React's handler, which opens the detail.
    await tab.$eval('cases-list', (el) => el.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.click());
    await tab.waitForFunction(() => document.querySelector('cases-detail')?.shadowRoot?.querySelector('[part=detail]'), { timeout: 10_000 });
    const picked = await tab.$eval('#picked', (el) => el.textContent);
    expect(picked).toMatch(/^(zh|en)\/[\w-]+$/);
    expect(await tab.$eval('cases-detail', (el) => [el.getAttribute('locale'), el.getAttribute('case-id')].join('/'))).toBe(picked);
    // The server-rendered card upgraded in place: its button now fires the event.
    const fired = await tab.evaluate(() => {
      let detail: unknown = null;
      document.addEventListener('cases-select', (e) => ((detail = (e as CustomEvent).detail), e.preventDefault()), { once: true });
      document.querySelector('#static cases-card')!.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.click();
      return detail;
    });
    expect(fired).toEqual({ kind: 'case', id: 'tuling', locale: 'zh', href: null });
    expect(errors).toEqual([]);
    await tab.close();
  });
});
