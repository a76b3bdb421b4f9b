import { describe, expect, it } from 'vitest';
import { inlineToText, parseInline } from '@cases/core';

const t = (value: string) => ({ type: 'text', value });

describe('parseInline', () => {
  it('keeps plain text as one node', () => {
    expect(parseInline('KubeSphere 提供了一个完整的交付链环境。')).toEqual([t('KubeSphere 提供了一个完整的交付链环境。')]);
  });
  it('bold, emphasis, code, links', () => {
    expect(parseInline('**a** *b* `c` [d](https://e.f "T")')).toEqual([
      { type: 'strong', children: [t('a')] },
      t(' '),
      { type: 'emphasis', children: [t('b')] },
      t(' '),
      { type: 'code', value: 'c' },
      t(' '),
      { type: 'link', url: 'https://e.f', children: [t('d')] },
    ]);
  });
  it('does not treat snake_case or a lone * as emphasis', () => {
    expect(parseInline('use my_var_name and 2 * 3')).toEqual([t('use my_var_name and 2 * 3')]);
  });
  it('bare URLs stop at CJK text and full-width punctuation; trailing dots are not part of them', () => {
    expect(parseInline('官网（https://www.aqara.com/）获取')).toEqual([
      t('官网（'),
      { type: 'link', url: 'https://www.aqara.com/', children: [t('https://www.aqara.com/')] },
      t('）获取'),
    ]);
    expect(parseInline('see https://a.b/c.')).toEqual([t('see '), { type: 'link', url: 'https://a.b/c', children: [t('https://a.b/c')] }, t('.')]);
  });
  it('inline HTML becomes structure or text, never markup', () => {
    expect(parseInline('<b>粗</b><br/><a href="https://x.y">链接</a><span onclick="x()">文字</span><script>alert(1)</script>')).toEqual([
      { type: 'strong', children: [t('粗')] },
      { type: 'break' },
      { type: 'link', url: 'https://x.y', children: [t('链接')] },
      t('文字alert(1)'),
    ]);
  });
  it('decodes entities and escapes', () => {
    expect(inlineToText(parseInline('a &amp; b &#x4e2d; &mdash; \\*not\\* &bogus;'))).toBe('a & b 中 — *not* &bogus;');
  });
  it('joins soft line breaks between Chinese characters without a space', () => {
    expect(inlineToText(parseInline('第一行\n第二行 and\nmore'))).toBe('第一行第二行 and more');
  });
});
