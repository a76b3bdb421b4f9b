import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CHROMIUM_ARGS } from '@cases/pdf';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

/** A partner's site for the cross-origin tests, and the Chromium that opens it. */
export interface PartnerSite {
  /** The site's origin, `http://127.0.0.1:<port>`. */
  url: string;
  browser: Browser;
  /** Close Chromium and stop the server. */
  close(): Promise<void>;
}

/**
 * Serve `pages` (path → HTML, read on each request) on 127.0.0.1 as another origin than the
 * kit's, and launch Chromium with its profile in `profileDir`. Unknown paths are 404s; the
 * favicon is the partner's own (204), so it is never a failed request of the kit.
 */
export async function startPartnerSite(pages: Readonly<Record<string, string>>, profileDir: string): Promise<PartnerSite> {
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages[req.url ?? ''];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profileDir,
    args: [...CHROMIUM_ARGS],
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
