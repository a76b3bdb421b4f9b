import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import type { Command } from 'commander';

import { fail } from '../context.js';

/** Where `cases build --out out` writes the embed kit; what `cases serve` serves by default. */
export const DEFAULT_SERVE_DIR = 'out/web';

/** A file name with a content hash (`logo.3f9a0c1d.png`): its bytes never change under that name. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;
/** Data and pages: revalidated on every use (ETag), so a rebuilt kit shows at once. */
const DATA = /\.(json|html?)$/i;

/**
 * The response headers a cross-origin embed needs for `pathname`, besides the MIME type, ETag
 * and Last-Modified that the static server sets: CORS for every file (JSON, modules, fonts,
 * images), and a cache policy by kind: a year for hashed files, revalidation for data and
 * pages, an hour for the rest (the bundles keep their names across releases).
 * @example kitHeaders('/cases.json')['cache-control'] // 'no-cache'
 */
export function kitHeaders(pathname: string): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
    'x-content-type-options': 'nosniff',
    'cache-control': HASHED.test(pathname)
      ? 'public, max-age=31536000, immutable'
      : DATA.test(pathname) || pathname.endsWith('/')
        ? 'no-cache'
        : 'public, max-age=3600',
  };
}

/** Options of {@link startKitServer}. */
export interface KitServerOptions {
  /** Port; 0 picks a free one. @default 8080 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
}

/** A running kit server. */
export interface KitServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serve a built embed kit (`dir`) with the headers a partner page on another origin needs:
 * `sirv` for files (MIME types, ETag, Last-Modified, ranges) and `compression` for gzip/brotli.
 */
export async function startKitServer(dir: string, { port = 8080, host = '127.0.0.1' }: KitServerOptions = {}): Promise<KitServer> {
  // Loaded here, not with the CLI: every other command starts without them.
  const [{ default: sirv }, { default: compression }] = await Promise.all([import('sirv'), import('compression')]);
  const files = sirv(dir, { etag: true, dev: false, dotfiles: false });
  const compress = compression();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://kit').pathname;
    for (const [name, value] of Object.entries(kitHeaders(pathname))) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-max-age': '86400' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, OPTIONS' }).end();
      return;
    }
    compress(req as never, res as never, () =>
      files(req, res, () => {
        res.setHeader('cache-control', 'no-store');
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}\n`);
      }),
    );
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** `cases serve [DIR]`: serve the embed kit for partner pages on other origins. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web embed kit with cross-origin headers (CORS, MIME types, ETag, gzip/brotli, caching)')
    .argument('[dir]', 'the kit folder (written by `cases web --out` or `cases build`)', DEFAULT_SERVE_DIR)
    .option('-p, --port <port>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .action(async (dir: string, opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) fail(`--port "${opts.port}" is not a port; use a whole number from 0 to 65535`, 2);
      const abs = resolve(dir);
      if (!statSync(abs, { throwIfNoEntry: false })?.isDirectory()) {
        fail(`${dir} is not a folder; write the kit first with \`cases build --out out\` (then \`cases serve out/web\`) or \`cases web --out ${dir}\``, 2);
      }
      let served: KitServer;
      try {
        served = await startKitServer(abs, { port, host: opts.host });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'EADDRINUSE'
            ? `port ${port} is in use; pick another with --port`
            : code === 'EACCES'
              ? `port ${port} needs privileges; pick one above 1023`
              : (error as Error).message;
        fail(`could not serve ${dir}: ${why}`, 1);
      }
      process.stdout.write(`${served.url}/\n`);
      process.stderr.write(`serving ${dir} at ${served.url}/ (cross-origin headers on); Ctrl-C stops\n`);
      const stop = () => void served.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
