// Dev helper: `node scripts/make-site.mjs OUT [export.json | content-dir]` writes the embed kit
// for an export (default: the test fixture) or a content folder, from src/ without a build.
// The CLI's `cases web` is the real thing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import { build } from 'esbuild';

import { buildBundles, importSource, root } from './bundle-options.mjs';

const [out = 'site', input = `${root}test/fixtures/export.json`] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
await buildBundles(out);
const mod = await importSource();
let data;
if (input.endsWith('.json')) data = JSON.parse(readFileSync(input, 'utf8'));
else {
  // Core from source, bundled to a file so its own dependencies resolve from node_modules.
  const core = `${root}.cache/core.mjs`;
  await build({
    entryPoints: [`${root}../core/src/index.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: core,
    packages: 'external',
    logLevel: 'warning',
  });
  const { loadContent, toExport } = await import(core);
  data = toExport(await loadContent(input));
  writeFileSync(`${root}.cache/seed-export.json`, JSON.stringify(data, null, 2));
}
for (const [name, text] of Object.entries(mod.createEmbedKit(data))) {
  mkdirSync(`${out}/${name}`.replace(/\/[^/]*$/, ''), { recursive: true });
  writeFileSync(`${out}/${name}`, text);
}
writeFileSync(`${out}/cases-web.css`, mod.STYLES.trim() + '\n');
if (existsSync(`${root}custom-elements.json`)) copyFileSync(`${root}custom-elements.json`, `${out}/custom-elements.json`);
console.log(`wrote ${out}`);
