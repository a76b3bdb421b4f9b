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

/** Options for the ES module and the classic-script bundle, written to `outdir`. */
export function bundleOptions(outdir) {
  return [
    { ...common, entryPoints: ['src/bundle-esm.ts'], format: 'esm', outfile: `${outdir}/cases-web.js` },
    { ...common, entryPoints: ['src/bundle-iife.ts'], format: 'iife', globalName: 'CasesWeb', outfile: `${outdir}/cases-web.iife.js` },
  ];
}

/** Import src/index.ts (core's browser entry included) without a build, for the build scripts. */
export async function importSource() {
  const { build } = await import('esbuild');
  const lib = await build({
    entryPoints: [`${root}src/index.ts`], bundle: true, platform: 'neutral', format: 'esm', write: false,
    tsconfig: `${root}tsconfig.json`, absWorkingDir: root, logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(lib.outputFiles[0].text).toString('base64')}`);
}
