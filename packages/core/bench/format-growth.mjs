// Growth benchmark for every content format read through `parseContentFile` (decode, front
// matter, YAML, Markdown, linking to the taxonomy): a case page with more and more content
// items, a case article with more and more paragraphs, the plain-text scenarios page with more
// and more sections, and a taxonomy with more and more terms — 1 KB to 4 MB each, built at run
// time from the repository's own content. Prints ms per KB at each size and the ratio of the
// slowest to the fastest size per KB (linear parsers stay near 1; the target is ≤ 2×).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TAXONOMY, parseContentFile, parseTaxonomy } from '../dist/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const content = join(here, '../../../content');
const KB = 1024;
const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '1,64,1024,4096').split(',').map(Number);
const read = (p) => readFileSync(join(content, p), 'utf8');

/** Repeat `unit(i)` after `head` until the text reaches `bytes`. */
function grow(head, unit, bytes) {
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const piece = unit(i);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

const page = read('cases/zh/vesoft.md');
const items = page.slice(
  page.indexOf('  listLeft:\n') + '  listLeft:\n'.length,
  page.indexOf('\n  rightPart:') === -1 ? undefined : page.indexOf('\n  rightPart:'),
);
const pageHead = page.slice(0, page.indexOf('  listLeft:\n') + '  listLeft:\n'.length);
const article = read('cases/zh/internet-ecommerce.md');
const articleHead = article.slice(0, article.indexOf('\n---', 4) + 5);
const articleBody = article.slice(articleHead.length);
const scenarios = read('scenarios/zh/use-cases.txt');

const shapes = {
  // The front matter closes after the items; the page's own facts come first.
  'case page (YAML items)': (bytes) => grow(pageHead, (i) => items.replace(/title: (.*)/g, `title: $1 ${i}`), bytes) + '\n---\n',
  'case article (Markdown body)': (bytes) => grow(articleHead, () => articleBody, bytes),
  'scenarios page (plain text)': (bytes) => grow('', () => scenarios, bytes),
  'taxonomy (YAML terms)': (bytes) =>
    grow('features:\n', (i) => `  - id: term-${i}\n    zh: 功能 ${i}\n    en: Feature ${i}\n    synonyms:\n      - 别名 ${i}\n      - Alias ${i}\n`, bytes),
};
const paths = {
  'case page (YAML items)': 'cases/zh/grow.md',
  'case article (Markdown body)': 'cases/zh/grow-article.md',
  'scenarios page (plain text)': 'scenarios/zh/grow.txt',
  'taxonomy (YAML terms)': 'taxonomy.yaml',
};
/** Read one input the way the loader does: the taxonomy has its own reader. */
const parse = (name, bytes) =>
  name.startsWith('taxonomy')
    ? parseTaxonomy(bytes.toString('utf8'), { path: paths[name] })
    : parseContentFile(bytes, paths[name], paths[name], DEFAULT_TAXONOMY);
// With --expose-gc (npm run bench passes it), each timed run starts from a collected heap, so a
// run does not pay for the garbage of the one before it.
const collect = globalThis.gc ?? (() => {});

console.log(
  'format growth: µs per KB through parseContentFile / parseTaxonomy (best of 3; small sizes repeated to fill 64 KB of work); growth = dearest KB at any size ÷ a KB of the smallest',
);
let worst = 0;
// Warm the code up first, so the smallest size is not the one that pays for compiling it.
for (const [name, make] of Object.entries(shapes)) {
  const warm = Buffer.from(make(256 * KB));
  for (let r = 0; r < 5; r++) parse(name, warm);
}
for (const [name, make] of Object.entries(shapes)) {
  const row = [];
  for (const kb of SIZES) {
    const bytes = Buffer.from(make(kb * KB));
    const repeat = Math.max(1, Math.round(64 / kb));
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      collect();
      const t = performance.now();
      for (let r = 0; r < repeat; r++) parse(name, bytes);
      best = Math.min(best, (performance.now() - t) / repeat);
    }
    row.push({ kb: bytes.length / KB, perKb: best / (bytes.length / KB) });
  }
  // Growth: the dearest KB at any size against a KB of the smallest input. A small file pays a
  // fixed cost per file, so per-KB cost may fall with size; linear means it never climbs.
  const per = row.map((r) => r.perKb);
  const ratio = Math.max(...per) / per[0];
  worst = Math.max(worst, ratio);
  console.log(`  ${name.padEnd(30)} ${row.map((r) => `${r.kb.toFixed(0)} KB ${(r.perKb * 1000).toFixed(0)} µs/KB`).join(' | ')}  → ${ratio.toFixed(2)}×`);
}
console.log(`worst growth: ${worst.toFixed(2)}× (target ≤ 2×) ${worst <= 2 ? 'met' : 'MISSED'}`);
