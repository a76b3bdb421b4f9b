import { sanitizeText } from '@cases/terminal/text';

/** How a long command reports progress (`--progress`). */
export type ProgressMode = 'auto' | 'plain' | 'json' | 'none';

/** Every mode `--progress` takes. */
export const PROGRESS_MODES: readonly ProgressMode[] = ['auto', 'plain', 'json', 'none'];

/**
 * One step of a long command. In `--progress json` each is one line of NDJSON on stderr with
 * `type`, `phase` (load, export, pdf, web) and `time` (ms since the command started).
 */
export type ProgressEvent =
  | { type: 'start'; phase: string; total: number }
  | { type: 'progress'; phase: string; done: number; total: number; name?: string; status?: string }
  | { type: 'warning'; phase: string; code: string; message: string; file?: string; line?: number; column?: number }
  | { type: 'end'; phase: string; done: number; total: number; failed?: number }
  | { type: 'message'; text: string };

/** Reports progress events in the chosen mode. */
export interface Progress {
  readonly mode: 'bar' | 'plain' | 'json' | 'none';
  emit(event: ProgressEvent): void;
  /** Restore stderr (json mode wraps every other line written there). */
  stop(): void;
}

/**
 * Progress for this run. `auto` is a bar on a terminal (drawn by the command) and plain lines
 * otherwise. A plain line comes once a phase has run `interval` ms, then at most every
 * `interval` ms, and a last one when such a phase ends: a CI log shows a long run's progress
 * without redraws, and a quick run stays quiet (`interval` 0 prints every step). `json` makes
 * stderr pure NDJSON: any other line written there becomes a `message` event.
 */
export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr, { interval = 2000 }: { interval?: number } = {}): Progress {
  const started = Date.now();
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'plain') : mode;
  if (resolved === 'json') {
    const write = stream.write.bind(stream) as (chunk: string) => boolean;
    const line = (event: ProgressEvent) => write(`${JSON.stringify({ ...event, time: Date.now() - started })}\n`);
    let pending = '';
    // Lines other code writes to stderr become message events, so the stream stays NDJSON.
    const wrapped = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      let end: number;
      while ((end = pending.indexOf('\n')) >= 0) {
        const text = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (text.trim()) line({ type: 'message', text });
      }
      const callback = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
    stream.write = wrapped as typeof stream.write;
    return {
      mode: 'json',
      emit: line,
      stop() {
        if (pending.trim()) line({ type: 'message', text: pending });
        pending = '';
        stream.write = write as typeof stream.write;
      },
    };
  }
  if (resolved === 'plain') {
    // Per phase: when it started, and when a line was last printed (0: none yet).
    const phases = new Map<string, { started: number; printed: number }>();
    const print = (text: string) => stream.write(sanitizeText(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}\n`));
    return {
      mode: 'plain',
      emit(event) {
        if (event.type === 'message' || event.type === 'warning') return;
        const now = Date.now();
        if (event.type === 'start') {
          phases.set(event.phase, { started: now, printed: 0 });
          if (interval === 0) print(`${event.phase}: starting, ${event.total} to do`);
          return;
        }
        const phase = phases.get(event.phase) ?? { started: now, printed: 0 };
        phases.set(event.phase, phase);
        if (event.type === 'progress') {
          if (now - (phase.printed || phase.started) < interval) return;
          phase.printed = now;
          print(`${event.phase}: ${event.done}/${event.total}${event.name ? ` ${event.name}` : ''}`);
          return;
        }
        // A phase that printed nothing was quick: its end needs no line either.
        if (interval === 0 || phase.printed) print(`${event.phase}: finished ${event.done}/${event.total}${event.failed ? `, ${event.failed} failed` : ''}`);
      },
      stop: () => undefined,
    };
  }
  return { mode: resolved, emit: () => undefined, stop: () => undefined };
}
