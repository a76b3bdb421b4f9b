// Benchmark: load 10,000 generated case pages with @cases/core, against a bare `yaml` parse of
// the same files measured in the same run. Run with `npm run bench` (builds first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = Number(process.env.BENCH_FILES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const here = fileURLToPath(new URL('.', import.meta.url));
const seeds = join(here, '../../../content/cases/zh');
const dir = join(tmpdir(), `cases-bench-${N}`);

function generate() {
  const pages = readdirSync(seeds)
    .map((f) => readFileSync(join(seeds, f), 'utf8'))
    .filter((t) => /^section2:/m.test(t));
  mkdirSync(join(dir, 'cases/zh'), { recursive: true });
  for (let i = 0; i < N; i++) {
    const text = pages[i % pages.length].replace(/^(section1:\n  title: *)(.*)$/m, `$1$2 ${i}`);
    writeFileSync(join(dir, 'cases/zh', `case-${String(i).padStart(5, '0')}.md`), text);
  }
}
if (!existsSync(join(dir, 'cases/zh', `case-${String(N - 1).padStart(5, '0')}.md`))) generate();

const child = (mode) => {
  const out = execFileSync(process.execPath, [join(here, 'load-child.mjs'), mode, dir], { encoding: 'utf8' });
  return JSON.parse(out);
};
const best = (mode) => {
  const runs = Array.from({ length: RUNS }, () => child(mode));
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
};
const bare = best('bare');
const ours = best('cases');
const mb = (kb) => (kb / 1024).toFixed(0);
console.log(`files:              ${N} case pages (${dir})`);
console.log(`bare yaml parse:    ${bare.ms.toFixed(0)} ms  (${Math.round((N / bare.ms) * 1000)} files/s, peak RSS ${mb(bare.maxRss)} MB)`);
console.log(`@cases/core load:   ${ours.ms.toFixed(0)} ms  (${Math.round((N / ours.ms) * 1000)} files/s, peak RSS ${mb(ours.maxRss)} MB, ${ours.cases} cases, ${ours.errors} errors)`);
console.log(`ratio (ours/bare):  ${(ours.ms / bare.ms).toFixed(2)}×   targets: < 2000 ms, ≤ 1.5×, < 400 MB`);
const ok = ours.ms < 2000 && ours.ms / bare.ms <= 1.5 && ours.maxRss / 1024 < 400;
console.log(ok ? 'targets met' : 'TARGETS MISSED');
