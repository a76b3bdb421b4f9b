import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { FileKind, type ChunkMessage, type WorkerInput } from './read-ahead-protocol.js';

/** One file as read ahead: its decoded text when it was plain UTF-8, else its bytes, else why it failed. */
export interface ReadFile {
  /** The text, when the file was valid UTF-8 without BOM or CR (what decodeSource would return, silently). */
  text?: string;
  /**
   * When `text` is part of a bigger string (the texts of a chunk of files live in one string):
   * that string and where `text` starts in it, so parsers can read it in place.
   */
  within?: { source: string; start: number };
  /** The raw bytes, for files that need decodeSource's recovery and diagnostics. */
  bytes?: Uint8Array;
  /** Why the file could not be read. */
  error?: string;
  /** The file's size, when it is over the size limit (it was not read). */
  tooLarge?: number;
}

/**
 * Read a file, unless it is bigger than `maxBytes` (its size is checked first: a 10 GB file is
 * never read into memory).
 */
export function readFileLimited(path: string, maxBytes: number): ReadFile {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { tooLarge: size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read === size ? bytes : bytes.subarray(0, read) };
  } catch (err) {
    return { error: (err as Error).message };
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}

/** Below this many files a reader thread costs more (about 25 ms to start) than it saves. */
const WORKER_THRESHOLD = 400;
/** Files read directly before the thread's first chunk (a user interface shows them at once). */
const LEAD = 32;
/** Files per chunk read directly (no thread). */
const CHUNK = 128;
/** The reader thread fills slots of this size in a ring of SLOTS; files that do not fit go over as "read it yourself". */
const SLOT_BYTES = 1 << 20;
const SLOTS = 6;

function unpack(m: ChunkMessage, ring: Buffer, paths: readonly string[], maxBytes: number): ReadFile[] {
  const out: ReadFile[] = [];
  const base = m.slot * SLOT_BYTES;
  const width = m.encoding === FileKind.Utf16 ? 2 : 1;
  const source = m.encoding !== FileKind.Error ? ring.toString(width === 2 ? 'utf16le' : 'latin1', base, base + m.size - (m.size % width)) : '';
  m.files.forEach(({ kind, start, length }, k) => {
    if (kind === FileKind.Utf16 || kind === FileKind.Latin1) {
      const at = start / width;
      out.push({ text: source.slice(at, at + length / width), within: { source, start: at } });
    }
    // Raw bytes are copied out: the slot is reused once this chunk is handed back.
    else if (kind === FileKind.Raw) out.push({ bytes: Uint8Array.prototype.slice.call(ring, base + start, base + start + length) });
    else if (kind === FileKind.TooBig) out.push(readFileLimited(paths[m.from + k]!, maxBytes));
    else out.push({ error: m.errors[m.from + k] ?? 'unreadable' });
  });
  return out;
}

/**
 * The reader thread's file, built next to this module (dist/read-ahead-worker.js); null when it
 * is not there (running from source), and the loader then reads on its own thread.
 */
function workerFile(given?: string): string | null {
  if (given) return given;
  const url = new URL('./read-ahead-worker.js', import.meta.url);
  if (url.protocol !== 'file:') return null;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/**
 * Read files in order, in chunks. A big folder is read (and UTF-8 decoded) by a second thread
 * while the caller parses, so reading costs the caller almost nothing; small folders, and any
 * failure of the thread, fall back to plain synchronous reads. The first LEAD files are
 * always read directly, so the first results come without waiting for the thread to start.
 */
export async function* readAhead(
  paths: readonly string[],
  options: { thread?: boolean; workerFile?: string; maxBytes?: number } = {},
): AsyncGenerator<ReadFile[]> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const readOne = (path: string) => readFileLimited(path, maxBytes);
  const lead = Math.min(LEAD, paths.length);
  if (lead) yield paths.slice(0, lead).map(readOne);
  const rest = paths.slice(lead);
  if (!rest.length) return;
  if (rest.length < WORKER_THRESHOLD || options.thread === false) {
    for (let i = 0; i < rest.length; i += CHUNK) yield rest.slice(i, i + CHUNK).map(readOne);
    return;
  }

  const flow = new SharedArrayBuffer(4);
  const consumed = new Int32Array(flow);
  const ring = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  const queue: ChunkMessage[] = [];
  let wake: (() => void) | null = null;
  let failed = false;
  const file = workerFile(options.workerFile);
  let worker: Worker;
  try {
    if (!file) throw new Error('no reader thread file');
    // Loaded here: a small folder (and the first frame of `cases browse`) never needs threads.
    const { Worker } = await import('node:worker_threads');
    const input: WorkerInput = { paths: rest, ring, slotBytes: SLOT_BYTES, slots: SLOTS, flow };
    worker = new Worker(file, {
      workerData: input,
      // It holds one file at a time; a small heap keeps the process's memory down.
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
    });
  } catch {
    for (let i = 0; i < rest.length; i += CHUNK) yield rest.slice(i, i + CHUNK).map(readOne);
    return;
  }
  worker.unref();
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: ChunkMessage) => {
    queue.push(m);
    notify();
  });
  worker.on('error', () => {
    failed = true;
    notify();
  });
  worker.on('exit', () => {
    failed = true;
    notify();
  });
  const ringView = Buffer.from(ring);
  let next = 0;
  try {
    while (next < rest.length) {
      const m = queue.shift();
      if (m) {
        const files = unpack(m, ringView, rest, maxBytes);
        // The texts are copies: hand the slot back before the caller parses them.
        Atomics.add(consumed, 0, 1);
        Atomics.notify(consumed, 0);
        next = m.from + files.length;
        yield files;
      } else if (failed) {
        // The thread stopped early (it could not start, or died): read what is left here.
        for (; next < rest.length; next += CHUNK) yield rest.slice(next, next + CHUNK).map(readOne);
      } else {
        // Waiting on the thread alone must keep the process alive; otherwise it does not.
        worker.ref();
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        worker.unref();
      }
    }
  } finally {
    void worker.terminate();
  }
}
