import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { EDITOR_SCHEMA_GLOBS, editorSchemas, type Collection } from '@cases/core';
import { loadCollectionForCli, printJson } from '../context.js';

/** The folder, inside a content folder, that `cases schema --content` writes the editor schemas to. */
export const SCHEMA_DIR = '.cases/schema';

/**
 * Write the editor schemas of a content folder into `<content>/.cases/schema/` and return the
 * `yaml.schemas` mapping (schema path → globs, relative to the content folder) for editors.
 */
export async function writeEditorSchemas(collection: Pick<Collection, 'root' | 'taxonomy'>): Promise<{ files: string[]; mapping: Record<string, string[]> }> {
  const dir = join(collection.root, SCHEMA_DIR);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const mapping: Record<string, string[]> = {};
  for (const [name, schema] of Object.entries(editorSchemas(collection.taxonomy))) {
    const file = join(dir, `${name}.schema.json`);
    await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
    files.push(file);
    const globs = EDITOR_SCHEMA_GLOBS[name as keyof typeof EDITOR_SCHEMA_GLOBS];
    if (globs.length) mapping[`./${SCHEMA_DIR}/${name}.schema.json`] = [...globs];
  }
  return { files, mapping };
}

/** `cases schema`: print the JSON Schema of the export, or write the editor schemas of a content folder. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the export; with --content, write editor schemas for the front matter, taxonomy and settings')
    .option('--content [dir]', `write JSON Schemas of what authors write into DIR/${SCHEMA_DIR}/ (DIR defaults to ./content)`)
    .option('--json', 'JSON output (the only format; accepted for symmetry)')
    .action(async (opts: { content?: string | true; json?: boolean }) => {
      if (opts.content !== undefined) {
        const content = opts.content === true ? 'content' : opts.content;
        const collection = await loadCollectionForCli({ content }, { quiet: true });
        const { files, mapping } = await writeEditorSchemas(collection);
        if (opts.json) printJson({ files, yamlSchemas: mapping });
        else
          process.stdout.write(`${files.map((f) => `wrote ${f}`).join('\n')}\nmap them in your editor with \`cases init ${content}\` (VS Code yaml.schemas)\n`);
        return;
      }
      // zod (behind the schema) loads only for this command.
      const { exportJsonSchema } = await import('@cases/core/schema');
      printJson(exportJsonSchema());
    });
}
