import { Command, CommanderError, Option } from 'commander';
import { isCasesError } from '@cases/core';
import { sanitizeText } from '@cases/terminal/text';
import { CliExit } from './context.js';
import { registerExport } from './commands/export.js';
import { registerList, runList } from './commands/list.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { registerShow } from './commands/show.js';
import { registerPdf } from './commands/pdf.js';
import { registerBrowse, runBrowse } from './commands/browse.js';
import { registerWeb } from './commands/web.js';
import { registerBuild } from './commands/build.js';
import { registerServe } from './commands/serve.js';
import { commandNamed, registerHelp } from './commands/help.js';
import { writeError } from './context.js';
import { registerDev } from './commands/dev.js';
import { registerInit } from './commands/init.js';
import { registerNew } from './commands/new.js';
import { VERSION } from './version.js';
import { TemporaryPaths } from './output-safety.js';
import { createProgress, PROGRESS_MODES, type Progress, type ProgressMode } from './progress.js';

// A reader that stops early (`cases list | head`) closes the pipe: that ends the output, it is
// not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Temporary files and folders of this run: removed on exit, after a failure and on Ctrl-C.
const temporary = new TemporaryPaths();

const program = new Command('cases')
  .description('Customer cases and scenarios from plain content files: validate, list, show, export, pdf, browse, web, build.')
  .version(VERSION, '-v, --version')
  .showSuggestionAfterError()
  .enablePositionalOptions()
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(sanitizeText(str)) });

registerValidate(program);
registerList(program);
registerExport(program, temporary);
registerSchema(program);
registerShow(program);
registerPdf(program, temporary);
registerBrowse(program);
registerWeb(program);
registerBuild(program, temporary);
registerServe(program);
registerInit(program);
registerDev(program);
registerNew(program);
registerHelp(program);

// How this run reports progress: `--progress` of the command, else of `cases` itself.
const run: { progress?: Progress } = {};
program.addOption(
  new Option('--progress <mode>', 'progress of long commands: auto, plain (lines), json (NDJSON events on stderr), none')
    .choices([...PROGRESS_MODES])
    .default('auto'),
);
program.hook('preAction', (root, action) => {
  // Long commands (those with their own --progress) report by default; others only when asked.
  const long = action.options.some((o) => o.attributeName() === 'progress');
  if (!long && root.getOptionValueSource('progress') !== 'cli') return;
  const mode = (action.getOptionValueSource('progress') === 'cli' ? action.getOptionValue('progress') : root.getOptionValue('progress')) as ProgressMode;
  // CASES_PROGRESS_INTERVAL: milliseconds between plain progress lines (0: every step). @default 2000
  const interval = Number(process.env.CASES_PROGRESS_INTERVAL);
  run.progress = createProgress(mode, process.stderr, Number.isFinite(interval) && interval >= 0 ? { interval } : {});
  action.setOptionValue('reporter', run.progress);
});
program.hook('postAction', () => run.progress?.stop());

// `cases --content DIR list`: the folder given before the command counts for it, unless the
// command is given its own.
program.hook('preAction', (root, action) => {
  if (action === root || root.getOptionValueSource('content') !== 'cli') return;
  if (action.options.some((o) => o.attributeName() === 'content') && action.getOptionValueSource('content') !== 'cli') {
    action.setOptionValueWithSource('content', root.getOptionValue('content'), 'cli');
  }
});

// Plain `cases`: the browser in an interactive terminal, the plain list when piped.
program
  .option('--content <dir>', 'content folder', 'content')
  .allowExcessArguments(true)
  .action(async (opts: { content: string }, cmd: Command) => {
    const [word] = cmd.args;
    if (word) commandNamed(program, word);
    if (process.stdout.isTTY && process.stdin.isTTY) await runBrowse({ content: opts.content } as Parameters<typeof runBrowse>[0]);
    else await runList({ content: opts.content });
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    report(err);
  } finally {
    run.progress?.stop();
  }
}

/** Print a failure as one message (never a stack trace unless CASES_DEBUG) and set the exit code. */
function report(err: unknown): void {
  if (err instanceof CommanderError) {
    process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 2;
    return;
  }
  if (err instanceof CliExit) {
    writeError(`cases: ${err.message}\n`);
    process.exitCode = err.exitCode;
    return;
  }
  if (isCasesError(err)) {
    writeError(`cases: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  writeError(`cases: internal error: ${(err as Error)?.message ?? String(err)}\n(set CASES_DEBUG=1 for details)\n`);
  if (process.env.CASES_DEBUG) writeError(`${(err as Error)?.stack}\n`);
  process.exitCode = 1;
}

await main();
