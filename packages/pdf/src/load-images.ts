import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { Block, Case, Scenario } from '@cases/core/browser';

import { ASSET_PATH, type Asset } from './create-pdf-renderer.js';
import { createRemoteImageFetcher, type RemoteImageOptions } from './fetch-remote-image.js';
import { imageOwner } from './image-owner.js';
import { sniffImageType } from './sniff-image-type.js';

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

/** Options of {@link loadImages}: the remote fetcher's (offline, cache, timeout, size cap, fetch) and these. */
export interface LoadImagesOptions extends RemoteImageOptions {
  /** The content folder; local images resolve against it and may not leave it. */
  contentRoot: string;
  /** Remote fetches in flight at once. @default 6 */
  concurrency?: number;
}

/** The images of a set of cases (and scenarios), ready to serve to the page. */
export interface LoadedImages {
  /** Assets by file name (served under `/_assets/`). */
  assets: Map<string, Asset>;
  /** The page URL of each `src` of a document (a case's `<locale>/<id>`, or `scenario:<locale>/<id>`), or `null` when it is left out. */
  urlFor(src: string, owner: string): string | null;
  warnings: ImageWarning[];
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
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const remote = createRemoteImageFetcher(options);
  const assets = new Map<string, Asset>();
  const resolved = new Map<string, string | null>();
  const warnings: ImageWarning[] = [];

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

  const loadRemote = async (ref: Ref): Promise<string | null> => {
    const image = await remote.get(ref.src);
    if (image.ok) return store(image.body, image.type);
    warn(ref, image.code, image.message);
    return null;
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
