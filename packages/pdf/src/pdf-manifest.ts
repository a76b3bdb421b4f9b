import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from './write-file-atomic.js';

/** File name of the incremental-build manifest in the output folder. */
export const MANIFEST_NAME = '.cases-pdf-manifest.json';
/** Layout of the manifest file; a manifest of another layout is ignored (everything renders again). */
export const MANIFEST_FORMAT = 2;

/** What the manifest knows about one output file. */
export interface ManifestEntry {
  /** Hash of what produced the file (HTML, image bytes, fonts, renderer version). */
  hash: string;
  /** Size of the file in bytes when it was written. */
  size: number;
  /** SHA-256 of the file's bytes when it was written (hex). */
  sha256: string;
}

/** The last run that wrote into a folder: its slice and the outputs it was asked for. */
export interface ManifestRun {
  /** `[index, count]` (1-based) of a `--shard` run; `null` for a whole run. */
  shard: [number, number] | null;
  /** File names the run was to produce (written, or found up to date). */
  outputs: string[];
}

/** The `.cases-pdf-manifest.json` of an output folder. */
export interface PdfManifest {
  format: typeof MANIFEST_FORMAT;
  /** The renderer version that wrote the entries. */
  version: string;
  files: Record<string, ManifestEntry>;
  run: ManifestRun | null;
}

const isHex = (v: unknown, length: number): v is string => typeof v === 'string' && v.length === length && /^[0-9a-f]+$/.test(v);

function isEntry(v: unknown): v is ManifestEntry {
  const e = v as ManifestEntry | null;
  return typeof e === 'object' && e !== null && isHex(e.hash, 64) && isHex(e.sha256, 64) && Number.isSafeInteger(e.size) && e.size > 0;
}

function parseRun(v: unknown): ManifestRun | null {
  const r = v as ManifestRun | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.outputs) || !r.outputs.every((o) => typeof o === 'string')) return null;
  const s = r.shard;
  const shard = Array.isArray(s) && s.length === 2 && s.every(Number.isSafeInteger) && s[0] >= 1 && s[0] <= s[1] ? s : null;
  return { shard, outputs: [...r.outputs] };
}

/** An empty manifest for this renderer version. */
export function emptyManifest(version: string): PdfManifest {
  return { format: MANIFEST_FORMAT, version, files: Object.create(null) as Record<string, ManifestEntry>, run: null };
}

/**
 * Read a folder's manifest. A missing, unreadable or foreign file, another layout or another
 * renderer version gives an empty manifest; malformed entries are dropped one by one. The
 * file is data from disk: nothing in it is trusted beyond its shape.
 */
export async function readPdfManifest(dir: string, version: string): Promise<PdfManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dir, MANIFEST_NAME), 'utf8'));
  } catch {
    return emptyManifest(version);
  }
  const m = raw as Partial<PdfManifest> | null;
  if (typeof m !== 'object' || m === null || m.format !== MANIFEST_FORMAT || m.version !== version || typeof m.files !== 'object' || m.files === null) {
    return emptyManifest(version);
  }
  const manifest = emptyManifest(version);
  for (const [name, entry] of Object.entries(m.files)) if (isEntry(entry)) manifest.files[name] = { hash: entry.hash, size: entry.size, sha256: entry.sha256 };
  manifest.run = parseRun(m.run);
  return manifest;
}

/** Write a manifest atomically. */
export function writePdfManifest(dir: string, manifest: PdfManifest): Promise<void> {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((k) => [k, manifest.files[k]]),
  );
  return writeFileAtomic(join(dir, MANIFEST_NAME), JSON.stringify({ ...manifest, files }, null, 1) + '\n');
}

/** The manifest entry of bytes just written. */
export function entryFor(hash: string, bytes: Uint8Array): ManifestEntry {
  return { hash, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** SHA-256 (hex) of a file, streamed. */
export async function fileDigest(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Whether `path` is still the file the entry describes: a regular file of the recorded size
 * whose bytes have the recorded digest. A deleted, truncated or edited output fails; the size
 * is checked first so most damage costs no read.
 */
export async function verifyOutput(path: string, entry: ManifestEntry): Promise<boolean> {
  const s = await stat(path).catch(() => null);
  if (!s?.isFile() || s.size !== entry.size) return false;
  return (await fileDigest(path).catch(() => '')) === entry.sha256;
}
