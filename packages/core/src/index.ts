/**
 * `@cases/core`: read customer case studies and solution scenarios from plain content files
 * into a typed model; check, query, search and export it. The names below follow the pipeline:
 * load → formats → markdown → link → query → export, over the model and diagnostics.
 * @module
 */

// load: a content folder → a collection
export { loadContent, DEFAULT_MAX_FILE_BYTES } from './load/load-content.js';
export type { Collection, LoadOptions, LoadProgress } from './load/load-content.js';
export { parseContentFile } from './load/read-content-file.js';
export { localeFromPath } from './load/locale-from-path.js';

// formats: one file → documents
export { CONTENT_FORMATS, isContentPath, SETTINGS_FORMAT } from './formats/content-formats.js';
export type { ContentFormat, FileDocuments, FormatInput, RootFormat } from './formats/content-formats.js';
export { parseSettings } from './formats/settings/parse-settings.js';
export { SETTINGS_FIELDS } from './formats/settings/settings-fields.js';
export type { SettingField, SettingKind } from './formats/settings/settings-fields.js';
export { parseCasePage } from './formats/case-page/parse-case-page.js';
export { parseCaseArticle } from './formats/case-article/parse-case-article.js';
export { parseScenarioPage } from './formats/scenario-page/parse-scenario-page.js';
export type { ScenarioPage, ScenarioParseOptions } from './formats/scenario-page/parse-scenario-page.js';
export { parseTaxonomy, emptyTaxonomy } from './formats/taxonomy/parse-taxonomy.js';
export { addTaxonomyTerm } from './formats/taxonomy/add-taxonomy-term.js';
export { DEFAULT_TAXONOMY } from './formats/taxonomy/default-taxonomy.js';
export { idFromPath } from './formats/shared/document-identity.js';
export { detectLocale } from './formats/shared/detect-locale.js';
export type { ParseOptions, ParseResult } from './formats/shared/parse-options.js';

// editor: JSON Schemas of what authors write, for editors
export { editorSchemas, EDITOR_SCHEMA_GLOBS } from './editor/front-matter-schemas.js';
export type { EditorSchemaName, JsonSchema } from './editor/front-matter-schemas.js';

// markdown: text → blocks and inline rich text
export { parseInline } from './markdown/parse-inline.js';
export { markdownToBlocks, blocksToText } from './markdown/markdown-to-blocks.js';
export { MAX_MARKDOWN_DEPTH } from './markdown/markdown-parser.js';
export type { MarkdownDiagnostics } from './markdown/markdown-parser.js';

// link: documents → facets, scenarios and cases joined through the taxonomy
export { createLinker } from './link/create-linker.js';
export type { Linker } from './link/create-linker.js';
export { createTermMatcher, normalizeTerm, splitFactValues } from './link/match-terms.js';
export type { TermMatcher, FacetKind } from './link/match-terms.js';

// query: filter, count and search
export { queryCases, selectionOf } from './query/query-cases.js';
export type { CaseFilter } from './query/query-cases.js';
// (the facet engine: FACETS, facetCounts, findDocument, … come with the browser entry below)
export { createSearchIndex, searchIndexOf, tokenize } from './query/search-index.js';
export type { SearchHit, SearchIndex } from './query/search-index.js';

// export: the versioned JSON
export { exportJsonChunks, toExport } from './export/to-export.js';

// diagnostics and errors
export { DIAGNOSTIC_CODES } from './diagnostics/diagnostic-codes.js';
export type { DiagnosticCode } from './diagnostics/diagnostic-codes.js';
export { formatDiagnostic, sortDiagnostics, countDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from './diagnostics/diagnostics.js';
export { CasesError, isCasesError } from './diagnostics/cases-error.js';
export { didYouMean } from './diagnostics/did-you-mean.js';

// The browser-safe entry (the model's types, labels, facets, the export version) is part of this one as a whole.
export * from './browser.js';
