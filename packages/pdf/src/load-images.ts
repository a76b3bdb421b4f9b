import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { Block, Case, Scenario } from '@cases/core/browser';

import { ASSET_PATH, type Asset } from './create-pdf-renderer.js';
import { imageOwner } from './image-owner.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** A problem with one image; the image is left out and the sheet still renders. */
export interface ImageWarning {
  code: 'image-offline' | 'image-fetch-failed' | 'image-too-large' | 'image-outside-content' | 'image-missing' | 'image-unsupported';
  src: string;
  /** Case id and source file the image appears in. */
  caseId: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Options of {@link loadImages}. */
export interface LoadImagesOptions {
  /** The content folder; local images resolve against it and may not leave it. */
  contentRoot: string;
  /** Do not touch the network: remote images come from the cache or are left out. @default false */
  offline?: boolean;
  /** Disk cache of fetched images. @default $XDG_CACHE_HOME/cases/images or ~/.cache/cases/images */
  cacheDir?: string;
  /** Milliseconds per remote image. @default 8000 */
  timeout?: number;
  /** Largest image accepted, in bytes. @default 10 MiB */
  maxBytes?: number;
  /** Remote fetches in flight at once. @default 6 */
  concurrency?: number;
  /** The fetch implementation (tests pass one bound to a local server). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** The images of a set of cases (and scenarios), ready to serve to the page. */
export interface LoadedImages {
  /** Assets by file name (served under `/_assets/`). */
  assets: Map<string, Asset>;
  /** The page URL of each `src` of a document (a case's `<locale>/<id>`, or `scenario:<locale>/<id>`), or `null` when it is left out. */
  urlFor(src: string, owner: string): string | null;
  warnings: ImageWarning[];
}

const TYPES: Array<[string, (b: Buffer) => boolean]> = [
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['image/svg+xml', (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(b.subarray(0, 2048).toString('utf8'))],
];

/** The MIME type of an image from its first bytes, or `null` when it is not a supported image. */
export function sniffImageType(body: Buffer): string | null {
  for (const [type, test] of TYPES) if (test(body)) return type;
  return null;
}

/** The default image cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cases', 'images');
}

function* imagesOf(blocks: readonly Block[]): Generator<Block & { type: 'image' }> {
  for (const b of blocks) {
    if (b.type === 'image') yield b;
    else if (b.type === 'list') for (const item of b.items) yield* imagesOf(item.blocks);
    else if (b.type === 'quote') yield* imagesOf(b.blocks);
  }
}

/** A document that shows images: a case, or a scenario (of the brochure). */
type Doc = Case | Scenario;

interface Ref {
  src: string;
  c: Doc;
  line: number;
  column: number;
}

function refsOf(c: Doc): Ref[] {
  const refs: Ref[] = [];
  const add = (blocks: readonly Block[]) => {
    // An image without a source (a caption of the plain-text scenarios page) has nothing to load.
    for (const img of imagesOf(blocks)) if (img.src.trim()) refs.push({ src: img.src, c, line: img.position?.[0] ?? 1, column: img.position?.[1] ?? 1 });
  };
  if (c.kind === 'scenario') {
    add(c.blocks);
    const walk = (sections: Scenario['sections']) => {
      for (const s of sections) {
        add(s.blocks);
        walk(s.sections);
      }
    };
    walk(c.sections);
    return refs;
  }
  if (c.company.logo) {
    const at = c.facts.positions.logo;
    refs.push({ src: c.company.logo, c, line: at?.[0] ?? 1, column: at?.[1] ?? 1 });
  }
  for (const s of c.sections) add(s.blocks);
  return refs;
}

const isRemote = (src: string) => /^https?:\/\//i.test(src);

/**
 * Gather every image the cases (and scenarios) show: local files from the content folder (never outside it),
 * remote ones from the disk cache or fetched once with a timeout and a size cap. Anything that
 * cannot be had is left out with a warning; nothing here waits on a dead network for long.
 */
export async function loadImages(cases: readonly (Case | Scenario)[], options: LoadImagesOptions): Promise<LoadedImages> {
  const root = await realpath(options.contentRoot).catch(() => resolve(options.contentRoot));
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const timeout = options.timeout ?? 8000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const doFetch = options.fetch ?? globalThis.fetch;
  const assets = new Map<string, Asset>();
  const resolved = new Map<string, string | null>();
  const warnings: ImageWarning[] = [];
  const deadHosts = new Map<string, string>();

  const key = (ref: Ref) => (isRemote(ref.src) ? ref.src : `${ref.c.source.path}\u0000${ref.src}`);
  // The warning of each image that failed, by key, copied below for its other uses.
  const firstWarning = new Map<string, ImageWarning>();
  const warn = (ref: Ref, code: ImageWarning['code'], message: string) => {
    const w: ImageWarning = { code, src: ref.src, caseId: ref.c.id, file: ref.c.source.path, line: ref.line, column: ref.column, message };
    warnings.push(w);
    if (!firstWarning.has(key(ref))) firstWarning.set(key(ref), w);
  };
  const store = (body: Buffer, contentType: string) => {
    const name = createHash('sha256').update(body).digest('hex').slice(0, 24);
    assets.set(name, { body, contentType });
    return `${ASSET_PATH}${name}`;
  };

  const loadLocal = async (ref: Ref): Promise<string | null> => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref.src)) {
      warn(ref, 'image-unsupported', `Image ${ref.src}: only http(s) URLs and paths inside the content folder are supported.`);
      return null;
    }
    const raw = ref.src.split(/[?#]/)[0] ?? '';
    let clean = raw;
    try {
      clean = decodeURI(raw);
    } catch {
      // keep the path as written
    }
    const base = clean.startsWith('/') ? root : dirname(join(root, ref.c.source.path));
    const target = resolve(base, '.' + sep + clean.replace(/^\/+/, ''));
    let real: string;
    try {
      real = await realpath(target);
    } catch {
      const rel = relative(root, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        warn(ref, 'image-outside-content', `Image ${ref.src} points outside the content folder; left out.`);
      } else {
        warn(ref, 'image-missing', `Image ${ref.src} not found at ${rel}; left out.`);
      }
      return null;
    }
    const rel = relative(root, real);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      warn(ref, 'image-outside-content', `Image ${ref.src} points outside the content folder; left out.`);
      return null;
    }
    const body = await readFile(real).catch(() => null);
    const type = body && body.length <= maxBytes ? sniffImageType(body) : null;
    if (!body || !type) {
      warn(
        ref,
        body && body.length > maxBytes ? 'image-too-large' : 'image-unsupported',
        `Image ${ref.src} is not a PNG, JPEG, GIF, WebP or SVG image of at most ${maxBytes} bytes; left out.`,
      );
      return null;
    }
    return store(body, type);
  };

