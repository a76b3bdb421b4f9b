#!/usr/bin/env node
// Prints the cases that prove a scenario: `node index.js [scenario-id] [content-dir] [locale]`.
import { fileURLToPath } from 'node:url';
import { findDocument, labelsFor, loadContent, termLabel } from '@cases/core';

const [id = 'multi-cluster', dir = fileURLToPath(new URL('../../content', import.meta.url)), locale = 'zh'] = process.argv.slice(2);
const collection = await loadContent(dir);
// Ids repeat across locales: a scenario is named by its locale and id.
const scenario = findDocument(collection.scenarios, { locale, id });
if (!scenario) {
  console.error(`no scenario "${id}"; known: ${collection.scenarios.map((s) => s.id).join(', ')}`);
  process.exit(1);
}
const l = labelsFor(scenario.locale);
console.log(`${scenario.title} (${scenario.id})`);
console.log(`  ${scenario.summary}`);
console.log(`  ${l.provenBy}:`);
for (const caseId of scenario.cases) {
  const c = findDocument(collection.cases, { locale: scenario.locale, id: caseId });
  if (!c) continue;
  const features = c.facets.features.map((f) => termLabel(collection.taxonomy, 'features', f, c.locale)).join(', ');
  console.log(`  - ${c.company.name}: ${features}`);
}
