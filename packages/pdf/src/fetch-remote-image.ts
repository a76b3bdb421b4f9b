import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { sniffImageType } from './sniff-image-type.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Options of {@link createRemoteImageFetcher}. */
export interface RemoteImageOptions {
  /** Do not touch the network: images come from the cache or are not had. @default false */
  offline?: boolean;
  /** Disk cache of fetched images. @default $XDG_CACHE_HOME/cases/images or ~/.cache/cases/images */
  cacheDir?: string;
  /** Milliseconds per image. @default 8000 */
  timeout?: number;
  /** Largest image accepted, in bytes. @default 10 MiB */
  maxBytes?: number;
  /** The fetch implementation (tests pass one bound to a local server). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** A remote image: its bytes and type, or why it cannot be had. */
export type RemoteImage =
  | { ok: true; body: Buffer; type: string }
  | { ok: false; code: 'image-offline' | 'image-fetch-failed' | 'image-too-large' | 'image-unsupported'; message: string };

/** Fetches remote images for one run: the PDF renderer embeds them, the web kit checks them. */
export interface RemoteImageFetcher {
  /** The image at `url` (http or https), from the disk cache or fetched once. Never throws. */
  get(url: string): Promise<RemoteImage>;
}

/** The default image cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cases', 'images');
}

/**
 * A fetcher of remote images with a disk cache, a timeout and a size cap per image. A host that
 * cannot be reached at all is not asked again in this run (one dead host costs one timeout, not
 * one per image); a 404, a reset connection or a broken body costs that URL only.
 * @example const image = await createRemoteImageFetcher().get('https://example.com/logo.png');
 */
export function createRemoteImageFetcher(options: RemoteImageOptions = {}): RemoteImageFetcher {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const timeout = options.timeout ?? 8000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const doFetch = options.fetch ?? globalThis.fetch;
  const deadHosts = new Map<string, string>();
  const cachePath = (url: string) => join(cacheDir, createHash('sha256').update(url).digest('hex'));

  return {
    async get(url) {
      const file = cachePath(url);
      const cached = await readFile(file).catch(() => null);
      if (cached) {
        const type = sniffImageType(cached);
        if (type) return { ok: true, body: cached, type };
      }
      if (options.offline) return { ok: false, code: 'image-offline', message: `Image ${url} is not cached and --offline is set; left out.` };
      let host: string;
      try {
        host = new URL(url).host;
      } catch {
        return { ok: false, code: 'image-unsupported', message: `Image ${url} is not a valid URL; left out.` };
      }
      const dead = deadHosts.get(host);
      if (dead) return { ok: false, code: 'image-offline', message: `Image ${url} left out: ${dead}.` };
      // Whether the server answered: a timeout after the headers is this URL's problem, not its host's.
      let answered = false;
      try {
        const res = await doFetch(url, { signal: AbortSignal.timeout(timeout), redirect: 'follow' });
        answered = true;
        if (!res.ok) throw new HttpError(`HTTP ${res.status}`);
        const declared = Number(res.headers.get('content-length') ?? 0);
        if (declared > maxBytes) throw new TooLarge();
        const body = await readCapped(res, maxBytes);
        const type = sniffImageType(body);
        if (!type) throw new HttpError('not a supported image');
        // The image is had: a cache that cannot be written costs the next run, not this one.
        await mkdir(cacheDir, { recursive: true })
          .then(() => writeFileAtomic(file, body))
          .catch(() => undefined);
        return { ok: true, body, type };
      } catch (err) {
        if (err instanceof TooLarge) return { ok: false, code: 'image-too-large', message: `Image ${url} is larger than ${maxBytes} bytes; left out.` };
        const reason = describeFetchError(err, timeout);
        const unreachable = !answered && isConnectionFailure(err);
        if (unreachable) deadHosts.set(host, `${host} is unreachable (${reason})`);
        return { ok: false, code: unreachable ? 'image-offline' : 'image-fetch-failed', message: `Image ${url} could not be fetched (${reason}); left out.` };
      }
    },
  };
}

class HttpError extends Error {}
class TooLarge extends Error {}

async function readCapped(res: Response, maxBytes: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Errors that say the host cannot be reached: refused, no such name, no route, no answer in time. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function isConnectionFailure(err: unknown): boolean {
  if (err instanceof HttpError) return false;
  const e = err as { name?: string; code?: string; cause?: { code?: string; errors?: Array<{ code?: string }> } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  const codes = [e.code, e.cause?.code, ...(e.cause?.errors ?? []).map((x) => x.code)];
  return codes.some((c) => c !== undefined && CONNECTION_CODES.has(c));
}

function describeFetchError(err: unknown, timeout: number): string {
  if (err instanceof HttpError) return err.message;
  const e = err as { name?: string; cause?: { code?: string }; code?: string; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeout} ms`;
  return e.cause?.code ?? e.code ?? e.message ?? 'network error';
}
