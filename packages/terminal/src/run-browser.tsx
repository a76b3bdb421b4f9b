import { render } from 'ink';

import { Browser } from './ui/Browser.js';
import { ErrorBoundary } from './ui/ErrorBoundary.js';
import type { BrowserData, RenderPdf } from './ui/types.js';

/** Options of {@link runBrowser}. */
export interface RunBrowserOptions extends BrowserData {
  /** Renders cases to PDF for the `p` key (the CLI hands in `@cases/pdf`). */
  renderPdf?: RenderPdf;
  /** Interface language. @default 'en' */
  locale?: string;
  /** Use colours. @default true */
  color?: boolean;
  /** @default process.stdout */
  stdout?: NodeJS.WriteStream;
  /** @default process.stdin */
  stdin?: NodeJS.ReadStream;
  /**
   * Data that arrives after the first frame (a big folder loading): each update replaces the
   * shown data; `loading` is shown in the header until an update has none.
   */
  updates?: AsyncIterable<{ data: BrowserData; loading?: { loaded: number; total: number } }>;
  /** Loading progress of the first frame's data (with `updates`). */
  loading?: { loaded: number; total: number };
}

const ENTER = '\u001b[?1049h\u001b[H\u001b[2J';
const LEAVE = '\u001b[?25h\u001b[?1049l';

/**
 * Run the full-screen browser until the user quits. Uses the terminal's alternate screen,
 * so the screen is restored on exit, on Ctrl-C, on SIGTERM and on errors; a render error
 * rejects the promise (no stack trace is printed on the screen).
 */
export async function runBrowser(options: RunBrowserOptions): Promise<void> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE);
  };
  stdout.write(ENTER);
  process.once('exit', restore);
  let failure: Error | undefined;
  const { renderPdf, locale, color } = options;
  const tree = (data: BrowserData, loading?: { loaded: number; total: number }) => (
    <ErrorBoundary
      onError={(error) => {
        failure = error;
        // The first render is synchronous: unmount once `render` has returned.
        setImmediate(() => instance.unmount());
      }}
    >
      <Browser
        cases={data.cases}
        scenarios={data.scenarios}
        taxonomy={data.taxonomy}
        {...(data.brand ? { brand: data.brand } : {})}
        {...(data.search ? { search: data.search } : {})}
        {...(renderPdf ? { renderPdf } : {})}
        {...(loading ? { loading } : {})}
        locale={locale ?? 'en'}
        color={color ?? true}
      />
    </ErrorBoundary>
  );
  const instance = render(tree(options, options.loading), { stdout, stdin, exitOnCtrlC: true, patchConsole: true, maxFps: 60 });
  let exited = false;
  void instance.waitUntilExit().finally(() => {
    exited = true;
  });
  if (options.updates) {
    void (async () => {
      for await (const update of options.updates!) {
        if (exited) break;
        instance.rerender(tree(update.data, update.loading));
      }
    })().catch((error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
      instance.unmount();
    });
  }
  const onSignal = () => instance.unmount();
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('exit', restore);
    restore();
  }
  if (failure) throw failure;
}
