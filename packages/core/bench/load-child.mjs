// One measurement in a fresh process: `bare` reads every file and parses its front matter with
// `yaml`; `cases` runs loadContent; `search` loads, then times building the search index and a
// few queries. Prints { ms, maxRss (KB), cases, errors } (and { indexMs, queryMs }) as JSON.
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
  const { loadContent, searchIndexOf } = await import('../dist/index.js');
  const t0 = performance.now();
  const c = await loadContent(dir);
  result = { ms: performance.now() - t0, cases: c.cases.length, errors: c.diagnostics.filter((d) => d.severity === 'error').length };
  if (mode === 'search') {
    const t1 = performance.now();
    const index = searchIndexOf(c);
    result.indexMs = performance.now() - t1;
    // The first query also makes every body's text; the others only scan.
    result.queryMs = ['多集群', 'devops', '多集群 监控', 'kubesphere', '边缘计算'].map((q) => {
      const t = performance.now();
      index.search(q, { kind: 'case', limit: Number.MAX_SAFE_INTEGER });
      return performance.now() - t;
    });
  }
}
result.maxRss = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(result));
