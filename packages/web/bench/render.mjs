// `npm run bench`: render-to-string and list filtering throughput on a large export (the fixture
// repeated to 200 cases), printed as ratios against JSON.stringify of the same data measured in
// the same run, so numbers compare across machines.
import { readFileSync } from 'node:fs';

import { importSource, root } from '../scripts/bundle-options.mjs';

const web = await importSource();
const fixture = JSON.parse(readFileSync(`${root}test/fixtures/export.json`, 'utf8'));
const cases = Array.from({ length: 200 }, (_, i) => ({ ...fixture.cases[i % fixture.cases.length], id: `case-${i}` }));
const data = { ...fixture, cases };

function measure(name, fn, ms = 600) {
  for (let i = 0; i < 20; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  return { name, perSecond: (n * 1000) / (performance.now() - start) };
}

const reference = measure('JSON.stringify(export) [reference]', () => JSON.stringify(data));
const rows = [
  reference,
  measure('renderToString card', () => web.renderToString('card', data, { attributes: { 'case-id': 'case-7' } })),
  measure('renderToString list (page of 6, counts over 200)', () => web.renderToString('list', data, { attributes: { lang: 'zh' } })),
  measure('renderToString list (page of 12, two facet groups)', () =>
    web.renderToString('list', data, { attributes: { lang: 'zh', 'page-size': '12', facets: 'industry features' } }),
  ),
  measure('renderToString detail', () => web.renderToString('detail', data, { attributes: { 'case-id': 'case-1' } })),
  measure('checkExport (200 cases)', () => web.checkExport(data)),
];
for (const row of rows) {
  console.log(`${row.name.padEnd(52)} ${row.perSecond.toFixed(0).padStart(8)}/s  ${(row.perSecond / reference.perSecond).toFixed(2)}× reference`);
}
