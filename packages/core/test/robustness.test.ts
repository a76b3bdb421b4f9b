import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, parseContentFile } from '@cases/core';
import { repoRoot } from './helpers.js';

// Mutated seeds (deterministic): whatever the damage, parsing never throws, and every
// diagnostic points at a real line of the file.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const seeds = [
  ...readdirSync(join(repoRoot, 'content/cases/zh')).map((f) => [`cases/zh/${f}`, readFileSync(join(repoRoot, 'content/cases/zh', f), 'utf8')]),
  ['scenarios/zh/use-cases.txt', readFileSync(join(repoRoot, 'content/scenarios/zh/use-cases.txt'), 'utf8')],
] as const;

const damage = [
  (lines: string[], r: () => number) => lines.splice(Math.floor(r() * lines.length), 1),
  (lines: string[], r: () => number) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = `\t${lines[i]}`;
  },
  (lines: string[], r: () => number) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.slice(0, Math.floor(r() * lines[i]!.length));
  },
  (lines: string[], r: () => number) => {
    const i = Math.floor(r() * lines.length);
    lines.splice(
      i,
      0,
      ['  - *a', '&a x: [', '"unterminated', 'key: value: more', '- - -', '? complex', '__proto__: {}', '{{< notice >}}', '|', '  ![x](javascript:alert(1))'][
        Math.floor(r() * 10)
      ]!,
    );
  },
  (lines: string[], r: () => number) => {
    const i = Math.floor(r() * lines.length);
    lines[i] = lines[i]!.replace(/^ +/, (m) => ' '.repeat(Math.max(0, m.length + Math.floor(r() * 5) - 2)));
  },
];

describe('robustness', () => {
  it('never throws on 1,500 mutated seeds, and diagnostics point at real lines', () => {
    const r = rng(42);
    for (let n = 0; n < 1500; n++) {
      const [path, text] = seeds[n % seeds.length]!;
      const lines = text.split('\n');
      const edits = 1 + Math.floor(r() * 4);
      for (let e = 0; e < edits; e++) damage[Math.floor(r() * damage.length)]!(lines, r);
      const mutated = lines.join('\n');
      const result = parseContentFile(Buffer.from(mutated), path, path, DEFAULT_TAXONOMY);
      for (const d of result.diagnostics) {
        expect(d.line, `${d.code} in mutation ${n}`).toBeGreaterThanOrEqual(1);
        expect(d.line, `${d.code} in mutation ${n}`).toBeLessThanOrEqual(lines.length + 1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
