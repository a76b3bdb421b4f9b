import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from '../../web/test/helpers/browser.js';

// `cases dev` as an author uses it: a real folder, real saves, a real Chromium page.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');

describe('cases dev (process, file edits, Chromium)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-dev-'));
  const dir = join(tmp, 'content');
  const page = join(dir, 'cases/en/road-runner.md');
  let child: ChildProcess;
  let output = '';
  let url = '';
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let tab: Page;

  /** Wait until the terminal output matches (the server prints as it goes). */
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => pattern.test(output) && (clearInterval(timer), resolve());
      const timer = setInterval(check, 25);
      child.once('exit', () => (clearInterval(timer), reject(new Error(`cases dev exited:\n${output}`))));
      check();
    });

  beforeAll(async () => {
    expect(spawnSync(process.execPath, [bin, 'init', dir, '--brand', 'Acme'], { encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync(process.execPath, [bin, 'new', 'case', 'road-runner', '--content', dir], { encoding: 'utf8' }).status).toBe(0);
    child = spawn(process.execPath, [bin, 'dev', '--content', dir, '--port', '0'], { env: { ...process.env, NO_COLOR: '1' } });
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    await printed(/cases dev: http:\/\/127\.0\.0\.1:\d+\//);
    url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)![0];
    chromium = await launchChromium();
    tab = await chromium.browser.newPage();
    await tab.goto(`${url}/case/en/road-runner`, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  });

  const sheetText = () => tab.$eval('iframe.sheet', (f) => (f as HTMLIFrameElement).contentDocument?.body?.innerText ?? '');
  const version = () => tab.$eval('#status', (s) => Number((s as HTMLElement).dataset.version || 0));
  const waitVersion = async (after: number) =>
    tab.waitForFunction((v) => Number(document.getElementById('status')!.dataset.version || 0) > v, { timeout: 15_000 }, after);

  it('shows the sheet as the PDF prints it, the web elements and no problems', async () => {
    await tab.waitForFunction(() => (document.querySelector('iframe.sheet') as HTMLIFrameElement)?.contentDocument?.body?.innerText.includes('Road Runner'));
    expect(await sheetText()).toContain('Acme');
    expect(await tab.$eval('main', (m) => m.textContent)).toContain('No problems.');
    await tab.waitForFunction(() => !!document.querySelector('cases-card')?.shadowRoot?.textContent?.includes('Road Runner'));
  });

  it('a save shows up in place', async () => {
    const before = await version();
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^( {2}title: )"Road Runner"/m, '$1"Road Runner Rockets"'));
    await waitVersion(before);
    await tab.waitForFunction(() =>
      (document.querySelector('iframe.sheet') as HTMLIFrameElement)?.contentDocument?.body?.innerText.includes('Road Runner Rockets'),
    );
    expect(await tab.$eval('h1', (h) => h.textContent)).toBe('Road Runner Rockets');
  });

  it('a broken save shows the error with file:line:column and an editor link; the server keeps running', async () => {
    const good = readFileSync(page, 'utf8');
    const before = await version();
    writeFileSync(page, good.replace('section1:\n', 'section1:\n  titel: [oops\n'));
    await waitVersion(before);
    const item = await tab.waitForSelector('.diags li.error');
    const text = await item!.evaluate((li) => li.textContent ?? '');
    expect(text).toMatch(new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error yaml-syntax`));
    expect(await item!.$eval('a', (a) => a.getAttribute('href'))).toMatch(/^vscode:\/\/file\/.*road-runner\.md:\d+:\d+$/);
    await printed(/\+ .*road-runner\.md:\d+:\d+ error yaml-syntax/);
    expect(child.exitCode).toBeNull();

    const dashboard = await chromium.browser.newPage();
    await dashboard.goto(url, { waitUntil: 'load' });
    expect(await dashboard.$eval('tr[data-file="cases/en/road-runner.md"]', (tr) => tr.textContent)).toContain('yaml-syntax');
    await dashboard.close();

    const broken = await version();
    writeFileSync(page, good);
    await waitVersion(broken);
    await tab.waitForFunction(
      () => document.querySelectorAll('.diags li').length === 0 && document.querySelector('main')!.textContent!.includes('No problems.'),
    );
    await printed(/✓ fixed: .*road-runner\.md:\d+:\d+ error yaml-syntax/);
  });

  it('Ctrl-C stops it cleanly (exit 0, the port closed)', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});
