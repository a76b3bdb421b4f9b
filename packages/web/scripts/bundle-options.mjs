// esbuild options of the browser bundles and the build that uses them, shared by the build,
// the tests and the benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Internal property names the bundles shorten: view context, list query, labels, element hooks. */
export const MANGLED =
  /^(announce|whole|attr|emit|pending|available|termKind|flag|attribute|errorTitle|errorHint|searchPlaceholder|noResultsHint|imageUnavailable|clearAll|pageOf|readMore|provenBy|noResults|langChanged|previews|\$\$typeof)$/;

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  // Names of our own that never meet data, the DOM or a caller, shortened (decision 048). Only
  // these exact names: a property of the export, of an event's detail or of a public result
  // (checkExport's `ok`, `data`, `dropped`) must keep its name.
  mangleProps: MANGLED,
  tsconfig: `${root}tsconfig.json`,
  absWorkingDir: root,
  logLevel: 'warning',
};

/** The elements that have an entry of their own (`elements/cases-<name>.js`). */
export const ELEMENTS = ['card', 'list', 'detail', 'quote', 'scenario'];

/** Options for the ES module, the classic-script bundle and the per-element entries, written to `outdir`. */
export function bundleOptions(outdir) {
  return [
    { ...common, entryPoints: ['src/bundle-esm.ts'], format: 'esm', outfile: `${outdir}/cases-web.js` },
    { ...common, entryPoints: ['src/bundle-iife.ts'], format: 'iife', outfile: `${outdir}/cases-web.iife.js` },
    // One entry per element; what they share is split into chunks, loaded once whatever mix a page uses.
    {
      ...common,
      entryPoints: Object.fromEntries(ELEMENTS.map((name) => [`cases-${name}`, `src/entries/${name}.ts`])),
      format: 'esm',
      splitting: true,
      outdir: `${outdir}/elements`,
      chunkNames: 'chunk-[hash]',
    },
  ];
}

/**
 * Terser's options for the second pass over esbuild's output: esbuild bundles, splits and
 * minifies; terser's compressor (several passes) then shortens the code further, about 3% of the
 * gzipped size (decision 048). `module` keeps the ES modules' import and export names.
 */
const terserOptions = (module) => ({ module, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { ecma: 2020 } });

/**
 * Build the bundles and element entries into `outdir` (esbuild, then terser over each script).
 * @returns esbuild's results, with their metafiles.
 */
export async function buildBundles(outdir) {
  const { build } = await import('esbuild');
  const { minify } = await import('terser');
  return Promise.all(
    bundleOptions(outdir).map(async (options) => {
      const result = await build({ ...options, metafile: true, write: false });
      for (const file of result.outputFiles) {
        const code = file.path.endsWith('.js') ? (await minify(file.text, terserOptions(options.format === 'esm'))).code : file.text;
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, code);
      }
      return result;
    }),
  );
}

/** Import src/index.ts (core's browser entry included) without a build, for the build scripts. */
export async function importSource() {
  const { build } = await import('esbuild');
  const lib = await build({
    entryPoints: [`${root}src/index.ts`],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    absWorkingDir: root,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(lib.outputFiles[0].text).toString('base64')}`);
}
