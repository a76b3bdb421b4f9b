import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../src/diagnostics/diagnostics.js';
import { splitFrontMatter } from '../src/formats/shared/split-front-matter.js';
import { findTooDeep, parseYamlTree } from '../src/formats/yaml/parse-yaml-tree.js';
import { scanSimpleYaml } from '../src/formats/yaml/scan-simple-yaml.js';
import { MAX_YAML_DEPTH } from '../src/formats/yaml/yaml-tree.js';
import { corpusDir, fixture, repoRoot } from './helpers.js';

// Two producers build the YAML tree: our scanner (simple YAML) and the `yaml` library (the
// rest, with its diagnostics). Whenever the scanner answers, its tree must be exactly the
// library's, positions included.

/** The tree the `yaml` library path gives (the scanner cannot be asked to step aside, so its input is made non-simple by a trailing flow value that is then dropped). */
function libraryTree(yaml: string, firstLine = 1) {
  const sink = new DiagnosticSink('t.yaml');
  // A document our scanner refuses (a flow sequence on its own key) but that changes nothing before it.
  const marker = '\nzzzz_marker: [x]\n';
  const r = parseYamlTree(`${yaml}${marker}`, 0, yaml.length + marker.length, firstLine, sink);
  if (!r.ok) return { ok: false as const, diagnostics: sink.items };
  const root = r.root;
  if (root?.kind === 'map') return { ok: true as const, root: { ...root, pairs: root.pairs.filter((p) => p.key !== 'zzzz_marker') }, diagnostics: sink.items };
  return { ok: true as const, root, diagnostics: sink.items };
}

function agree(yaml: string, firstLine = 1): boolean {
  const scanned = scanSimpleYaml(yaml, 0, yaml.length, firstLine);
  if (!scanned) return false;
  const lib = libraryTree(yaml, firstLine);
  expect(lib.ok, `the library rejects what the scanner read:\n${yaml}`).toBe(true);
  expect(lib.diagnostics, yaml).toEqual([]);
  // An empty document has no root on either side; the marker makes the library's an empty map.
  const libRoot = lib.ok && lib.root?.kind === 'map' && lib.root.pairs.length === 0 && scanned.root === null ? null : lib.ok ? lib.root : undefined;
  expect(scanned.root, yaml).toStrictEqual(libRoot);
  return true;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|yaml)$/.test(f) ? [p] : [];
  });
}

const frontMatter = (file: string) => {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  return file.endsWith('.yaml') ? text : splitFrontMatter(text).yaml;
};

