// Growth benchmark for the Markdown parsers: input from 1 KB to 4 MB, time per KB at each size.
// Linear parsers keep ms/KB flat; the target is that the slowest size costs at most 2× the
// fastest per KB. Beside the clock (which a busy machine bends), each size also gets a count
// that does not depend on the machine: markdown-it's tokens, rule calls and characters read
// through charCodeAt, per KB. Real-shaped text is made at run time from paragraphs of the pages in
// BENCH_CORPUS (default: the shared corpus beside the repository, else the repository's own
// content/), never copied into the repository. Run with `npm run bench` (builds first).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { markdownToBlocks, parseInline } from '../dist/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const KB = 1024;
const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '1,64,1024,4096').split(',').map(Number);

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(md|txt)$/.test(name)) out.push(path);
  }
  return out;
}

/** Paragraphs as authors write them: Markdown bodies split at blank lines, and case pages' `content:` values. */
function paragraphs() {
  const candidates = [process.env.BENCH_CORPUS, join(here, '../../../../shared/corpus'), join(here, '../../../content')];
  const dir = candidates.find((d) => d && existsSync(d));
  const out = [];
  for (const path of files(dir)) {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const p of body.split(/\n{2,}/)) if (p.trim().length > 20) out.push(p.trim());
    for (const m of text.matchAll(/^\s*-?\s*content:\s*(['"]?)(.{20,})\1\s*$/gm)) out.push(m[2]);
  }
  return { dir, paragraphs: out };
}

/** `size` bytes of text made by repeating `unit` (a function of the running index). */
function fill(size, unit) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const p = unit(i);
    parts.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

/**
 * Time of one parse: the median of 5 batches, each batch as many parses as fill ~50 ms. Every
 * size gets the same number of samples, so small inputs are not favoured by a best-of-many.
 */
function measure(parse, input) {
  let t = performance.now();
  parse(input);
  const once = Math.max(performance.now() - t, 0.001);
  const batch = Math.max(1, Math.ceil(50 / once));
  const samples = [];
  for (let b = 0; b < 5; b++) {
    t = performance.now();
    for (let i = 0; i < batch; i++) parse(input);
    samples.push((performance.now() - t) / batch);
  }
  return samples.sort((x, y) => x - y)[2];
}

/** Deterministic work of parsing `input` with markdown-it as core configures it (html on, links as written). */
function work(input) {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: 128 });
  md.normalizeLink = (url) => url;
  let calls = 0;
  for (const ruler of [md.block.ruler, md.inline.ruler, md.inline.ruler2, md.core.ruler]) {
    for (const rule of ruler.__rules__) {
      const fn = rule.fn;
      rule.fn = (...args) => {
        calls++;
        return fn(...args);
      };
    }
    ruler.__cache__ = null;
  }
  const charCodeAt = String.prototype.charCodeAt;
  let reads = 0;
  String.prototype.charCodeAt = function (i) {
    reads++;
    return charCodeAt.call(this, i);
  };
  let tokens = 0;
  try {
    for (const t of md.parse(input, {})) tokens += 1 + (t.children?.length ?? 0);
  } finally {
    String.prototype.charCodeAt = charCodeAt;
  }
  return calls + reads + tokens;
}

const { dir, paragraphs: real } = paragraphs();
const shapes = [
  { name: `real-shaped Markdown (${real.length} paragraphs from ${dir})`, unit: (i) => real[i % real.length] },
  { name: 'pathological: "*a " repeated (marked took 23 s on 48 KB)', unit: () => '*a '.repeat(1000) },
  { name: 'pathological: nested quotes, brackets and emphasis past the depth limit', unit: () => `${'> '.repeat(100)}${'[**_a '.repeat(100)}x` },
];
const parsers = [
  { name: 'markdownToBlocks', parse: (s) => markdownToBlocks(s) },
  { name: 'parseInline', parse: (s) => parseInline(s) },
];

let allLinear = true;
for (const shape of shapes) {
  console.log(`\n${shape.name}`);
  for (const parser of parsers) {
    const rows = [];
    for (const size of SIZES) {
      const input = fill(size * KB, shape.unit);
      const kb = Buffer.byteLength(input) / KB;
      const ms = measure(parser.parse, input);
      rows.push({ kb, ms, perKb: ms / kb, workPerKb: parser.name === 'markdownToBlocks' ? work(input) / kb : null });
    }
    const spread = (list) => Math.max(...list) / Math.min(...list);
    const growth = spread(rows.map((r) => r.perKb));
    allLinear &&= growth <= 2;
    console.log(`  ${parser.name}`);
    for (const r of rows) {
      const count = r.workPerKb === null ? '' : `  ${Math.round(r.workPerKb).toString().padStart(8)} work/KB`;
      console.log(`    ${r.kb.toFixed(0).padStart(6)} KB  ${r.ms.toFixed(2).padStart(9)} ms  ${(r.perKb * 1000).toFixed(1).padStart(8)} µs/KB${count}`);
    }
    const workGrowth = rows[0].workPerKb === null ? '' : `; work per KB ${spread(rows.map((r) => r.workPerKb)).toFixed(2)}×`;
    console.log(`    per KB, slowest size / fastest: time ${growth.toFixed(2)}×${workGrowth}  ${growth <= 2 ? 'linear (≤ 2×)' : 'NOT LINEAR (> 2× in time)'}`);
  }
}
console.log(allLinear ? '\nall parsers linear' : '\nGROWTH TARGET MISSED');
process.exitCode = allLinear ? 0 : 1;
