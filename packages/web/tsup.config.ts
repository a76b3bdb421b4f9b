import { defineConfig } from 'tsup';

// The library entry, and the ES module bundle's entry for its type declarations. The browser
// bundles themselves (dist/cases-web.js, dist/cases-web.iife.js) are then rebuilt minified and
// self-contained by scripts/build-bundles.mjs with esbuild, and size-checked.
export default defineConfig({
  entry: { index: 'src/index.ts', 'cases-web': 'src/bundle-esm.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
});
