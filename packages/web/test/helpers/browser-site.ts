import type { Browser, Page } from 'puppeteer-core';

import { launchChromium } from './browser.js';
import { serveDir } from './serve.js';
import type { Gate } from './serve.js';
import { createTestSite } from './site.js';
import type { TestSite } from './site.js';

/** A test site served over HTTP, and a headless Chromium to open its pages. */
export interface BrowserSite {
  site: TestSite;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Build the test site, serve it (`headers`: extra response headers per path; `gate`: hold an
 * answer back) and launch Chromium.
 */
export async function startBrowserSite(headers: Record<string, Record<string, string>> = {}, gate?: Gate): Promise<BrowserSite> {
  const site = await createTestSite();
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  try {
    server = await serveDir(site.dir, headers, gate);
    const chromium = await launchChromium();
    const served = server;
    return {
      site,
      url: served.url,
      browser: chromium.browser,
      close: async () => {
        await chromium.close();
        await served.close();
        site.remove();
      },
    };
  } catch (error) {
    await server?.close();
    site.remove();
    throw error;
  }
}

/** Options of {@link openTab}. */
export interface OpenTabOptions {
  /** Console errors starting with this are not collected (nothing here reaches the network). */
  ignoreConsole: string;
  width?: number;
  scheme?: 'light' | 'dark';
}

/** A page opened by {@link openTab}, with what it reported. */
export interface OpenedTab {
  tab: Page;
  /** Console errors, page errors and CSP violations. */
  errors: string[];
  /** Messages of the dialogs it opened (each dismissed). */
  dialogs: string[];
}

/** Open a page of the site, collecting errors and dialogs from the start. */
export async function openTab(
  { browser, url }: BrowserSite,
  path: string,
  { ignoreConsole, width = 1280, scheme = 'light' }: OpenTabOptions,
): Promise<OpenedTab> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  tab.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  tab.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith(ignoreConsole)) errors.push(m.text());
  });
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.setViewport({ width, height: 900 });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await tab.goto(`${url}/${path}`, { waitUntil: 'networkidle0' });
  return { tab, errors, dialogs };
}

/** Wait until every widget matching `selector` has rendered data or an error (no loading placeholder left). */
export async function settled(tab: Page, selector: string): Promise<void> {
  await tab.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part=loading]')),
    { timeout: 10_000 },
    selector,
  );
}
