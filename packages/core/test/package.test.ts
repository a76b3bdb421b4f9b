import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import * as core from '@cases/core';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));

it('the public surface is the documented list of exports', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "CONTENT_FORMATS",
      "CasesError",
      "DEFAULT_MAX_FILE_BYTES",
      "DEFAULT_SETTINGS",
      "DEFAULT_TAXONOMY",
      "DIAGNOSTIC_CODES",
      "EDITOR_SCHEMA_GLOBS",
      "EXPORT_SCHEMA_VERSION",
      "FACETS",
      "LABELS",
      "MAX_DIAGNOSTICS_PER_FILE",
      "MAX_EXPORT_DEPTH",
      "MAX_MARKDOWN_DEPTH",
      "PAPER_SIZES",
      "SETTINGS_FIELDS",
      "SETTINGS_FILE",
      "SETTINGS_FORMAT",
      "addTaxonomyTerm",
      "blocksToText",
      "checkExportData",
      "countDiagnostics",
      "createLinker",
      "createSearchIndex",
      "createTermMatcher",
      "detectLocale",
      "didYouMean",
      "documentKey",
      "editorSchemas",
      "emptyTaxonomy",
      "exportJsonChunks",
      "facetCounts",
      "facetNamed",
      "facetValues",
      "filterByFacets",
      "findDocument",
      "formatDiagnostic",
      "hasSelection",
      "idFromPath",
      "inlineToText",
      "isCasesError",
      "isContentPath",
      "labelsFor",
      "loadContent",
      "localeFromPath",
      "markdownToBlocks",
      "matchesFacets",
      "normalizeTerm",
      "parseCaseArticle",
      "parseCasePage",
      "parseContentFile",
      "parseInline",
      "parseScenarioPage",
      "parseSettings",
      "parseTaxonomy",
      "queryCases",
      "rewriteImageUrls",
      "richInline",
      "searchIndexOf",
      "selectionOf",
      "sortDiagnostics",
      "splitFactValues",
      "termLabel",
      "toExport",
      "toggleFacet",
      "tokenize",
    ]
  `);
});

it('every exports path exists after the build, and the built package loads', async () => {
  for (const [, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) expect(existsSync(`${pkgDir}/${file}`), file).toBe(true);
  }
  const built = await import(/* @vite-ignore */ `${pkgDir}/dist/index.js`);
  expect(Object.keys(built).sort()).toEqual(Object.keys(core).sort());
  const browser = await import(/* @vite-ignore */ `${pkgDir}/dist/browser.js`);
  expect(Object.keys(browser).sort()).toEqual([
    'DEFAULT_SETTINGS',
    'EXPORT_SCHEMA_VERSION',
    'FACETS',
    'LABELS',
    'MAX_EXPORT_DEPTH',
    'PAPER_SIZES',
    'SETTINGS_FILE',
    'checkExportData',
    'documentKey',
    'facetCounts',
    'facetNamed',
    'facetValues',
    'filterByFacets',
    'findDocument',
    'hasSelection',
    'inlineToText',
    'labelsFor',
    'matchesFacets',
    'rewriteImageUrls',
    'richInline',
    'termLabel',
    'toggleFacet',
  ]);
  const schemas = await import(/* @vite-ignore */ `${pkgDir}/dist/schema.js`);
  expect(typeof schemas.exportJsonSchema).toBe('function');
  expect(typeof schemas.validateExport).toBe('function');
});
