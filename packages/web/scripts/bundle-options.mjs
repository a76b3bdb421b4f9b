// esbuild options of the browser bundles and the build that uses them, shared by the build,
// the tests and the benchmarks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where each name `@cases/core/browser` exports is defined: its `export { … } from './x.js'`
 * lines, read from the barrel, as absolute paths.
 */
function coreExports() {
  const barrel = fileURLToPath(new URL('../../core/src/browser.ts', import.meta.url));
  const where = new Map();
  for (const m of readFileSync(barrel, 'utf8').matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/g)) {
    const file = fileURLToPath(new URL(m[2].replace(/\.js$/, '.ts'), `file://${barrel}`));
    for (const name of m[1].split(',')) if (name.trim()) where.set(name.trim().replace(/^type\s+/, ''), file);
  }
  return where;
}

/**
 * An esbuild plugin that rewrites our imports of `@cases/core/browser` into imports of the core
 * files that define each name (what Next.js's `optimizePackageImports` does). esbuild assigns
 * whole files to the chunks of the entries that reach them, and the barrel reaches every core
 * file: through it, code only a list uses (facet counting) would ride in the chunk a card-only
 * page loads (decision 049).
 */
const perFileCoreImports = {
  name: 'per-file-core-imports',
  setup(build) {
    const where = coreExports();
    build.onLoad({ filter: /[\\/]web[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@cases\/core\/browser';/g, (all, typeOnly, list) => {
        const byFile = new Map();
        for (const raw of list.split(',')) {
          const name = raw.trim();
          if (!name) continue;
          const bare = name.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
          const file = where.get(bare);
          if (!file) throw new Error(`${args.path}: ${bare} is not exported by @cases/core/browser`);
          byFile.set(file, [...(byFile.get(file) ?? []), name]);
        }
        return [...byFile].map(([file, names]) => `import ${typeOnly ?? ''}{ ${names.join(', ')} } from ${JSON.stringify(file)};`).join('\n');
      });
      return { contents, loader: 'ts' };
    });
  },
};

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
  plugins: [perFileCoreImports],
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
const terserOptions = (module) => ({
  module,
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  // ASCII only (Chinese labels as \u escapes): a classic script is decoded in the page's charset
  // unless the server names one, and the escapes gzip smaller than UTF-8 here anyway.
  format: { ecma: 2020, ascii_only: true },
});

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
