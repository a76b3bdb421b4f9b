import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCasePage } from '@cases/core';
import { readCleanCasePage } from '../src/formats/case-page/case-page-fast.js';
import { splitFrontMatter } from '../src/formats/shared/split-front-matter.js';
import { fixture, repoRoot } from './helpers.js';

// The fast reader of clean case pages must give exactly what the YAML-AST reader gives, for
// every page it accepts (and it must accept the ordinary pages, or it speeds nothing up).

const isCasePage = (text: string) => /^section[12]\s*:/m.test(splitFrontMatter(text).yaml ?? '');
const pagesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const)
        .filter(([, text]) => isCasePage(text))
    : [];

const seeds = pagesIn(join(repoRoot, 'content/cases'));
const samples = [...seeds, ...pagesIn(fixture('case-page')), ...pagesIn(fixture('diagnostics')), ...pagesIn(join(repoRoot, '../shared/corpus'))];

function both(text: string, path = 'cases/zh/page.md') {
  const fast = parseCasePage(text, { path, locale: 'zh' });
  const slow = parseCasePage(text, { path, locale: 'zh', fast: false });
  return { fast, slow };
}

function accepts(text: string): boolean {
  const parts = splitFrontMatter(text);
  return parts.yaml !== null && readCleanCasePage(parts.source, parts.yamlStart, parts.yaml.length, parts.yamlLine) !== null;
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

// Edits that keep many pages valid (so the fast reader still accepts them) and some that do not.
const edits: ((lines: string[], r: () => number) => void)[] = [
  (lines, r) => void lines.splice(1 + Math.floor(r() * (lines.length - 2)), 1),
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/: (\S.*)$/, (_, v: string) => `: '${v.replace(/'/g, "''")}'`);
  },
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/: (\S.*)$/, (_, v: string) => `: "${v.replace(/["\\]/g, '\\$&')}"`);
  },
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/: \S.*$/, [':', ': ~', ": ''", ': null', ': 2020', ': true', ': "  "'][Math.floor(r() * 7)]!);
  },
  (lines, r) => {
    const i = 1 + Math.floor(r() * (lines.length - 2));
    lines.splice(i, 0, lines[i]!);
  },
  (lines, r) => {
    const i = 1 + Math.floor(r() * (lines.length - 2));
    const indent = /^ */.exec(lines[i]!)![0];
    lines.splice(i, 0, `${indent}${['# a comment', '- ', '- ~', 'type: 1', 'type: 2', 'author: 某人', 'image: /a.png', 'level: 9', 'level: 2', 'bold: true', 'link: https://x.io', 'unknown: 1', 'text: 小标题', 'specialContent: 标题'][Math.floor(r() * 14)]}`);
  },
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/^( *)/, (m) => ' '.repeat(Math.max(0, m.length + [-2, 2, 1][Math.floor(r() * 3)]!)));
  },
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/: (\S)/, ': **粗体** `代码` https://kubesphere.io。$1');
  },
];

describe('fast reader of clean case pages', () => {
  it('reads every seed case page (they are clean)', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    for (const [file, text] of seeds) expect(accepts(text), file).toBe(true);
  });

  it('gives what the YAML-AST reader gives on every sample page', () => {
    let accepted = 0;
    for (const [file, text] of samples) {
      const { fast, slow } = both(text);
      expect(fast, file).toStrictEqual(slow);
      if (accepts(text)) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(seeds.length);
  });

  it('gives what the YAML-AST reader gives on 4,000 edited pages, or leaves them to it', () => {
    const r = rng(7);
    let accepted = 0;
    for (let n = 0; n < 4000; n++) {
      const [, text] = seeds[n % seeds.length]!;
      const lines = text.split('\n');
      const count = 1 + Math.floor(r() * 3);
      for (let e = 0; e < count; e++) edits[Math.floor(r() * edits.length)]!(lines, r);
      const edited = lines.join('\n');
      const { fast, slow } = both(edited);
      expect(fast, `edit ${n}:\n${edited}`).toStrictEqual(slow);
      if (accepts(edited)) accepted++;
    }
    // Most edits keep the page clean: the comparison must have covered the fast reader.
    expect(accepted).toBeGreaterThan(1000);
  });
});
