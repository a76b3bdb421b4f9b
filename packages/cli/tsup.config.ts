import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// Every `string-width` in the bundle (Ink's, and its helpers') but the one behind the terminal's
// displayWidth resolves to src/string-width-for-ink.ts: displayWidth under string-width's
// signature, which leaves the emoji expression alone for the characters whose width is certain.
const stringWidthForInk = {
  name: 'string-width-for-ink',
  setup(build: { onResolve(options: { filter: RegExp }, callback: (args: { importer: string }) => { path: string } | undefined): void }) {
    const shim = fileURLToPath(new URL('src/string-width-for-ink.ts', import.meta.url));
    build.onResolve({ filter: /^string-width$/ }, ({ importer }) =>
      /[\\/]terminal[\\/]src[\\/]text[\\/]display-width\.ts$/.test(importer) ? undefined : { path: shim },
    );
  },
};

// The CLI is bundled into one ESM file with every dependency inlined (module loading
// dominates start-up time); heavy surfaces are split into chunks loaded on demand.
export default defineConfig({
  // The reader thread of core's loader is a file of its own, found next to the bundle.
  entry: { main: 'src/main.ts', 'read-ahead-worker': '../core/src/load/read-ahead-worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  dts: false,
  noExternal: [/^(?!puppeteer|react-devtools-core)/],
  external: ['puppeteer-core', 'puppeteer', 'react-devtools-core'],
  esbuildPlugins: [stringWidthForInk],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});
