import { didYouMean } from '@cases/core';
import type { Command } from 'commander';

import { fail } from '../context.js';

/** The command a word names, or a usage error (exit 2) that suggests the nearest one. */
export function commandNamed(program: Command, word: string): Command {
  const found = program.commands.find((c) => c.name() === word || c.aliases().includes(word));
  if (found) return found;
  const names = program.commands.map((c) => c.name());
  const hint = didYouMean(word, names, { slack: 1 }) ?? names.find((n) => n.startsWith(word.toLowerCase()));
  fail(`unknown command "${word}"${hint ? `; did you mean \`cases ${hint}\`?` : ''} (run \`cases help\` for the list)`, 2);
}

/** `cases help [command]`: the overview, or one command's options. */
export function registerHelp(program: Command): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('show help: the list of commands, or one command’s options')
    .argument('[command]', 'a command, e.g. list')
    .action((word: string | undefined) => {
      if (!word) program.outputHelp();
      else commandNamed(program, word).outputHelp();
    });
}
