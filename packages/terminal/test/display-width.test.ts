import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

import { displayWidth, stringWidthCompatible } from '../src/text.js';

// The UTF-16 units displayWidth measures itself (without string-width): every one of them.
const DIRECT: ReadonlyArray<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203b],
  [0x2190, 0x2193],
  [0x2500, 0x259f],
  [0x3000, 0x3029],
  [0x3041, 0x3096],
  [0x30a0, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xff01, 0xff60],
];

// Neighbours of those ranges and characters that join others or are measured differently.
const TRICKY = [
  '\u00ad', // soft hyphen: zero width
  '©',
  '®',
  '‼',
  '↔',
  '\u200d', // zero-width joiner
  '\u0301', // combining acute
  '\u3099', // combining kana voiced mark
  '\u302a',
  '\ufe0f', // emoji presentation
  '\u20e3', // keycap
  '\u1100', // Hangul leading jamo
  '\u1161', // Hangul vowel jamo
  '\u11a8', // Hangul trailing jamo
  '\uff9e', // half-width voiced mark
  '👍',
  '👨‍👩‍👧',
  '🇨🇳',
  '\u001b[1m',
  '\u001b[22m',
  '\u001b]8;;https://example.com\u0007',
  '\u009b31m',
  '\t',
  '\n',
  '\u0000',
  '\ud800', // lone surrogate
];

describe('displayWidth', () => {
  it('gives every character it measures itself the width string-width gives it', () => {
    const wrong: string[] = [];
    for (const [from, to] of DIRECT) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (displayWidth(ch) !== stringWidth(ch)) wrong.push(`U+${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with string-width on any mix of those characters, joiners, marks, emoji and escape sequences', () => {
    const direct = fc.oneof(...DIRECT.map(([from, to]) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c))));
    const piece = fc.oneof(
      { weight: 4, arbitrary: direct },
      { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(stringWidthCompatible(text)).toBe(stringWidth(text));
        if (!/[\u001b\u009b]/.test(text)) expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('passes options other than the defaults to string-width', () => {
    for (const text of ['─│', '…', '\u001b[1m多\u001b[22m', 'a·b']) {
      expect(stringWidthCompatible(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
      expect(stringWidthCompatible(text, { countAnsiEscapeCodes: true })).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
    }
    expect(stringWidthCompatible(undefined as unknown as string)).toBe(0);
  });
});
