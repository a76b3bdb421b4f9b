// npm run bench: 100 generated case sheets, documents per second and peak memory, against
// md-to-pdf (the same documents as Markdown, 10 files per call) and the floor (one browser,
// page.pdf() on the same HTML). Each contender runs in its own process; memory is the peak
// proportional set size (PSS) of that process and all of its children (Chromium included).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';

import { caseToHtml, defaultConcurrency, findChromium, CHROMIUM_ARGS } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const data = join(repo, 'bench-data', 'pdf');
const N = Number(process.env.BENCH_DOCS ?? 100);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? defaultConcurrency());

/**
 * Memory of a process tree in KiB: the sum of each process's proportional set size (PSS), so
 * pages Chromium's processes share are counted once, not once per process.
 */
function treePssKb(root) {
  const kids = new Map();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(pid)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop();
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let peak = 0;
    let out = '';
    let err = '';
    const timer = setInterval(() => (peak = Math.max(peak, treePssKb(child.pid))), 250);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')} exited ${code}: ${err.slice(-2000)}`));
      else resolve({ ms: performance.now() - t0, peakMb: peak / 1024, out });
    });
  });
}

/** Markdown of a case for md-to-pdf: the same text (facts, highlights, quote, sections). */
function caseToMarkdown(c) {
  const esc = (s) => s.replace(/([\\`*_[\]<>#])/g, '\\$1');
  const lines = [`# ${esc(c.company.name)}`, '', esc(c.company.summary), ''];
  const facts = [
    ['行业', c.facts.industry],
    ['地点', c.facts.location],
    ['云类型', c.facts.cloudType.join('、')],
    ['挑战', c.facts.challenges.join('、')],
    ['采用功能', c.facts.features.join('、')],
  ].filter(([, v]) => v);
  if (facts.length) lines.push(...facts.map(([k, v]) => `- **${k}**: ${esc(v)}`), '');
  const block = (b) => {
    switch (b.type) {
      case 'paragraph':
        return [esc(b.text), ''];
      case 'heading':
        return [`${'#'.repeat(Math.max(3, b.level))} ${esc(b.text)}`, ''];
      case 'list':
        return [...b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${esc(i.text)}`), ''];
      case 'highlights':
        return [...b.items.map((i) => `- **${esc(i.text)}**`), ''];
      case 'quote':
        return [`> ${esc(b.text)}`, ...(b.author ? ['>', `> — ${esc(b.author)}`] : []), ''];
      case 'code':
        return ['```', b.value, '```', ''];
      case 'table':
        return [
          `| ${b.header.map((h) => esc(h.text)).join(' | ')} |`,
          `|${b.header.map(() => '---').join('|')}|`,
          ...b.rows.map((r) => `| ${r.map((x) => esc(x.text)).join(' | ')} |`),
          '',
        ];
      default:
        return [];
    }
  };
  for (const s of c.sections) {
    if (s.title) lines.push(`## ${esc(s.title)}`, '');
    for (const b of s.blocks) lines.push(...block(b));
  }
  return lines.join('\n');
}

const withoutImages = (blocks) => blocks.filter((b) => b.type !== 'image');

async function generate() {
  const seeds = await loadContent(join(repo, 'content'));
  const cases = [];
  for (let i = 0; i < N; i++) {
    const s = seeds.cases[i % seeds.cases.length];
    cases.push({
      ...s,
      id: `bench-${String(i).padStart(3, '0')}`,
      company: { ...s.company, name: `${s.company.name} ${i + 1}`, logo: null },
      sections: s.sections.map((x) => ({ ...x, blocks: withoutImages(x.blocks) })),
    });
  }
  await rm(data, { recursive: true, force: true });
  await mkdir(join(data, 'html'), { recursive: true });
  await mkdir(join(data, 'md'), { recursive: true });
  await writeFile(join(data, 'collection.json'), JSON.stringify({ ...seeds, cases, diagnostics: [] }));
  for (const c of cases) {
    await writeFile(join(data, 'html', `${c.id}.html`), caseToHtml(c, { imageUrl: () => null, taxonomy: seeds.taxonomy }));
    await writeFile(join(data, 'md', `${c.id}.md`), caseToMarkdown(c));
  }
}

async function mdToPdf() {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('md-to-pdf/package.json')), 'dist', 'cli.js');
  const files = (await readdir(join(data, 'md')))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(data, 'md', f));
  const launch = JSON.stringify({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
  const pdfOptions = JSON.stringify({ format: 'a4', printBackground: true });
  let ms = 0;
  let peakMb = 0;
  let retries = 0;
  for (let i = 0; i < files.length; i += 10) {
    // md-to-pdf sometimes fails a batch on this busy machine ("Something went wrong"); a user
    // would run it again, so a failed batch is retried and its time counted.
    for (let attempt = 0; ; attempt++) {
      const t0 = performance.now();
      try {
        const r = await run(process.execPath, [cli, '--launch-options', launch, '--pdf-options', pdfOptions, ...files.slice(i, i + 10)], {
          env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
        });
        ms += r.ms;
        peakMb = Math.max(peakMb, r.peakMb);
        break;
      } catch (err) {
        ms += performance.now() - t0;
        if (attempt >= 2) throw err;
        retries++;
      }
    }
  }
  const written = (await readdir(join(data, 'md'))).filter((f) => f.endsWith('.pdf')).length;
  if (written !== files.length) throw new Error(`md-to-pdf wrote ${written} of ${files.length} PDFs`);
  return { ms, peakMb, note: retries ? `${retries} batch${retries > 1 ? 'es' : ''} retried` : '' };
}

async function contender(mode) {
  const out = join(data, `out-${mode}`);
  await rm(out, { recursive: true, force: true });
  const r = await run(process.execPath, [join(here, 'contender.mjs'), mode, data, out, String(concurrency)]);
  const written = (await readdir(out)).filter((f) => f.endsWith('.pdf')).length;
  if (written !== N) throw new Error(`${mode} wrote ${written} of ${N} PDFs`);
  return { ms: r.ms, peakMb: r.peakMb };
}

await generate();
console.log(`@cases/pdf benchmark: ${N} generated case sheets, concurrency ${concurrency}, ${(await import('node:os')).availableParallelism()} cores`);
const results = {};
for (const name of ['floor', 'ours', 'md-to-pdf']) {
  try {
    results[name] = name === 'md-to-pdf' ? await mdToPdf() : await contender(name);
  } catch (err) {
    results[name] = { error: err.message.split('\n')[0] };
  }
}
const row = (name, r) =>
  r.error
    ? `  ${name.padEnd(10)} failed: ${r.error}`
    : `  ${name.padEnd(10)} ${(N / (r.ms / 1000)).toFixed(2).padStart(6)} docs/s  ${(r.ms / 1000).toFixed(1).padStart(6)} s  peak ${r.peakMb.toFixed(0).padStart(5)} MB${r.note ? `  (${r.note})` : ''}`;
for (const [name, r] of Object.entries(results)) console.log(row(name, r));
const { ours, floor } = results;
const md = results['md-to-pdf'];
if (!ours.error) {
  if (!md.error) console.log(`  ours vs md-to-pdf: ${(md.ms / ours.ms).toFixed(2)}× the throughput (target ≥ 2×)`);
  if (!floor.error) console.log(`  ours vs floor:     ${(ours.ms / floor.ms).toFixed(2)}× the time (target ≤ 1.2×)`);
  console.log(`  peak memory:       ${ours.peakMb.toFixed(0)} MB (target < 1536 MB)`);
}
