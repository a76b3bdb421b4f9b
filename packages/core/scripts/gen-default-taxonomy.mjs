// Regenerates src/default-taxonomy.ts from content/taxonomy.yaml (the embedded default).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const here = new URL('..', import.meta.url);
const raw = parse(readFileSync(new URL('../../content/taxonomy.yaml', here), 'utf8'));
const term = (t, feature) => ({
  id: t.id,
  labels: { zh: t.zh, en: t.en },
  synonyms: t.synonyms ?? [],
  ...(feature ? { scenarios: t.scenarios ?? [] } : {}),
});
const taxonomy = {
  industries: raw.industries.map((t) => term(t)),
  cloudTypes: raw.cloudTypes.map((t) => term(t)),
  challenges: raw.challenges.map((t) => term(t)),
  features: raw.features.map((t) => term(t, true)),
  scenarios: raw.scenarios.map((t) => term(t)),
};
writeFileSync(
  new URL('src/default-taxonomy.ts', here),
  `// Generated from content/taxonomy.yaml by scripts/gen-default-taxonomy.mjs; do not edit.\nimport type { Taxonomy } from './schema.js';\n\n/** The taxonomy used when a content folder has no taxonomy.yaml (the KubeSphere terms). */\nexport const DEFAULT_TAXONOMY: Taxonomy = ${JSON.stringify(taxonomy, null, 2)};\n`,
);
