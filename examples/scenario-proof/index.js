#!/usr/bin/env node
// Prints the cases that prove a scenario: `node index.js [scenario-id] [content-dir]`.
import { fileURLToPath } from 'node:url';
import { findScenario, labelsFor, loadContent, termLabel } from '@cases/core';

const [id = 'multi-cluster', dir = fileURLToPath(new URL('../../content', import.meta.url))] = process.argv.slice(2);
const collection = await loadContent(dir);
const scenario = findScenario(collection, id);
if (!scenario) {
  console.error(`no scenario "${id}"; known: ${collection.scenarios.map((s) => s.id).join(', ')}`);
  process.exit(1);
}
const l = labelsFor(scenario.locale);
console.log(`${scenario.title} (${scenario.id})`);
console.log(`  ${scenario.summary}`);
console.log(`  ${l.provenBy}:`);
for (const caseId of scenario.cases) {
  const c = collection.cases.find((x) => x.id === caseId && x.locale === scenario.locale);
  const features = c.facets.features.map((f) => termLabel(collection.taxonomy, 'features', f, c.locale)).join(', ');
  console.log(`  - ${c.company.name}: ${features}`);
}
