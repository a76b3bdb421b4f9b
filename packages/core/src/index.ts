/**
 * `@cases/core`: read customer case studies and solution scenarios from plain content files
 * into a typed model; check, query, search and export it.
 * @module
 */
export { loadContent, parseContentFile, classifyPath } from './load/load-content.js';
export type { Collection, LoadOptions, LoadProgress, ContentFileKind } from './load/load-content.js';
export { parseCasePage, idFromPath } from './formats/case-page/parse-case-page.js';
export type { ParseOptions, ParseResult } from './formats/case-page/parse-case-page.js';
export { parseCaseArticle } from './formats/case-article/parse-case-article.js';
export { parseScenarioPage } from './formats/scenario-page/parse-scenario-page.js';
export type { ScenarioPage, ScenarioParseOptions } from './formats/scenario-page/parse-scenario-page.js';
export { parseTaxonomy, emptyTaxonomy } from './formats/taxonomy/parse-taxonomy.js';
export { DEFAULT_TAXONOMY } from './formats/taxonomy/default-taxonomy.js';
export { parseInline } from './markdown/parse-inline.js';
export { markdownToBlocks, blocksToText } from './markdown/markdown-to-blocks.js';
export { linkCollection, createLinker } from './link/create-linker.js';
export type { Linker } from './link/create-linker.js';
export { createTermMatcher, normalizeTerm, splitFactValues } from './link/match-terms.js';
export type { TermMatcher, FacetKind } from './link/match-terms.js';
export { queryCases, facetCounts, findCase, findScenario } from './query/query-cases.js';
export type { CaseFilter, FacetCount, FacetCounts } from './query/query-cases.js';
export { createSearchIndex, searchIndexOf, tokenize } from './query/search-index.js';
export type { SearchHit, SearchIndex } from './query/search-index.js';
export { exportJsonChunks, toExport } from './export/to-export.js';
export { DIAGNOSTIC_CODES } from './diagnostics/diagnostic-codes.js';
export type { DiagnosticCode } from './diagnostics/diagnostic-codes.js';
export { formatDiagnostic, sortDiagnostics, countDiagnostics } from './diagnostics/diagnostics.js';
export { CasesError, isCasesError } from './diagnostics/cases-error.js';
export { didYouMean } from './diagnostics/did-you-mean.js';
export { detectLocale, localeFromPath } from './formats/shared/detect-locale.js';
// The browser-safe entry (types, labels, the export version) is part of this one as a whole.
export * from './browser.js';
