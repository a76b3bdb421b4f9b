/**
 * What the reader thread (read-ahead-worker.ts) and the loader (read-ahead.ts) agree on: how a
 * file crosses in the shared ring, and the messages that describe each filled slot.
 */

/** How one file crossed. */
export const FileKind = {
  /** It could not be read; the message's `errors` says why. */
  Error: 0,
  /** Raw bytes that need decodeSource's recovery (not UTF-8, a BOM, CR line ends). */
  Raw: 1,
  /** Text that fits Latin-1, one byte per character. */
  Latin1: 2,
  /** Text as UTF-16, two bytes per character. */
  Utf16: 3,
  /** Too big for a slot: the loader reads it itself. */
  TooBig: 4,
} as const;
export type FileKind = (typeof FileKind)[keyof typeof FileKind];

/** What the loader hands the thread. */
export interface WorkerInput {
  paths: readonly string[];
  /** The ring: `slots` slots of `slotBytes` bytes. */
  ring: SharedArrayBuffer;
  slotBytes: number;
  slots: number;
  /** One Int32: how many slots the loader has handed back. */
  flow: SharedArrayBuffer;
}

/** One file's place in a slot. */
export interface SlotEntry {
  kind: FileKind;
  /** Byte offset in the slot. */
  start: number;
  /** Length in bytes. */
  length: number;
}

/** A filled slot. */
export interface ChunkMessage {
  /** Index (in `paths`) of the slot's first file. */
  from: number;
  slot: number;
  files: SlotEntry[];
  /** Why files failed, by index in `paths`. */
  errors: Record<number, string>;
  /** Bytes used in the slot. */
  size: number;
  /** The encoding of the slot's texts (Utf16 or Latin1), or Error (0) when it holds none. */
  encoding: FileKind;
}