describe('the YAML scanner reads exactly what the yaml library reads', () => {
  it('on the content, every fixture (and the corpus when asked for)', () => {
    const all = [...files(join(repoRoot, 'content')), ...files(fixture('.')), ...(corpusDir ? files(corpusDir) : [])];
    let scanned = 0;
    for (const file of all) {
      const yaml = frontMatter(file);
      if (yaml !== null && agree(yaml, 2)) scanned++;
    }
    expect(scanned).toBeGreaterThan(10);
  });

  it('reads every seed case page itself (else it speeds nothing up)', () => {
    for (const file of files(join(repoRoot, 'content/cases'))) {
      const yaml = frontMatter(file)!;
      if (/^section2:/m.test(yaml)) expect(scanSimpleYaml(yaml, 0, yaml.length, 2), file).toBeDefined();
    }
  });

  it('on generated documents of the kinds content uses, and hostile scalars', () => {
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ .-]{0,8}[A-Za-z0-9_]$/);
    const plain = fc.oneof(
      fc.stringMatching(/^[^\n\t\r]{0,30}$/),
      fc.constantFrom(
        '~',
        'null',
        'true',
        '1',
        '0x1F',
        '1e3',
        '2020-01-01',
        'a #b',
        'a#b',
        'http://x.io/a:b',
        '多集群：高可用',
        "it's",
        'a "q"',
        '- x',
        ': x',
        '? x',
        '@x',
        '`x`',
        '%x',
        'a: b',
        'a:',
        '',
      ),
    );
    const quoted = fc.oneof(
      fc.string({ maxLength: 20 }).map((s) => `'${s.replace(/\n/g, ' ').replace(/'/g, "''")}'`),
      fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s.replace(/\n/g, ' '))),
      fc.constantFrom('"\\u00e9\\x41\\t\\"\\\\"', '"\\U0001F600"', '"\\q"', "'open", '"open', '"a" # c', '"a"b', "'it''s'"),
    );
    const scalar = fc.oneof(plain, quoted);
    const indent = (depth: number) => '  '.repeat(depth);
    const { doc } = fc.letrec<{ doc: string; node: string }>((tie) => ({
      doc: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}:${v}`).join('\n')),
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((s) => ` ${s}`),
        fc.constant(''),
        tie('doc').map((d) => `\n${d.replace(/^/gm, indent(1))}`),
        fc
          .array(
            fc.oneof(
              scalar,
              tie('doc').map((d) => d.replace(/\n/g, `\n${indent(1)}`)),
            ),
            { minLength: 1, maxLength: 4 },
          )
          .map((items) => `\n${items.map((i) => `- ${i}`).join('\n')}`),
      ),
    }));
    const noise = fc.constantFrom('', '\n', '\n# comment\n', '\n\n', '   \n', '\t\n', '\n---\n', '\nk: |\n  x\n');
    let scanned = 0;
    fc.assert(
      fc.property(doc, noise, fc.nat(200), (d, extra, at) => {
        const cut = Math.min(at, d.length);
        const yaml = d.slice(0, cut) + (d[cut - 1] === '\n' ? extra : '') + d.slice(cut);
        if (agree(yaml, 1 + (at % 7))) scanned++;
      }),
      { numRuns: 3000 },
    );
    // Most generated documents are simple: the comparison must have covered the scanner.
    expect(scanned).toBeGreaterThan(600);
  });

  it('leaves anchors, flow collections, block scalars, tabs and bad syntax to the library', () => {
    for (const y of [
      'a: &x 1\nb: *x\n',
      'a: [1, 2]\n',
      'a: |\n  text\n',
      'a:\n\tb: 1\n',
      'a: "open\n',
      'a: b: c\n',
      'k: v\n  more\n',
      '"q": 1\n',
      '- - x\n',
      'a:\n  -\n  - x\n',
      '---\na: 1\n',
    ]) {
      expect(scanSimpleYaml(y, 0, y.length, 1), y).toBeUndefined();
    }
  });
});

describe('YAML nesting is bounded', () => {
  const deep = {
    'flow sequences': (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`,
    'flow mappings': (n: number) => `a: ${'{b: '.repeat(n)}1${'}'.repeat(n)}\n`,
    'dashes on one line': (n: number) => `a:\n  ${'- '.repeat(n)}x\n`,
    'indented mappings': (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n`,
    'an alias chain': (n: number) => `a0: &a0 [x]\n${Array.from({ length: n }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`).join('\n')}\n`,
  };
  it.each(Object.entries(deep))('%s thousands deep: a too-deep error with a position, no crash', (_, make) => {
    const yaml = make(5000);
    const sink = new DiagnosticSink('deep.yaml');
    const r = parseYamlTree(yaml, 0, yaml.length, 1, sink);
    expect(r.ok).toBe(false);
    expect(sink.items.map((d) => d.code)).toEqual(['too-deep']);
    expect(sink.items[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('reads nesting up to the limit', () => {
    const yaml = `a: ${'['.repeat(MAX_YAML_DEPTH - 2)}${']'.repeat(MAX_YAML_DEPTH - 2)}\n`;
    expect(findTooDeep(yaml)).toBeNull();
    const sink = new DiagnosticSink('ok.yaml');
    expect(parseYamlTree(yaml, 0, yaml.length, 1, sink).ok).toBe(true);
  });

  it('stops an alias bomb with an error', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const yaml = `${rows.join('\n')}\n`;
    const sink = new DiagnosticSink('bomb.yaml');
    expect(parseYamlTree(yaml, 0, yaml.length, 1, sink).ok).toBe(false);
    expect(sink.items.map((d) => d.code)).toEqual(['yaml-alias-limit']);
  });
});
