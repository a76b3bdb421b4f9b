import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { findDocument, formatDiagnostic, isCasesError, toExport, type Diagnostic } from '@cases/core';
import { Option, type Command } from 'commander';
import { fail, summarize } from '../context.js';
import { DevContent } from '../dev/dev-content.js';
import { webPackageDir } from './web.js';
import { dashboardHtml, devPage, diagnosticsHtml, esc } from '../dev/dev-pages.js';

/** Options of `cases dev`. */
interface DevOptions {
  content: string;
  port: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
};

/** The page script: follow the server's updates in place (no reload, no lost scroll). */
const LIVE_JS = `const status = document.getElementById('status');
const events = new EventSource('/_dev/events');
let busy = Promise.resolve();
events.addEventListener('update', (e) => {
  const { version } = JSON.parse(e.data);
  busy = busy.then(async () => {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.querySelector('main').replaceWith(document.adoptNode(next.querySelector('main')));
    document.title = next.title;
    status.dataset.version = String(version);
    status.textContent = 'updated ' + new Date().toLocaleTimeString();
  }).catch(() => {});
});
events.addEventListener('open', () => { status.textContent = 'live'; });
events.addEventListener('error', () => { status.textContent = 'server stopped'; });
addEventListener('load', () => {});
document.addEventListener('load', (e) => {
  const f = e.target;
  if (f instanceof HTMLIFrameElement && f.contentDocument) f.style.height = f.contentDocument.documentElement.scrollHeight + 'px';
}, true);
`;

/**
 * Start the live preview: watch the folder, re-read what is saved, push the update to open pages
 * (server-sent events) and print diagnostics as they appear and disappear. Resolves when stopped.
 */
