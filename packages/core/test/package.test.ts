import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import * as core from '@cases/core';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));

it('the public surface is the documented list of exports', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "CasesError",
      "DEFAULT_TAXONOMY",
      "DIAGNOSTIC_CODES",
      "EXPORT_SCHEMA_VERSION",
      "LABELS",
      "blocksToText",
      "classifyPath",
      "countDiagnostics",
      "createLinker",
      "createSearchIndex",
      "createTermMatcher",
      "detectLocale",
      "didYouMean",
      "emptyTaxonomy",
      "exportJsonChunks",
      "facetCounts",
      "findCase",
      "findScenario",
      "formatDiagnostic",
      "idFromPath",
      "inlineToText",
      "isCasesError",
      "labelsFor",
      "linkCollection",
      "loadContent",
      "localeFromPath",
      "markdownToBlocks",
      "normalizeTerm",
      "parseCaseArticle",
      "parseCasePage",
      "parseContentFile",
      "parseInline",
      "parseScenarioPage",
      "parseTaxonomy",
      "queryCases",
      "searchIndexOf",
      "sortDiagnostics",
      "splitFactValues",
      "termLabel",
      "toExport",
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
  expect(Object.keys(browser).sort()).toEqual(['EXPORT_SCHEMA_VERSION', 'LABELS', 'inlineToText', 'labelsFor', 'termLabel']);
  const schemas = await import(/* @vite-ignore */ `${pkgDir}/dist/schema.js`);
  expect(typeof schemas.exportJsonSchema).toBe('function');
  expect(typeof schemas.validateExport).toBe('function');
});
