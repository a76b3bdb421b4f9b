// Size budget of the browser bundles, gzipped. `node scripts/check-size.mjs [--budget BYTES]`
// prints each size and exits 1 when one is over budget (the build runs it too).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget of each bundle, gzipped: 15 KB. */
export const BUDGET = 15 * 1024;
const FILES = ['dist/cases-web.js', 'dist/cases-web.iife.js'];
const root = fileURLToPath(new URL('..', import.meta.url));

/** Print the gzipped size of each bundle; false when one is over `budget` bytes. */
export function checkSizes(budget = BUDGET) {
  let ok = true;
  for (const file of FILES) {
    const raw = readFileSync(root + file);
    const gz = gzipSync(raw, { level: 9 }).length;
    const over = gz > budget;
    ok &&= !over;
    const line = `${file}: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(2)} KB gzipped (budget ${(budget / 1024).toFixed(2)} KB)`;
    if (over) console.error(`${line}: OVER BUDGET by ${gz - budget} bytes`);
    else console.log(line);
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--budget');
  const budget = i > 0 ? Number(process.argv[i + 1]) : BUDGET;
  process.exitCode = checkSizes(budget) ? 0 : 1;
}
