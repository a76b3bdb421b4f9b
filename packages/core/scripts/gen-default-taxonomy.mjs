// Regenerates src/formats/taxonomy/default-taxonomy.ts from content/taxonomy.yaml (the embedded default), read
// with core's own parseTaxonomy (build core first). Any diagnostic stops it.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDiagnostic, parseTaxonomy } from '../dist/index.js';

const here = new URL('..', import.meta.url);
const text = readFileSync(new URL('../../content/taxonomy.yaml', here), 'utf8');
const { value: taxonomy, diagnostics } = parseTaxonomy(text, { path: 'taxonomy.yaml', file: 'content/taxonomy.yaml' });
if (!taxonomy || diagnostics.length) {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  process.exit(1);
}
writeFileSync(
  new URL('src/formats/taxonomy/default-taxonomy.ts', here),
  `// Generated from content/taxonomy.yaml by scripts/gen-default-taxonomy.mjs; do not edit.\nimport type { Taxonomy } from '../../model/model.js';\n\n/** The taxonomy used when a content folder has no taxonomy.yaml (the KubeSphere terms). */\nexport const DEFAULT_TAXONOMY: Taxonomy = ${JSON.stringify(taxonomy, null, 2)};\n`,
);
