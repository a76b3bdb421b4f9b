import { defineConfig } from 'tsup';

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
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
});
