/**
 * `@cases/core`: read customer case studies and solution scenarios from plain content files
 * into a typed model; check, query, search and export it.
 * @module
 */
export { loadContent, parseContentFile, classifyPath } from './load-content.js';
export type { Collection, LoadOptions, LoadProgress, ContentFileKind } from './load-content.js';
export { parseCasePage, idFromPath } from './parse-case-page.js';
export type { ParseOptions, ParseResult } from './parse-case-page.js';
export { parseCaseArticle } from './parse-case-article.js';
export { parseScenarioPage } from './parse-scenario-page.js';
export type { ScenarioPage, ScenarioParseOptions } from './parse-scenario-page.js';
export { parseTaxonomy, emptyTaxonomy } from './parse-taxonomy.js';
export { DEFAULT_TAXONOMY } from './default-taxonomy.js';
export { parseInline } from './parse-inline.js';
export { markdownToBlocks, blocksToText } from './markdown-to-blocks.js';
export { linkCollection, createLinker } from './link-collection.js';
export type { Linker } from './link-collection.js';
export { createTermMatcher, normalizeTerm, splitFactValues } from './match-terms.js';
export type { TermMatcher, FacetKind } from './match-terms.js';
export { queryCases, facetCounts, findCase, findScenario } from './query-cases.js';
export type { CaseFilter, FacetCount, FacetCounts } from './query-cases.js';
export { createSearchIndex, searchIndexOf, tokenize } from './search-index.js';
export type { SearchHit, SearchIndex } from './search-index.js';
export { exportJsonChunks, toExport } from './to-export.js';
export { DIAGNOSTIC_CODES } from './diagnostic-codes.js';
export type { DiagnosticCode } from './diagnostic-codes.js';
export { formatDiagnostic, sortDiagnostics, countDiagnostics } from './diagnostics.js';
export { CasesError, isCasesError } from './cases-error.js';
export { didYouMean } from './did-you-mean.js';
export { detectLocale, localeFromPath } from './detect-locale.js';
// The browser-safe entry (types, labels, the export version) is part of this one as a whole.
export * from './browser.js';
