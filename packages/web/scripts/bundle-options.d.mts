import type { BuildOptions } from 'esbuild';

/** The package folder. */
export const root: string;
/** Options for the ES module and the classic-script bundle, written to `outdir`. */
export function bundleOptions(outdir: string): BuildOptions[];
/** Import src/index.ts without a build. */
export function importSource(): Promise<typeof import('../src/index.js')>;
/** Internal property names the bundles shorten (esbuild `mangleProps`). */
export const MANGLED: RegExp;
/** Build the bundles and element entries into `outdir` (esbuild, then terser); esbuild's results with metafiles. */
export function buildBundles(outdir: string): Promise<import('esbuild').BuildResult<{ metafile: true; write: false }>[]>;
