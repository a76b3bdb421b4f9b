/**
 * `@cases/core/schema`: the zod schemas of the model and the export, export validation, and
 * the export's JSON Schema. Kept apart from the main entry so that loading content does not
 * load zod.
 * @module
 */
export { validateExport, exportJsonSchema } from './export/export-schema.js';
export {
  BlockSchema,
  CaseSchema,
  DiagnosticSchema,
  ExportSchema,
  FacetsSchema,
  FactsSchema,
  InlineSchema,
  ScenarioSchema,
  SectionSchema,
  TaxonomySchema,
} from './model/model.js';
