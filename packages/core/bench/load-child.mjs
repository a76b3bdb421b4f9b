// One measurement in a fresh process: `bare` reads every file and parses its front matter with
// `yaml`; `cases` runs loadContent. Prints { ms, maxRss (KB), cases, errors } as JSON.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, dir] = process.argv.slice(2);
let result;
if (mode === 'bare') {
  const { parse } = await import('yaml');
  const t0 = performance.now();
  const folder = join(dir, 'cases/zh');
  const files = (await readdir(folder)).sort();
  let n = 0;
  const queue = [...files];
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (queue.length) {
      const f = queue.shift();
      const text = await readFile(join(folder, f), 'utf8');
      const end = text.indexOf('\n---', 4);
      if (parse(text.slice(4, end))) n++;
    }
  }));
  result = { ms: performance.now() - t0, cases: n, errors: 0 };
} else {
  const { loadContent } = await import('../dist/index.js');
  const t0 = performance.now();
  const c = await loadContent(dir);
  result = { ms: performance.now() - t0, cases: c.cases.length, errors: c.diagnostics.filter((d) => d.severity === 'error').length };
}
const ru = process.resourceUsage();
result.maxRss = ru.maxRSS;
result.cpuMs = (ru.userCPUTime + ru.systemCPUTime) / 1000;
process.stdout.write(JSON.stringify(result));
