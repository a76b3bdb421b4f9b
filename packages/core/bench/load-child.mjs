// One measurement in a fresh process, printed as JSON { ms, maxRss (KB), … }:
//   bare    read every content file and parse its front matter with `yaml` (the peer)
//   jsyaml  the same with `js-yaml` (the contender a fast reader must beat)
//   cases   loadContent: read, decode, parse, link and check everything (what `cases validate` does)
//   export  loadContent, then stream the export JSON to a file (what `cases export` does)
//   search  loadContent, then one full-text query over every case (what `cases list --search` does)
import { createWriteStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, dir, out] = process.argv.slice(2);

async function frontMatters(parse) {
  const files = [];
  for (const locale of await readdir(join(dir, 'cases'))) {
    for (const f of await readdir(join(dir, 'cases', locale))) files.push(join(dir, 'cases', locale, f));
  }
  files.sort();
  let n = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < files.length) {
        const text = await readFile(files[next++], 'utf8');
        const end = text.indexOf('\n---', 4);
        try {
          if (parse(text.slice(4, end === -1 ? text.length : end))) n++;
        } catch {
          // A page the peer cannot read counts as not read.
        }
      }
    }),
  );
  return n;
}

const result = {};
const t0 = performance.now();
if (mode === 'bare') {
  const { parse } = await import('yaml');
  result.cases = await frontMatters((s) => parse(s));
} else if (mode === 'jsyaml') {
  const { load } = await import('js-yaml');
  result.cases = await frontMatters((s) => load(s));
} else {
  const { loadContent, exportJsonChunks, searchIndexOf } = await import('../dist/index.js');
  const c = await loadContent(dir);
  result.cases = c.cases.length;
  result.errors = c.diagnostics.filter((d) => d.severity === 'error').length;
  result.warnings = c.diagnostics.filter((d) => d.severity === 'warning').length;
  if (mode === 'export') {
    const stream = createWriteStream(out);
    let bytes = 0;
    // Compact, as `cases export` writes it (decision 013).
    for (const chunk of exportJsonChunks(c, { indent: 0 })) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    }
    await new Promise((r) => stream.end(r));
    result.bytes = bytes;
  } else if (mode === 'search') {
    result.hits = searchIndexOf(c).search('多集群 监控', { kind: 'case', limit: Number.MAX_SAFE_INTEGER }).length;
  }
}
result.ms = performance.now() - t0;
result.maxRss = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify(result));
