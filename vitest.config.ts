import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cases\/core$/, replacement: src('./packages/core/src/index.ts') },
      { find: /^@cases\/core\/browser$/, replacement: src('./packages/core/src/browser.ts') },
      { find: /^@cases\/core\/schema$/, replacement: src('./packages/core/src/schema.ts') },
      { find: /^@cases\/pdf$/, replacement: src('./packages/pdf/src/index.ts') },
      { find: /^@cases\/terminal$/, replacement: src('./packages/terminal/src/index.ts') },
      { find: /^@cases\/terminal\/text$/, replacement: src('./packages/terminal/src/text.ts') },
      { find: /^@cases\/web$/, replacement: src('./packages/web/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
