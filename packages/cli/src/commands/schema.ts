import type { Command } from 'commander';
import { printJson } from '../context.js';

/** `cases schema`: print the JSON Schema of the export. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the export (for editors and other tools)')
    .option('--json', 'JSON output (the only format; accepted for symmetry)')
    .action(async () => {
      // zod (behind the schema) loads only for this command.
      const { exportJsonSchema } = await import('@cases/core/schema');
      printJson(exportJsonSchema());
    });
}
