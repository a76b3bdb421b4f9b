import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

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

const enum Kind {
  Error = 0,
  Raw = 1,
  Latin1 = 2,
  Utf16 = 3,
  TooBig = 4,
}

// The reader thread, as CommonJS source so it needs no file of its own next to the bundle. It
// reads and decodes files, and writes their text as UTF-16 (or Latin-1) into a ring of shared
// slots: making a string from those bytes is a copy, where decoding UTF-8 takes about 3× as
// long (decision 010). All texts of a slot share one encoding, so the main thread makes one string per slot:
// one big string is allocated outside the young generation and never copied by the garbage
// collector, where thousands of file-sized strings would each be copied once or twice.
// Files that need recovery (not UTF-8, BOM, CR) go over as raw bytes.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { paths, ring, slotBytes, slots, flow } = workerData;
const consumed = new Int32Array(flow);
const WIDE = /[^\\u0000-\\u00ff]/;
function read(path) {
  try {
    const bytes = readFileSync(path);
    if (bytes.length * 2 > slotBytes) return { kind: ${Kind.TooBig}, length: 0 };
    const text = bytes.toString('utf8');
    if (text.includes('\\uFFFD') || text.charCodeAt(0) === 0xfeff || text.includes('\\r')) return { kind: ${Kind.Raw}, bytes, length: bytes.length };
    if (WIDE.test(text)) return { kind: ${Kind.Utf16}, text, length: text.length * 2 };
    return { kind: ${Kind.Latin1}, text, length: text.length };
  } catch (err) {
    return { kind: ${Kind.Error}, length: 0, error: String((err && err.message) || err) };
  }
}
let sent = 0;
let i = 0;
let carry = null;
while (i < paths.length) {
  for (let seen = Atomics.load(consumed, 0); sent - seen >= slots; seen = Atomics.load(consumed, 0)) Atomics.wait(consumed, 0, seen, 1000);
  const slot = sent % slots;
  const out = Buffer.from(ring, slot * slotBytes, slotBytes);
  const from = i;
  const meta = [];
  const errors = {};
  let size = 0;
  let encoding = 0;
  while (i < paths.length && meta.length < 3 * 512) {
    const f = carry || read(paths[i]);
    carry = null;
    const isText = f.kind === ${Kind.Utf16} || f.kind === ${Kind.Latin1};
    // A file in the other encoding, or one that does not fit, starts the next slot.
    if ((isText && encoding && f.kind !== encoding) || size + (size & 1) + f.length > slotBytes) {
      carry = f;
      break;
    }
    if (isText) encoding = f.kind;
    size += size & 1;
    if (f.kind === ${Kind.Raw}) f.bytes.copy(out, size);
    else if (isText) out.write(f.text, size, f.kind === ${Kind.Utf16} ? 'utf16le' : 'latin1');
    else if (f.kind === ${Kind.Error}) errors[i] = f.error;
    meta.push(f.kind, size, f.length);
    size += f.length;
    i++;
  }
  parentPort.postMessage({ from, slot, meta, errors, size, encoding });
  sent++;
}
`;

interface ChunkMessage {
  from: number;
  slot: number;
  meta: number[];
  errors: Record<number, string>;
  /** Bytes used in the slot. */
  size: number;
  /** The encoding of the slot's texts (Kind.Utf16 or Kind.Latin1), or 0 when it holds none. */
  encoding: number;
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
  const width = m.encoding === Kind.Utf16 ? 2 : 1;
  const source = m.encoding ? ring.toString(width === 2 ? 'utf16le' : 'latin1', base, base + m.size - (m.size % width)) : '';
  for (let k = 0; k < m.meta.length / 3; k++) {
    const kind = m.meta[k * 3] as Kind;
    const start = m.meta[k * 3 + 1]!;
    const length = m.meta[k * 3 + 2]!;
    if (kind === Kind.Utf16 || kind === Kind.Latin1) {
      const at = start / width;
      out.push({ text: source.slice(at, at + length / width), within: { source, start: at } });
    }
    // Raw bytes are copied out: the slot is reused once this chunk is handed back.
    else if (kind === Kind.Raw) out.push({ bytes: Uint8Array.prototype.slice.call(ring, base + start, base + start + length) });
    else if (kind === Kind.TooBig) out.push(readOne(paths[m.from + k]!));
    else out.push({ error: m.errors[m.from + k] ?? 'unreadable' });
  }
  return out;
}

/**
 * Read files in order, in chunks. A big folder is read (and UTF-8 decoded) by a second thread
 * while the caller parses, so reading costs the caller almost nothing; small folders, and any
 * failure of the thread, fall back to plain synchronous reads. The first LEAD files are
 * always read directly, so the first results come without waiting for the thread to start.
 */
export async function* readAhead(paths: readonly string[], options: { thread?: boolean } = {}): AsyncGenerator<ReadFile[]> {
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
