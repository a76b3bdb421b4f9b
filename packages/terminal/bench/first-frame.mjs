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
// milliseconds until `marker` appears in its output.
function firstFrame(args, marker) {
  return new Promise((resolve, reject) => {
    const command = `stty cols 100 rows 30; exec ${args.map(shellQuote).join(' ')}`;
    const env = { ...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8' };
    delete env.CI; // Ink writes nothing until exit in CI mode
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let out = '';
    const timer = setTimeout(() => finish(new Error(`no "${marker}" within 120 s; output: ${JSON.stringify(out.slice(-300))}`)), 120_000);
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
      if (out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').includes(marker)) finish(null, Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('error', (error) => finish(error));
    child.on('exit', () => finish(new Error(`exited before "${marker}"; output: ${JSON.stringify(out.slice(-300))}`)));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, args, marker, runs = RUNS) {
  await firstFrame(args, marker); // warm the file cache
  const times = [];
  for (let k = 0; k < runs; k++) times.push(await firstFrame(args, marker));
  const ms = median(times);
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  (median of ${runs}; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  return ms;
}

const hello = await buildHello();
const node = await measure('node -e (process start only)', [process.execPath, '-e', 'process.stdout.write("ready")'], 'ready');
const ink = await measure('bare Ink "hello" (bundled)', [process.execPath, hello], 'hello from ink');
const seeds = await measure('cases browse, content/ (seeds)', [process.execPath, cli, 'browse', '--content', content], ' cases │');
console.log(`ratio (cases browse / Ink hello):  ${(seeds / ink).toFixed(2)}×   target: first frame < 300 ms`);
if (process.env.BENCH_SKIP_MANY !== '1') {
  const many = generateMany();
  const big = await measure(`cases browse, ${N} cases`, [process.execPath, cli, 'browse', '--content', many], ' cases │', Number(process.env.BENCH_MANY_RUNS ?? 3));
  console.log(`ratio (${N} cases / Ink hello):    ${(big / ink).toFixed(2)}×   target: first frame < 1000 ms`);
}
console.log(`(the pseudo-terminal and shell add about ${node.toFixed(0)} ms to every row, node start included)`);