  const cachePath = (url: string) => join(cacheDir, createHash('sha256').update(url).digest('hex'));

  const loadRemote = async (ref: Ref): Promise<string | null> => {
    const file = cachePath(ref.src);
    const cached = await readFile(file).catch(() => null);
    if (cached) {
      const type = sniffImageType(cached);
      if (type) return store(cached, type);
    }
    if (options.offline) {
      warn(ref, 'image-offline', `Image ${ref.src} is not cached and --offline is set; left out.`);
      return null;
    }
    let host: string;
    try {
      host = new URL(ref.src).host;
    } catch {
      warn(ref, 'image-unsupported', `Image ${ref.src} is not a valid URL; left out.`);
      return null;
    }
    const dead = deadHosts.get(host);
    if (dead) {
      warn(ref, 'image-offline', `Image ${ref.src} left out: ${dead}.`);
      return null;
    }
    // Whether the server answered: a timeout after the headers is this URL's problem, not its host's.
    let answered = false;
    try {
      const res = await doFetch(ref.src, { signal: AbortSignal.timeout(timeout), redirect: 'follow' });
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
      return store(body, type);
    } catch (err) {
      if (err instanceof TooLarge) {
        warn(ref, 'image-too-large', `Image ${ref.src} is larger than ${maxBytes} bytes; left out.`);
        return null;
      }
      const reason = describeFetchError(err, timeout);
      // Only a host that cannot be reached at all is skipped for the rest of the run; a 404,
      // a reset connection or a broken body costs this URL only.
      const unreachable = !answered && isConnectionFailure(err);
      if (unreachable) deadHosts.set(host, `${host} is unreachable (${reason})`);
      warn(ref, unreachable ? 'image-offline' : 'image-fetch-failed', `Image ${ref.src} could not be fetched (${reason}); left out.`);
      return null;
    }
  };

  const refs = cases.flatMap(refsOf);
  const unique = new Map<string, Ref>();
  for (const r of refs) if (!unique.has(key(r))) unique.set(key(r), r);
  const queue = [...unique.values()];
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 6) }, async () => {
    for (let ref = queue.shift(); ref; ref = queue.shift()) {
      resolved.set(key(ref), isRemote(ref.src) ? await loadRemote(ref) : await loadLocal(ref));
    }
  });
  await Promise.all(workers);
  // Every use of a failed image gets its warning, not only the first one.
  for (const r of refs) {
    if (resolved.get(key(r)) === null && unique.get(key(r)) !== r) {
      const first = firstWarning.get(key(r));
      if (first) warnings.push({ ...first, caseId: r.c.id, file: r.c.source.path, line: r.line, column: r.column });
    }
  }
  const byOwner = new Map(cases.map((c) => [imageOwner(c), c]));
  return {
    assets,
    warnings,
    urlFor(src, owner) {
      const c = byOwner.get(owner);
      const k = isRemote(src) || !c ? src : `${c.source.path}\u0000${src}`;
      return resolved.get(k) ?? null;
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