export async function runDev(opts: DevOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port "${opts.port}" is not a port number (0–65535; 0 picks a free one)`, 2);
  let dev: DevContent;
  try {
    dev = await DevContent.load(opts.content);
  } catch (err) {
    if (isCasesError(err)) fail(err.message, 2);
    throw err;
  }
  const root = await realpath(opts.content);
  const [{ caseToHtml, readFont, FONT_PATH }, { watch }] = await Promise.all([import('@cases/pdf'), import('chokidar')]);
  const webBundle = join(webPackageDir(), 'dist', 'cases-web.js');
  const clients = new Set<ServerResponse>();
  /** Where each case shown so far came from, so a page whose file breaks can still show its problems. */
  const known = new Map<string, string>();
  for (const x of dev.collection.cases) known.set(`${x.locale}/${x.id}`, x.source.path);
  let version = 0;
  let shown = new Set(dev.collection.diagnostics.map(formatDiagnostic));

  const brand = () => ({ name: dev.collection.settings.brand.name, dark: dev.collection.settings.brand.colors.dark });
  const contentUrl = (path: string) => `/_content/${path.split('/').map(encodeURIComponent).join('/')}`;
  const diagnosticsOf = (path: string) => dev.collection.diagnostics.filter((d) => d.file === dev.fileOf(path));

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  };
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const c = dev.collection;
    if (url.pathname === '/') return send(res, 200, TYPES['.html']!, devPage('All files', brand(), dashboardHtml(dev.fileReport(), c.cases, c.scenarios)));
    if (url.pathname === '/_dev/live.js') return send(res, 200, TYPES['.js']!, LIVE_JS);
    if (url.pathname === '/_dev/cases-web.js') return send(res, 200, TYPES['.js']!, await readFile(webBundle));
    if (url.pathname === '/_dev/export.json') return send(res, 200, TYPES['.json']!, JSON.stringify(toExport(c)));
    if (url.pathname === '/_dev/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 500\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname.startsWith(FONT_PATH)) {
      const font = readFont(parts[1] ?? '');
      return font ? send(res, 200, TYPES[extname(parts[1]!)] ?? 'font/ttf', font) : send(res, 404, 'text/plain', 'not found');
    }
    if (parts[0] === '_content') {
      const target = resolve(root, parts.slice(1).join('/'));
      const rel = relative(root, target);
      const body = rel && !rel.startsWith('..') && !isAbsolute(rel) ? await readFile(target).catch(() => null) : null;
      return body ? send(res, 200, TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream', body) : send(res, 404, 'text/plain', 'not found');
    }
    const [kind, locale = '', id = ''] = parts;
    if (kind === '_sheet' || kind === 'case') {
      const found = findDocument(c.cases, { locale, id });
      if (found) known.set(`${locale}/${id}`, found.source.path);
      if (!found) {
        // A save that breaks the file leaves no case to show: show why, where the case was.
        const path = known.get(`${locale}/${id}`);
        const body = path
          ? `<h1>${esc(id)}</h1><p><code>${esc(path)}</code> gives no case right now; fix the problems below and it comes back.</p>${diagnosticsHtml(diagnosticsOf(path))}`
          : `<p>No case ${esc(locale)}/${esc(id)}. <a href="/">All files</a></p>`;
        return send(res, kind === 'case' && path ? 200 : 404, TYPES['.html']!, devPage(id, brand(), body));
      }
      if (kind === '_sheet') {
        const local = (src: string) =>
          /^[a-z][a-z0-9+.-]*:/i.test(src) ? src : contentUrl(src.startsWith('/') ? src.slice(1) : join(dirname(found.source.path), src).split('\\').join('/'));
        const b = c.settings.brand;
        return send(
          res,
          200,
          TYPES['.html']!,
          caseToHtml(found, { paper: c.settings.pdf.paper, taxonomy: c.taxonomy, imageUrl: local, brand: { ...b, logo: b.logo ? contentUrl(b.logo) : null } }),
        );
      }
      const width = c.settings.pdf.paper === 'letter' ? '8.5in' : '210mm';
      const body = `<h1>${esc(found.company.name || found.title)}</h1><p><code>${esc(found.source.path)}</code></p>${diagnosticsHtml(diagnosticsOf(found.source.path))}
<div class="grid"><section><h2>PDF sheet</h2><div class="paper"><iframe class="sheet" title="PDF sheet" src="/_sheet/${esc(locale)}/${esc(id)}?v=${version}" style="width:${width};height:297mm"></iframe></div></section>
<section><h2>Web elements</h2><cases-card src="/_dev/export.json?v=${version}" lang="${esc(locale)}" case-id="${esc(id)}"></cases-card><br><cases-detail src="/_dev/export.json?v=${version}" lang="${esc(locale)}" case-id="${esc(id)}"></cases-detail></section></div>`;
      return send(
        res,
        200,
        TYPES['.html']!,
        devPage(found.company.name || found.title, brand(), body, '<script type="module" src="/_dev/cases-web.js"></script>'),
      );
    }
    if (kind === 'scenario') {
      const found = c.scenarios.find((s) => s.locale === locale && s.id === id);
      if (!found)
        return send(
          res,
          404,
          TYPES['.html']!,
          devPage('Not found', brand(), `<p>No scenario ${esc(locale)}/${esc(id)} (any more). <a href="/">All files</a></p>`),
        );
      const body = `<h1>${esc(found.title)}</h1><p><code>${esc(found.source.path)}</code></p>${diagnosticsHtml(diagnosticsOf(found.source.path))}
<h2>Web element</h2><cases-scenario src="/_dev/export.json?v=${version}" lang="${esc(locale)}" scenario-id="${esc(id)}"></cases-scenario>`;
      return send(res, 200, TYPES['.html']!, devPage(found.title, brand(), body, '<script type="module" src="/_dev/cases-web.js"></script>'));
    }
    return send(res, 404, 'text/plain', 'not found');
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `cases dev: ${(err as Error)?.message ?? String(err)}`);
    });
  });
  await new Promise<void>((ok, no) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      no(err.code === 'EADDRINUSE' ? new Error(`port ${port} is in use; pass another with --port (0 picks a free one)`) : err),
    );
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address() as AddressInfo;
  const out = process.stdout;
  for (const d of dev.collection.diagnostics) if (d.severity !== 'info') out.write(`${formatDiagnostic(d)}\n`);
  out.write(`${dev.collection.cases.length} cases, ${dev.collection.scenarios.length} scenarios: ${summarize(dev.collection.diagnostics)}\n`);
  out.write(`cases dev: http://127.0.0.1:${address.port}/ (watching ${opts.content}; Ctrl-C stops)\n`);

  // One change at a time, in order: a burst of saves is re-read file by file.
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    queue = queue.then(async () => {
      try {
        const started = performance.now();
        const change = await dev.change(path);
        if (!change.files.length) return;
        version++;
        const payload = `event: update\ndata: ${JSON.stringify({ version, files: change.files, full: change.full, ms: Math.round(performance.now() - started) })}\n\n`;
        for (const client of clients) client.write(payload);
        report(dev.collection.diagnostics);
      } catch (err) {
        // A save that breaks us is a bug to report, never the end of the server.
        out.write(`cases dev: could not re-read ${path}: ${(err as Error)?.message ?? String(err)}\n`);
      }
    });
  };
  const report = (now: readonly Diagnostic[]) => {
    const next = new Set(now.map(formatDiagnostic));
    for (const d of now) {
      const key = formatDiagnostic(d);
      if (!shown.has(key)) out.write(`+ ${key}\n`);
    }
    for (const key of shown) if (!next.has(key)) out.write(`✓ fixed: ${key.split('\n')[0]}\n`);
    shown = next;
  };
  const watcher = watch(root, {
    ignoreInitial: true,
    ignored: (p: string) => /(?:^|[/\\])(?:\.cases|\.vscode|\.git|node_modules)(?:[/\\]|$)/.test(relative(root, p)),
  });
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink') onChange(path);
  });
  watcher.on('error', (err) => out.write(`cases dev: watcher: ${(err as Error).message}\n`));

  await new Promise<void>((stop) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      for (const client of clients) client.end();
      server.closeAllConnections();
      void Promise.all([watcher.close(), new Promise<void>((ok) => server.close(() => ok()))]).then(() => stop());
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  out.write('cases dev: stopped\n');
}

/** `cases dev [--content DIR] [--port N]`: the live preview for authors. */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description('live preview on 127.0.0.1: the PDF sheet, the web elements and the problems of every file, updated as you save')
    .addOption(new Option('--content <dir>', 'content folder').default('content'))
    .option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)', '4321')
    .action(async (opts: DevOptions) => runDev(opts));
}
