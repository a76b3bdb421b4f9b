import { describe, expect, it } from 'vitest';

import stringWidth from 'string-width';
import { displayWidth, padToWidth, sanitizeText, truncateToWidth, wrapText } from '../src/text.js';

describe('wrapText', () => {
  it('breaks Chinese text between characters', () => {
    expect(wrapText('多集群部署是常见的场景', 8)).toEqual(['多集群部', '署是常见', '的场景']);
  });

  it('never starts a line with closing punctuation (kinsoku)', () => {
    // 。 would start line 2 at width 10: the character before it moves down with it.
    expect(wrapText('多集群部署。高可用，低延迟', 10)).toEqual(['多集群部', '署。高可', '用，低延迟']);
    for (const width of [6, 7, 8, 9, 10, 12, 14, 20]) {
      for (const line of wrapText('企业内部运行多个集群已变得颇为常见。概括起来，使用场景主要有以下几种：高可用、低延迟（跨地域）」等。', width)) {
        expect(line[0]).not.toMatch(/[。，、；：？！）」』》]/);
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps closing punctuation with the word before it', () => {
    expect(wrapText('多集群部署。', 10)).toEqual(['多集群部', '署。']);
    expect(wrapText('「多集群」部署', 8)).toEqual(['「多集', '群」部署']);
    expect(wrapText('他说：“你好。”然后走了', 8)).toEqual(['他说：', '“你好。”', '然后走了']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(wrapText('这是一个很长的句子（括号里的内容）', 12)).toEqual(['这是一个很长', '的句子（括号', '里的内容）']);
    expect(wrapText('这是一个很长的（括号）', 8)).toEqual(['这是一个', '很长的', '（括号）']);
  });

  it('breaks English at spaces and mixed text between scripts', () => {
    expect(wrapText('KubeSphere 适用于多种场景,为企业提供容器化的环境', 20)).toEqual(['KubeSphere 适用于多', '种场景,为企业提供容', '器化的环境']);
    expect(wrapText('Hello world this is a test', 11)).toEqual(['Hello world', 'this is a', 'test']);
  });

  it('hard-breaks a word longer than the line', () => {
    expect(wrapText('supercalifragilistic', 8)).toEqual(['supercal', 'ifragili', 'stic']);
  });

  it('keeps explicit line breaks and empty text', () => {
    expect(wrapText('a\nb', 10)).toEqual(['a', 'b']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('counts emoji as two columns', () => {
    expect(wrapText('👍👍👍', 4)).toEqual(['👍👍', '👍']);
  });
});

describe('sanitizeText', () => {
  it('shows escape sequences and control characters as harmless symbols', () => {
    expect(sanitizeText('\u001b[31mred\u0007')).toBe('␛[31mred␇');
    expect(sanitizeText('\u001b]0;title\u0007')).toBe('␛]0;title␇');
    expect(sanitizeText('a\r\nb')).toBe('a\nb');
    expect(sanitizeText('x\u009b2J\u202e')).toBe('x⟨U+009B⟩2J⟨U+202E⟩');
    expect(sanitizeText('a\tb', { tabSize: 2 })).toBe('a  b');
    expect(sanitizeText('a\nb', { keepNewlines: false })).toBe('a b');
  });

  it('leaves no ESC, C0 or C1 byte', () => {
    const all = Array.from({ length: 0xa0 }, (_, k) => String.fromCharCode(k)).join('');
    expect(sanitizeText(all, { keepNewlines: false })).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('width helpers', () => {
  it('truncates and pads by display width', () => {
    expect(truncateToWidth('多集群部署', 7)).toBe('多集群…');
    expect(truncateToWidth('多集群部署', 10)).toBe('多集群部署');
    expect(padToWidth('行业', 6)).toBe('行业  ');
    expect(padToWidth('12', 5, 'right')).toBe('   12');
    expect(displayWidth(padToWidth('多集群部署', 7))).toBe(7);
  });
});

describe('displayWidth', () => {
  it('agrees with string-width on every character of the ranges it measures itself, and on mixed text', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0x3001, 0x3003],
      [0x3008, 0x3011],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xff01, 0xff5e],
    ];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(displayWidth(ch), `U+${c.toString(16)}`).toBe(stringWidth(ch));
      }
    }
    for (const text of ['KubeSphere 多集群管理，DevOps（CI/CD）。', '“引号”和—破折号', 'e\u0301 combining', '👩‍💻 emoji', 'ｶﾀｶﾅ', '', '\t']) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
