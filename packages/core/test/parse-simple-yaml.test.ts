import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../src/formats/yaml/parse-simple-yaml.js';
import { splitFrontMatter } from '../src/formats/shared/split-front-matter.js';
import { fixture, repoRoot } from './helpers.js';

/** Structure, values and start offsets of a node tree. */
function shape(node: unknown): unknown {
  if (isMap(node)) return { map: node.items.map((p) => [shape(p.key), shape(p.value)]), at: node.range?.[0] };
  if (isSeq(node)) return { seq: node.items.map(shape), at: node.range?.[0] };
  if (isPair(node)) return [shape(node.key), shape(node.value)];
  if (isScalar(node)) return { v: node.value, at: node.range?.[0] };
  return node ?? null;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|yaml)$/.test(f) ? [p] : [];
  });
}

const all = [...files(join(repoRoot, 'content')), ...files(fixture('.')), ...files(join(repoRoot, '../shared/corpus'))];

describe('the fast YAML path reads exactly what the yaml library reads', () => {
  it.each(all.map((f) => [f.replace(repoRoot, ''), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const yaml = file.endsWith('.yaml') ? text : splitFrontMatter(text).yaml;
    if (yaml === null) return;
    const fast = parseSimpleYaml(yaml, new LineCounter());
    const full = parseDocument(yaml, { uniqueKeys: false });
    if (fast === null) {
      // Outside the subset (or invalid): the full parser decides.
      return;
    }
    expect(full.errors).toEqual([]);
    expect(shape(fast)).toEqual(shape(full.contents as Node));
  });

  it('takes the fast path for every seed case page', () => {
    for (const f of files(join(repoRoot, 'content/cases'))) {
      const yaml = splitFrontMatter(readFileSync(f, 'utf8')).yaml!;
      if (/^section2:/m.test(yaml)) expect(parseSimpleYaml(yaml, new LineCounter()), f).not.toBeNull();
    }
  });

  it('falls back on anchors, flow collections, block scalars, tabs and bad syntax', () => {
    for (const y of ['a: &x 1\nb: *x\n', 'a: [1, 2]\n', 'a: |\n  text\n', 'a:\n\tb: 1\n', 'a: "open\n', 'a: b: c\n', 'k: v\n  more\n']) {
      expect(parseSimpleYaml(y, new LineCounter()), y).toBeNull();
    }
  });

  it('resolves plain scalars as YAML 1.2 core does', () => {
    const y = 'a: 1\nb: 1.5\nc: true\nd: ~\ne:\nf: 2020-01-01\ng: "q\\"x"\nh: \'it\'\'s\'\ni: text # comment\n';
    expect(shape(parseSimpleYaml(y, new LineCounter()))).toEqual(shape(parseDocument(y).contents as Node));
  });
});
