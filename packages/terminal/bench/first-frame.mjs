// Benchmark: time from process start to the first frame of `cases browse` (the built CLI,
// packages/cli/bin/cases.js) in a pseudo-terminal, against a bare Ink "hello" bundled the same
// way (one ESM bundle, dependencies inlined) and measured in the same run.
// Run with `npm run bench` in packages/terminal (after `npm run build` at the root).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const cli = join(root, 'packages/cli/bin/cases.js');
const content = join(root, 'content');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const N = Number(process.env.BENCH_CASES ?? 10_000);
const work = join(tmpdir(), 'cases-terminal-bench');

if (!existsSync(join(root, 'packages/cli/dist/main.js'))) {
  console.error('bench: build first (npm run build at the repository root)');
  process.exit(1);
}

// The reference: a bare Ink "hello", bundled like the CLI (esbuild, ESM, splitting, all inlined).
async function buildHello() {
  const { build } = await import(join(root, 'node_modules/esbuild/lib/main.js'));
  mkdirSync(join(work, 'hello-src'), { recursive: true });
  const entry = join(work, 'hello-src/hello.jsx');
  writeFileSync(entry, "import { render, Text } from 'ink';\nrender(<Text>hello from ink</Text>);\n");
  await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(work, 'hello'),
    nodePaths: [join(root, 'node_modules')],
    external: ['react-devtools-core'],
    jsx: 'automatic',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return join(work, 'hello/hello.js');
}

// 10,000 case pages made from the seed pages, for the large-collection measurement.
function generateMany() {
  const dir = join(work, `content-${N}`);
  const last = join(dir, 'cases/zh', `case-${String(N - 1).padStart(5, '0')}.md`);
  if (existsSync(last)) return dir;
  const seeds = join(content, 'cases/zh');
  const pages = readdirSync(seeds)
    .map((f) => readFileSync(join(seeds, f), 'utf8'))
    .filter((t) => /^section2:/m.test(t));
  mkdirSync(join(dir, 'cases/zh'), { recursive: true });
  for (let i = 0; i < N; i++) {
    const text = pages[i % pages.length].replace(/^(section1:\n {2}title: *)(.*)$/m, `$1$2 ${i}`);
    writeFileSync(join(dir, 'cases/zh', `case-${String(i).padStart(5, '0')}.md`), text);
  }
  if (existsSync(join(content, 'taxonomy.yaml'))) copyFileSync(join(content, 'taxonomy.yaml'), join(dir, 'taxonomy.yaml'));
  return dir;
}

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// Start `args` under a pseudo-terminal (util-linux `script`) 100×30 and resolve with the
// milliseconds until `marker` (a RegExp) matches its output, escape sequences removed.
function firstFrame(args, marker) {
  return new Promise((resolve, reject) => {
    const command = `stty cols 100 rows 30; exec ${args.map(shellQuote).join(' ')}`;
    const env = { ...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8' };
    delete env.CI; // Ink writes nothing until exit in CI mode
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let out = '';
    const timer = setTimeout(() => finish(new Error(`no ${marker} within 120 s; output: ${JSON.stringify(out.slice(-300))}`)), 120_000);
    let done = false;
    function finish(error, ms) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The process group has already ended.
      }
      if (error) reject(error);
      else resolve(ms);
    }
    child.stdout.on('data', (chunk) => {
      out += chunk.toString('utf8');
      if (marker.test(out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''))) finish(null, Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('error', (error) => finish(error));
    child.on('exit', () => finish(new Error(`exited before ${marker}; output: ${JSON.stringify(out.slice(-300))}`)));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Several commands measured in turns (a, b, c, a, b, c, …), so that a busy moment of the
// machine falls on each of them alike; one warm-up round first fills the file cache.
async function measureInTurns(rows, runs = RUNS) {
  for (const row of rows) await firstFrame(row.args, row.marker);
  const times = rows.map(() => []);
  for (let k = 0; k < runs; k++) for (const [i, row] of rows.entries()) times[i].push(await firstFrame(row.args, row.marker));
  return rows.map((row, i) => {
    const ms = median(times[i]);
    console.log(
      `${row.label.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  (median of ${runs}; min ${Math.min(...times[i]).toFixed(0)}, max ${Math.max(...times[i]).toFixed(0)})`,
    );
    return { ms, times: times[i] };
  });
}

// The list's header (` brand │ Cases 4/4`, in any interface language): the first frame is out.
const LIST_HEADER = / │ \S+ \d+\/\d+/;
// Target of issue 12: the first frame of `cases browse` on content/ within 1.15× of Ink's hello.
const TARGET = 1.15;

const hello = await buildHello();
const [node, ink, seeds] = await measureInTurns([
  { label: 'node -e (process start only)', args: [process.execPath, '-e', 'process.stdout.write("ready")'], marker: /ready/ },
  { label: 'bare Ink "hello" (bundled)', args: [process.execPath, hello], marker: /hello from ink/ },
  { label: 'cases browse, content/ (seeds)', args: [process.execPath, cli, 'browse', '--content', content], marker: LIST_HEADER },
]);
// The ratio of the medians, and the median of the ratios of each turn (hello and browse run back to back).
const pairRatio = median(seeds.times.map((t, k) => t / ink.times[k]));
const ratio = seeds.ms / ink.ms;
console.log(
  `ratio (cases browse / Ink hello):  ${ratio.toFixed(2)}×  (median per turn ${pairRatio.toFixed(2)}×)   target: ≤ ${TARGET.toFixed(2)}× — ${ratio <= TARGET ? 'met' : 'NOT met'}`,
);
if (process.env.BENCH_SKIP_MANY !== '1') {
  const many = generateMany();
  const [big] = await measureInTurns(
    [{ label: `cases browse, ${N} cases`, args: [process.execPath, cli, 'browse', '--content', many], marker: LIST_HEADER }],
    Number(process.env.BENCH_MANY_RUNS ?? 3),
  );
  console.log(`ratio (${N} cases / Ink hello):    ${(big.ms / ink.ms).toFixed(2)}×   target: first frame < 1000 ms`);
}
console.log(`(the pseudo-terminal and shell add about ${node.ms.toFixed(0)} ms to every row, node start included)`);
