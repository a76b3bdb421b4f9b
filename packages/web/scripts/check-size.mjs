// Size budget of the browser bundles, gzipped. `node scripts/check-size.mjs [--budget BYTES]
// [--dir DIR]` prints each size and exits 1 when one is over budget (the build runs it too).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget of each bundle, gzipped: 15 KB. */
export const BUDGET = 15 * 1024;
const FILES = ['cases-web.js', 'cases-web.iife.js'];
const dist = fileURLToPath(new URL('../dist', import.meta.url));

/** Print the gzipped size of each bundle in `dir`; false when one is over `budget` bytes. */
export function checkSizes(budget = BUDGET, dir = dist) {
  let ok = true;
  for (const name of FILES) {
    const file = `${dir}/${name}`;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    const over = gz > budget;
    ok &&= !over;
    const line = `${name}: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(2)} KB gzipped (budget ${(budget / 1024).toFixed(2)} KB)`;
    if (over) console.error(`${line}: OVER BUDGET by ${gz - budget} bytes`);
    else console.log(line);
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  process.exitCode = checkSizes(Number(arg('--budget') ?? BUDGET), arg('--dir') ?? dist) ? 0 : 1;
}
