/**
 * The reader thread of {@link readAhead} (decision 010). It reads files and decodes them as
 * UTF-8, and writes their text as UTF-16 (or Latin-1) into a ring of shared slots: making a
 * string from those bytes is a copy, where decoding UTF-8 is several times slower. All texts of
 * a slot share one encoding, so the loader makes one string per slot, which lives outside the
 * young generation and is never copied by the garbage collector. Files that need recovery go
 * over as raw bytes; files too big for a slot go over as "read it yourself".
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { FileKind, type ChunkMessage, type SlotEntry, type WorkerInput } from './read-ahead-protocol.js';

/** A file as read: its text or bytes, and how many bytes it takes in a slot. */
interface Read {
  kind: FileKind;
  byteLength: number;
  text?: string;
  bytes?: Buffer;
  error?: string;
}

/** Files per slot at most (the message stays small). */
const MAX_FILES_PER_SLOT = 512;
const WIDE = /[^\u0000-\u00ff]/;

function read(path: string, slotBytes: number): Read {
  try {
    // Files too big for a slot (and files over the size limit) are left to the loader, unread.
    if (statSync(path).size * 2 > slotBytes) return { kind: FileKind.TooBig, byteLength: 0 };
    const bytes = readFileSync(path);
    if (bytes.length * 2 > slotBytes) return { kind: FileKind.TooBig, byteLength: 0 };
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD') || text.charCodeAt(0) === 0xfeff || text.includes('\r')) return { kind: FileKind.Raw, bytes, byteLength: bytes.length };
    if (WIDE.test(text)) return { kind: FileKind.Utf16, text, byteLength: text.length * 2 };
    return { kind: FileKind.Latin1, text, byteLength: text.length };
  } catch (err) {
    return { kind: FileKind.Error, byteLength: 0, error: err instanceof Error ? err.message : String(err) };
  }
}

function run(port: NonNullable<typeof parentPort>, input: WorkerInput): void {
  const { paths, slotBytes, slots } = input;
  const handedBack = new Int32Array(input.flow);
  let sent = 0;
  let next = 0;
  let carried: Read | null = null;
  while (next < paths.length) {
    // Wait until the loader has handed a slot back.
    for (let back = Atomics.load(handedBack, 0); sent - back >= slots; back = Atomics.load(handedBack, 0)) Atomics.wait(handedBack, 0, back, 1000);
    const slot = sent % slots;
    const out = Buffer.from(input.ring, slot * slotBytes, slotBytes);
    const from = next;
    const files: SlotEntry[] = [];
    const errors: Record<number, string> = {};
    let size = 0;
    let encoding: FileKind = FileKind.Error;
    while (next < paths.length && files.length < MAX_FILES_PER_SLOT) {
      const file: Read = carried ?? read(paths[next]!, slotBytes);
      carried = null;
      const isText = file.kind === FileKind.Utf16 || file.kind === FileKind.Latin1;
      // A text in the other encoding, or a file that does not fit, starts the next slot.
      const aligned = size + (size & 1);
      if ((isText && encoding !== FileKind.Error && file.kind !== encoding) || aligned + file.byteLength > slotBytes) {
        carried = file;
        break;
      }
      if (isText) encoding = file.kind;
      size = aligned;
      if (file.kind === FileKind.Raw) file.bytes!.copy(out, size);
      else if (isText) out.write(file.text!, size, file.kind === FileKind.Utf16 ? 'utf16le' : 'latin1');
      else if (file.kind === FileKind.Error) errors[next] = file.error!;
      files.push({ kind: file.kind, start: size, length: file.byteLength });
      size += file.byteLength;
      next++;
    }
    const message: ChunkMessage = { from, slot, files, errors, size, encoding };
    port.postMessage(message);
    sent++;
  }
}

if (parentPort) run(parentPort, workerData as WorkerInput);
