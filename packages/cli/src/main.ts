import { Command, CommanderError } from 'commander';
import { isCasesError } from '@cases/core';
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
import { registerDev } from './commands/dev.js';
import { registerInit } from './commands/init.js';
import { registerNew } from './commands/new.js';
import { fail } from './context.js';
import { VERSION } from './version.js';

// A reader that stops early (`cases list | head`) closes the pipe: that ends the output, it is
// not an error to report.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const program = new Command('cases')
  .description('Customer cases and scenarios from plain content files: validate, list, show, export, pdf, browse, web, build.')
  .version(VERSION, '-v, --version')
  .showSuggestionAfterError()
  .enablePositionalOptions()
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

registerValidate(program);
registerList(program);
registerExport(program);
registerSchema(program);
registerShow(program);
registerPdf(program);
registerBrowse(program);
registerWeb(program);
registerBuild(program);
registerInit(program);
registerDev(program);
registerNew(program);

// Plain `cases`: the browser in an interactive terminal, the plain list when piped.
program
  .option('--content <dir>', 'content folder', 'content')
  .allowExcessArguments(true)
  .action(async (opts: { content: string }, cmd: Command) => {
    const [word] = cmd.args;
    if (word) fail(`unknown command "${word}"; run \`cases --help\` for the list`, 2);
    if (process.stdout.isTTY && process.stdin.isTTY) await runBrowse({ content: opts.content } as Parameters<typeof runBrowse>[0]);
    else await runList({ content: opts.content });
  });

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof CliExit) {
      process.stderr.write(`cases: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    if (isCasesError(err)) {
      process.stderr.write(`cases: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`cases: internal error: ${(err as Error)?.message ?? String(err)}\n(set CASES_DEBUG=1 for details)\n`);
    if (process.env.CASES_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    process.exitCode = 1;
  }
}

await main();
