import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import * as api from '@cases/pdf';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

describe('@cases/pdf public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ASSET_PATH",
        "BROCHURE_FILE",
        "CHROMIUM_ARGS",
        "FONT_FILES",
        "FONT_PATH",
        "MANIFEST_FORMAT",
        "MANIFEST_NAME",
        "PAGE_ORIGIN",
        "RENDERER_VERSION",
        "SYSTEM_BROWSERS",
        "brochureFileName",
        "brochureTitle",
        "brochureToHtml",
        "caseDocumentTitle",
        "caseToHtml",
        "createPdfRenderer",
        "createProgressReporter",
        "createRemoteImageFetcher",
        "createSheetNamer",
        "defaultCacheDir",
        "defaultConcurrency",
        "findChromium",
        "fontFaceCss",
        "loadImages",
        "mergePdfShards",
        "parseShard",
        "readFont",
        "readPdfManifest",
        "readPdfOutline",
        "renderPdfs",
        "setPdfMetadata",
        "shardOf",
        "sheetFileName",
        "sniffImageType",
        "verifyOutput",
        "writeFileAtomic",
      ]
    `);
  });

  it('ships every bundled font', () => {
    for (const f of api.FONT_FILES) expect(existsSync(`${pkgDir}/fonts/${f}`), f).toBe(true);
  });

  it.runIf(existsSync(`${pkgDir}/dist/index.js`))('the built dist/ matches src and every exports path exists', async () => {
    const pkg = JSON.parse(await readFile(`${pkgDir}/package.json`, 'utf8')) as { exports: Record<string, { types?: string; default?: string } | string> };
    for (const entry of Object.values(pkg.exports)) {
      for (const file of typeof entry === 'string' ? [entry] : Object.values(entry)) expect(existsSync(`${pkgDir}/${file}`), file).toBe(true);
    }
    const dist = (await import(`${pkgDir}/dist/index.js`)) as typeof api;
    expect(Object.keys(dist).sort()).toEqual(Object.keys(api).sort());
  });
});
