import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';

import { CasesError } from '@cases/core';

import { findChromium } from './find-chromium.js';
import { FONT_PATH, readFont } from './fonts.js';

/** The origin the page is served from. `.invalid` never resolves, so nothing can leak out. */
export const PAGE_ORIGIN = 'https://cases.invalid';
/** URL path under which the page loads image assets handed to {@link PdfRenderer.render}. */
export const ASSET_PATH = '/_assets/';

/**
 * Chromium flags for a quiet headless print worker. Chromium's sandbox cannot run as root, so
 * `--no-sandbox` is added only then (a container's root user); any other user keeps the sandbox.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

/** An image the page may load: body and MIME type. */
export interface Asset {
  body: Buffer;
  contentType: string;
}

/** Options of {@link createPdfRenderer}. */
export interface PdfRendererOptions {
  /** Browser executable. @default found by {@link findChromium} */
  executablePath?: string;
  /** Pages rendering in parallel. @default 2 */
  concurrency?: number;
  /** Add PDF bookmarks from the headings. @default true */
  outline?: boolean;
  /** Milliseconds one document may take. @default 60000 */
  timeout?: number;
  /**
   * Drive a running browser instead of launching one (`--browser-ws`): a DevTools WebSocket
   * URL (`ws://…/devtools/browser/<id>`, or a browserless / pool endpoint) or the browser's
   * HTTP debugging address (`http://127.0.0.1:9222`, whose current WebSocket URL is looked up
   * on every connect). A lost connection is reconnected and the document retried once, as a
   * crashed local browser is relaunched; connecting is tried 4 times over about 4 s. Closing
   * the renderer closes its pages and disconnects, leaving the browser running.
   */
  browserWSEndpoint?: string;
}

/** One document to print. */
export interface RenderJob {
  html: string;
  /** Assets by the file name used after {@link ASSET_PATH} in the HTML. */
  assets?: ReadonlyMap<string, Asset>;
}

/** A running browser with a pool of pages that turns HTML into PDF bytes. */
export interface PdfRenderer {
  /** Print one HTML document. Fails only for this document; the browser is relaunched if it died. */
  render(job: RenderJob): Promise<Buffer>;
  /** How many times the browser had to be relaunched after a crash. */
  readonly relaunches: number;
  /** Pages open in the browser besides its first blank tab (never more than `concurrency`). */
  openPages(): Promise<number>;
  /** The browser process id (tests use it to simulate a crash). */
  browserPid(): number | undefined;
  /** Close the browser and remove its profile. */
  close(): Promise<void>;
}

interface Slot {
  page: Page;
  job: RenderJob | undefined;
}

/**
 * Launch one Chromium for a whole batch; pages are reused across documents, JavaScript is off
 * and every request other than the document, the bundled fonts and the job's assets is blocked.
 */
