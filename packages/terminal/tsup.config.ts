import { defineConfig } from 'tsup';

// Two entries: `text` (pure renderers, no Ink) loads fast for commands that only print.
export default defineConfig({
  entry: { index: 'src/index.ts', text: 'src/text.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: false,
  external: ['react-devtools-core'],
});
