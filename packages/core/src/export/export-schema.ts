import { z } from 'zod';
import { ExportSchema, type ExportData } from '../model/model.js';
import { EXPORT_SCHEMA_VERSION } from '../model/export-version.js';

/**
 * Validate parsed JSON against the export schema.
 * @returns the data, or the list of problems as `path: message` strings.
 */
export function validateExport(data: unknown): { ok: true; data: ExportData } | { ok: false; issues: string[] } {
  const r = ExportSchema.safeParse(data);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

/**
 * The JSON Schema (draft 2020-12) of the export, generated from the zod schemas.
 * @example JSON.stringify(exportJsonSchema(), null, 2)
 */
export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExportSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://cases.dev/schema/export-v${EXPORT_SCHEMA_VERSION}.json`,
    title: 'cases export',
    description: 'Customer cases, scenarios and the taxonomy, as written by `cases export`.',
  };
}