export async function createPdfRenderer(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
  const remote = options.browserWSEndpoint === undefined ? undefined : remoteEndpoint(options.browserWSEndpoint);
  const executablePath = remote ? '' : await findChromium(options.executablePath);
  const { launch, connect } = await import('puppeteer-core');
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const timeout = options.timeout ?? 60_000;
  const profile = remote ? '' : await mkdtemp(join(tmpdir(), 'cases-pdf-'));
  let browser: Browser | undefined;
  let launching: Promise<Browser> | undefined;
  let relaunches = 0;
  let closed = false;
  const idle: Slot[] = [];
  const waiters: Array<{ resolve: (slot: Slot) => void; reject: (err: unknown) => void }> = [];
  let slots = 0;

  const start = async (): Promise<Browser> => {
    const b = remote
      ? await connectWithRetry(connect, remote, timeout + 10_000)
      : await launch({
          executablePath,
          headless: true,
          args: [...CHROMIUM_ARGS],
          userDataDir: profile,
          pipe: true,
          protocolTimeout: timeout + 10_000,
        });
    b.on('disconnected', () => {
      if (browser === b) browser = undefined;
    });
    return b;
  };

  // Pages of a dead browser leave the pool as they fail (release) or are found dead (acquire).
  const getBrowser = async (): Promise<Browser> => {
    if (browser?.connected) return browser;
    if (closed) throw new Error('The PDF renderer is closed.');
    if (!launching) {
      launching = start()
        .then((b) => {
          browser = b;
          relaunches++;
          return b;
        })
        .finally(() => (launching = undefined));
    }
    return launching;
  };

  browser = await start();

  // `slots` counts pages open or being opened, so a burst of jobs never opens more than
  // `concurrency` pages: the count is taken before the first await.
  const newSlot = async (): Promise<Slot> => {
    slots++;
    try {
      const b = await getBrowser();
      const page = await b.newPage();
      const slot: Slot = { page, job: undefined };
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        serve(req, slot).catch(() => req.abort('failed').catch(() => undefined));
      });
      return slot;
    } catch (err) {
      slots--;
      throw err;
    }
  };

  const acquire = async (): Promise<Slot> => {
    while (idle.length) {
      const free = idle.pop()!;
      if (!free.page.isClosed() && free.page.browser().connected) return free;
      slots = Math.max(0, slots - 1);
    }
    if (slots < concurrency) return newSlot();
    return new Promise<Slot>((resolve, reject) => waiters.push({ resolve, reject }));
  };

  const release = (slot: Slot, broken: boolean) => {
    slot.job = undefined;
    if (broken) {
      slots = Math.max(0, slots - 1);
      void slot.page.close().catch(() => undefined);
      const next = waiters.shift();
      if (next) newSlot().then(next.resolve, next.reject);
      return;
    }
    const next = waiters.shift();
    if (next) next.resolve(slot);
    else idle.push(slot);
  };

  const renderOnce = async (job: RenderJob): Promise<Buffer> => {
    const slot = await acquire();
    slot.job = job;
    let broken = false;
    try {
      await slot.page.goto(`${PAGE_ORIGIN}/document.html`, { waitUntil: 'load', timeout });
      const pdf: PDFOptions = {
        preferCSSPageSize: true,
        printBackground: true,
        outline: options.outline ?? true,
        tagged: true,
        timeout,
        waitForFonts: true,
      };
      return Buffer.from(await slot.page.pdf(pdf));
    } catch (err) {
      broken = true;
      throw err;
    } finally {
      release(slot, broken);
    }
  };

  return {
    get relaunches() {
      return relaunches;
    },
    browserPid: () => browser?.process()?.pid,
    async openPages() {
      const pages = browser?.connected ? await browser.pages() : [];
      return pages.filter((p) => p.url().startsWith(PAGE_ORIGIN) || p.url() === 'about:blank').length - 1;
    },
    async render(job) {
      if (closed) throw new Error('The PDF renderer is closed.');
      try {
        return await renderOnce(job);
      } catch (err) {
        if (browser?.connected) throw err;
        await getBrowser();
        return renderOnce(job);
      }
    },
    async close() {
      closed = true;
      const b = browser;
      browser = undefined;
      if (remote) {
        // Not our browser: close our pages and let go of it.
        await Promise.all(idle.splice(0).map((slot) => slot.page.close().catch(() => undefined)));
        await b?.disconnect().catch(() => undefined);
        return;
      }
      await b?.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

type Endpoint = { browserWSEndpoint: string } | { browserURL: string };

function remoteEndpoint(url: string): Endpoint {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (parsed?.protocol === 'ws:' || parsed?.protocol === 'wss:') return { browserWSEndpoint: url };
  if (parsed?.protocol === 'http:' || parsed?.protocol === 'https:') return { browserURL: url };
  throw new CasesError(
    'browser-connect-failed',
    `--browser-ws ${url}: expected a ws:// or wss:// DevTools URL (or a browser's http:// debugging address), e.g. ws://127.0.0.1:9222/devtools/browser/<id>.`,
  );
}

const CONNECT_ATTEMPTS = 4;

async function connectWithRetry(connect: typeof import('puppeteer-core').connect, endpoint: Endpoint, protocolTimeout: number): Promise<Browser> {
  let last: unknown;
  for (let attempt = 0; attempt < CONNECT_ATTEMPTS; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
    try {
      return await connect({ ...endpoint, protocolTimeout });
    } catch (err) {
      last = err;
    }
  }
  const url = 'browserWSEndpoint' in endpoint ? endpoint.browserWSEndpoint : endpoint.browserURL;
  // A failed WebSocket rejects with an ErrorEvent, not an Error: take whichever message there is.
  const e = last as { message?: unknown; error?: { message?: unknown }; code?: unknown } | undefined;
  const message = [e?.message, e?.error?.message, e?.code].find((m) => typeof m === 'string' && m) as string | undefined;
  const reason = (message ?? 'no answer').split('\n')[0];
  throw new CasesError(
    'browser-connect-failed',
    `--browser-ws ${url}: could not connect after ${CONNECT_ATTEMPTS} tries (${reason}). Start the browser with --remote-debugging-port, or check the URL of the browser service.`,
    { cause: last },
  );
}

const FONT_HEADERS = { 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' };

async function serve(req: HTTPRequest, slot: Slot): Promise<void> {
  const job = slot.job;
  let url: URL;
  try {
    url = new URL(req.url());
  } catch {
    return req.abort('blockedbyclient');
  }
  if (!job || url.origin !== PAGE_ORIGIN) return req.abort('blockedbyclient');
  if (url.pathname === '/document.html') {
    return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: job.html });
  }
  if (url.pathname.startsWith(FONT_PATH)) {
    const font = readFont(url.pathname.slice(FONT_PATH.length));
    // Cacheable, so Chromium can keep the decoded fonts between documents.
    if (font) return req.respond({ status: 200, contentType: 'font/woff2', body: font, headers: FONT_HEADERS });
  }
  if (url.pathname.startsWith(ASSET_PATH)) {
    const asset = job.assets?.get(decodeURIComponent(url.pathname.slice(ASSET_PATH.length)));
    if (asset) return req.respond({ status: 200, contentType: asset.contentType, body: asset.body });
  }
  return req.abort('blockedbyclient');
}
