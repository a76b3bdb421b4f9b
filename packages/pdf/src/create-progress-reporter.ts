import cliProgress from 'cli-progress';

import type { PdfEvent } from './render-pdfs.js';

/** Turns {@link PdfEvent}s into a progress bar on a terminal, and into nothing when piped. */
export interface ProgressReporter {
  onEvent(event: PdfEvent): void;
  stop(): void;
}

/**
 * A progress bar on `stream` when it is a terminal; silent otherwise (warnings and failures are
 * the caller's to print).
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return { onEvent: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'PDF {bar} {value}/{total} {name}', hideCursor: true, clearOnComplete: true, barsize: 24 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onEvent(e) {
      if (e.type === 'start') {
        if (e.total > 0) {
          bar.start(e.total, 0, { name: '' });
          started = true;
        }
      } else if (started && (e.type === 'done' || e.type === 'failed')) {
        bar.increment({ name: e.name });
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
