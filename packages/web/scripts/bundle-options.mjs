// esbuild options of the browser bundles, shared by the build and the tests.
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
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
    { ...common, entryPoints: ['src/bundle-iife.ts'], format: 'iife', globalName: 'CasesWeb', outfile: `${outdir}/cases-web.iife.js` },
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
