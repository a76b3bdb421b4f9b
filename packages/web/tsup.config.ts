import { defineConfig } from 'tsup';

// The Node/library entry. The browser bundles (dist/cases-web.js, dist/cases-web.iife.js) are
// built by scripts/build-bundles.mjs with esbuild, then size-checked.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
});
