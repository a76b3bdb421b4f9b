import { Command, CommanderError } from 'commander';
import { isCasesError } from '@cases/core';
import { CliExit } from './context.js';
import { registerExport } from './commands/export.js';
import { registerList, runList } from './commands/list.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { VERSION } from './version.js';

const program = new Command('cases')
  .description('Customer cases and scenarios from plain content files: validate, list, show, export, pdf, browse, web, build.')
  .version(VERSION, '-v, --version')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

registerValidate(program);
registerList(program);
registerExport(program);
registerSchema(program);

program
  .option('--content <dir>', 'content folder', 'content')
  .action(async (opts: { content: string }) => {
    await runList({ content: opts.content });
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
