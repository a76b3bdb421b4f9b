import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, parseContentFile } from '@cases/core';
import { repoRoot } from './helpers.js';

describe('generated hostile files, every format', () => {
  const seedText = readFileSync(join(repoRoot, 'content/cases/zh/vesoft.md'), 'utf8');
  const paths = ['cases/zh/x.md', 'cases/en/x.md', 'scenarios/zh/x.md', 'scenarios/en/x.txt', 'taxonomy.yaml', 'cases/zh/notes.txt'];
  // Pieces that have broken parsers before: unbalanced markup, indicators, controls, deep nesting.
  const piece = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '---\n',
      '\n',
      '  ',
      '\t',
      '- ',
      '> ',
      '* ',
      '**',
      '__',
      '`',
      '```',
      '[',
      '](',
      '![',
      '{{<',
      '&',
      '*a',
      ': ',
      '? ',
      '|',
      '#',
      '\r',
      '\u0000',
      '\u001b[2J',
      '\u202e',
      '\uFEFF',
      '\uFFFD',
      '💥',
    ),
    fc.integer({ min: 1, max: 3000 }).map((n) => '['.repeat(n)),
    fc.integer({ min: 1, max: 3000 }).map((n) => '> '.repeat(n) + 'q\n'),
    fc.integer({ min: 1, max: 3000 }).map((n) => '  '.repeat(n % 200) + '- x\n'),
  );
  const doc = fc.oneof(
    fc.array(piece, { maxLength: 60 }).map((ps) => ps.join('')),
    // A real page with hostile pieces spliced in.
    fc.tuple(fc.nat(seedText.length), fc.array(piece, { maxLength: 8 })).map(([at, ps]) => seedText.slice(0, at) + ps.join('') + seedText.slice(at)),
  );

  it('never throw, never report an internal error, and point diagnostics at lines that exist', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(...paths), (text, path) => {
        const r = parseContentFile(Buffer.from(text), path, path, DEFAULT_TAXONOMY);
        const lineCount = text.replace(/\r\n?/g, '\n').split('\n').length;
        for (const d of r.diagnostics) {
          expect(d.code).not.toBe('internal-error');
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount + 1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
        // Output is bounded linearly by the input (an empty list item is ~80 bytes of JSON for 2 characters).
        expect(JSON.stringify(r.cases).length + JSON.stringify(r.scenarios).length).toBeLessThan(100 * text.length + 20_000);
      }),
      { numRuns: 300 },
    );
  });
});
