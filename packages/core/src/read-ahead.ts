import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** One file as read ahead: its decoded text when it was plain UTF-8, else its bytes, else why it failed. */
export interface ReadFile {
  /** The text, when the file was valid UTF-8 without BOM or CR (what decodeSource would return, silently). */
  text?: string;
  /** The raw bytes, for files that need decodeSource's recovery and diagnostics. */
  bytes?: Uint8Array;
  /** Why the file could not be read. */
  error?: string;
}

/** Below this many files a reader thread costs more (about 25 ms to start) than it saves. */
const WORKER_THRESHOLD = 400;
/** Files per chunk read directly (no thread). */
const CHUNK = 128;
/** The reader thread fills slots of this size in a ring of SLOTS; files that do not fit go over as "read it yourself". */
const SLOT_BYTES = 1 << 20;
const SLOTS = 6;

const enum Kind {
  Error = 0,
  Raw = 1,
  Latin1 = 2,
  Utf16 = 3,
  TooBig = 4,
}

// The reader thread, as CommonJS source so it needs no file of its own next to the bundle. It
// reads and decodes files, and writes their text as UTF-16 (or Latin-1) into a ring of shared
// slots: making a string from those bytes is a copy, where decoding UTF-8 is several times
// slower. Files that need recovery (not UTF-8, BOM, CR) go over as raw bytes.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { paths, ring, slotBytes, slots, flow } = workerData;
const consumed = new Int32Array(flow);
const WIDE = /[^\\u0000-\\u00ff]/;
let sent = 0;
let i = 0;
while (i < paths.length) {
  for (let seen = Atomics.load(consumed, 0); sent - seen >= slots; seen = Atomics.load(consumed, 0)) Atomics.wait(consumed, 0, seen, 1000);
  const slot = sent % slots;
  const out = Buffer.from(ring, slot * slotBytes, slotBytes);
  const from = i;
  const meta = [];
  const errors = {};
  let size = 0;
  while (i < paths.length && meta.length < 3 * 512) {
    let kind = ${Kind.Error};
    let length = 0;
    try {
      const bytes = readFileSync(paths[i]);
      if (bytes.length * 2 > slotBytes) kind = ${Kind.TooBig};
      else {
        const text = bytes.toString('utf8');
        if (text.includes('\\uFFFD') || text.charCodeAt(0) === 0xfeff || text.includes('\\r')) kind = ${Kind.Raw};
        else if (WIDE.test(text)) kind = ${Kind.Utf16};
        else kind = ${Kind.Latin1};
        length = kind === ${Kind.Raw} ? bytes.length : kind === ${Kind.Utf16} ? text.length * 2 : text.length;
        if (size + (size & 1) + length > slotBytes) break;
        size += size & 1;
        if (kind === ${Kind.Raw}) bytes.copy(out, size);
        else out.write(text, size, kind === ${Kind.Utf16} ? 'utf16le' : 'latin1');
      }
    } catch (err) {
      errors[i] = String((err && err.message) || err);
    }
    meta.push(kind, size, length);
    size += length;
    i++;
  }
  parentPort.postMessage({ from, slot, meta, errors });
  sent++;
}
`;

interface ChunkMessage {
  from: number;
  slot: number;
  meta: number[];
  errors: Record<number, string>;
}

function readOne(path: string): ReadFile {
  try {
    return { bytes: readFileSync(path) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function unpack(m: ChunkMessage, ring: Buffer, paths: readonly string[]): ReadFile[] {
  const out: ReadFile[] = [];
  const base = m.slot * SLOT_BYTES;
  for (let k = 0; k < m.meta.length / 3; k++) {
    const kind = m.meta[k * 3] as Kind;
    const start = base + m.meta[k * 3 + 1]!;
    const end = start + m.meta[k * 3 + 2]!;
    if (kind === Kind.Utf16) out.push({ text: ring.toString('utf16le', start, end) });
    else if (kind === Kind.Latin1) out.push({ text: ring.toString('latin1', start, end) });
    // Raw bytes are copied out: the slot is reused once this chunk is handed back.
    else if (kind === Kind.Raw) out.push({ bytes: Uint8Array.prototype.slice.call(ring, start, end) });
    else if (kind === Kind.TooBig) out.push(readOne(paths[m.from + k]!));
    else out.push({ error: m.errors[m.from + k] ?? 'unreadable' });
  }
  return out;
}

/**
 * Read files in order, in chunks. A big folder is read (and UTF-8 decoded) by a second thread
 * while the caller parses, so reading costs the caller almost nothing; small folders, and any
 * failure of the thread, fall back to plain synchronous reads. The first `first` files are
 * always read directly, so the first results come without waiting for the thread to start.
 */
export async function* readAhead(paths: readonly string[], options: { thread?: boolean; first?: number } = {}): AsyncGenerator<ReadFile[]> {
  const first = options.first ?? 32;
  const lead = Math.min(first, paths.length);
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
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { paths: rest, ring, slotBytes: SLOT_BYTES, slots: SLOTS, flow },
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
        const files = unpack(m, ringView, rest);
        // The texts are copies: hand the slot back before the caller parses them.
        Atomics.add(consumed, 0, 1);
        Atomics.notify(consumed, 0);
        next = m.from + files.length;
        yield files;
      } else if (failed) {
        // The thread stopped early (it could not start, or died): read what is left here.
        for (; next < rest.length; next += CHUNK) yield rest.slice(next, next + CHUNK).map(readOne);
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    void worker.terminate();
  }
}
