import { characterEntities } from 'character-entities';
import { describe, expect, it } from 'vitest';
import { blocksToText, inlineToText, markdownToBlocks, parseCasePage, parseInline } from '@cases/core';

// What Markdown must become in the model, for the things the spec examples check one by one
// (issue 12, item 8). The examples themselves run in commonmark-spec.test.ts.

const t = (value: string) => ({ type: 'text', value });
const link = (url: string, text = url) => ({ type: 'link', url, children: [t(text)] });

describe('entities and escapes', () => {
  it('decodes every HTML5 named character reference (all 2,125, with their semicolon)', () => {
    const names = Object.keys(characterEntities);
    expect(names.length).toBe(2125);
    const source = names.map((name) => `&${name};`).join(' ');
    expect(inlineToText(parseInline(source))).toBe(names.map((name) => characterEntities[name]).join(' '));
  });

  it('decodes decimal and hexadecimal references, either case of x, and keeps invalid ones as text', () => {
    expect(inlineToText(parseInline('&#35; &#1234; &#X22; &#xD06; &#0; &#x110000; &#87654321; &#abcdef0;'))).toBe(
      '# Ӓ " ആ \uFFFD \uFFFD &#87654321; &#abcdef0;',
    );
  });

  it('reads backslash escapes in text, link destinations and code-fence info strings', () => {
    expect(parseInline('\\*not emphasis\\* [a](/u\\)rl)')).toEqual([t('*not emphasis* '), link('/u)rl', 'a')]);
    expect(markdownToBlocks('``` c\\+\\+ &ouml;\nx\n```\n')).toMatchObject([{ type: 'code', lang: 'c++' }]);
  });
});

describe('structure the model keeps', () => {
  it('thematic breaks are rule blocks', () => {
    expect(markdownToBlocks('a\n\n---\n\n***\n\nb').map((b) => b.type)).toEqual(['paragraph', 'rule', 'rule', 'paragraph']);
  });

  it('reference links resolve, also collapsed and shortcut; images inside links keep both', () => {
    const [p] = markdownToBlocks('[foo] [Foo][] [bar][foo] and [![moon](moon.jpg)](/uri) text\n\n[foo]: /url "title"\n');
    expect(p).toMatchObject({
      type: 'paragraph',
      inline: [
        link('/url', 'foo'),
        t(' '),
        link('/url', 'Foo'),
        t(' '),
        link('/url', 'bar'),
        t(' and '),
        { type: 'link', url: '/uri', children: [{ type: 'image', src: 'moon.jpg', alt: 'moon' }] },
        t(' text'),
      ],
    });
  });

  it('emphasis nests as written, headings keep their formatting', () => {
    expect(parseInline('***both***')).toEqual([{ type: 'emphasis', children: [{ type: 'strong', children: [t('both')] }] }]);
    expect(markdownToBlocks('## *a* and **b**')).toMatchObject([
      { type: 'heading', level: 2, text: 'a and b', inline: [{ type: 'emphasis', children: [t('a')] }, t(' and '), { type: 'strong', children: [t('b')] }] },
    ]);
  });

  it('GFM strikethrough: one or two tildes, not three; a tilde between digits is a range', () => {
    expect(parseInline('~~Hi~~ ~there~ ~~~not~~~')).toEqual([
      { type: 'delete', children: [t('Hi')] },
      t(' '),
      { type: 'delete', children: [t('there')] },
      t(' ~~~not~~~'),
    ]);
    expect(parseInline('3~5 天，7~9 天')).toEqual([t('3~5 天，7~9 天')]);
  });

  it('a table in a case page keeps every cell', () => {
    const table = '| 指标 | 之前 | 之后 |\n| :-- | --: | :-: |\n| 部署时间 | 2 天 | **10 分钟** |\n| 资源利用率 | 20% |';
    const yaml = `---\nsection1:\n  title: 甲\n  content: 乙\nsection2:\n  listLeft:\n    - title: 成效\n      contentList:\n        - content: ${JSON.stringify(table)}\n---\n`;
    const r = parseCasePage(yaml, { path: 'cases/zh/a.md' });
    expect(r.diagnostics).toEqual([]);
    const [block] = r.value!.sections[0]!.blocks;
    expect(block).toMatchObject({ type: 'table', align: ['left', 'right', 'center'], header: [{ text: '指标' }, { text: '之前' }, { text: '之后' }] });
    expect(blocksToText(r.value!.sections[0]!.blocks)).toBe('指标 | 之前 | 之后\n部署时间 | 2 天 | 10 分钟\n资源利用率 | 20% | ');
  });
});

describe('extended autolinks', () => {
  it('a bare URL right after CJK text is linked without the CJK punctuation after it', () => {
    expect(parseInline('见https://kubesphere.io。')).toEqual([t('见'), link('https://kubesphere.io'), t('。')]);
    expect(parseInline('文档：https://kubesphere.io/zh/docs/（中文）')).toEqual([t('文档：'), link('https://kubesphere.io/zh/docs/'), t('（中文）')]);
    expect(parseInline('见www.kubesphere.io，或写信给admin@kubesphere.io。')).toEqual([
      t('见'),
      link('http://www.kubesphere.io', 'www.kubesphere.io'),
      t('，或写信给'),
      link('mailto:admin@kubesphere.io', 'admin@kubesphere.io'),
      t('。'),
    ]);
  });

  it('www., email, mailto: and xmpp: links as GFM has them; not inside a word', () => {
    expect(parseInline('Visit www.commonmark.org/a.b.')).toEqual([t('Visit '), link('http://www.commonmark.org/a.b', 'www.commonmark.org/a.b'), t('.')]);
    expect(parseInline('mail foo@bar.baz. or mailto:a.b-c_d@a.b/')).toEqual([
      t('mail '),
      link('mailto:foo@bar.baz', 'foo@bar.baz'),
      t('. or '),
      link('mailto:a.b-c_d@a.b'),
      t('/'),
    ]);
    expect(parseInline('xmpp:foo@bar.baz/txt/bin')).toEqual([link('xmpp:foo@bar.baz/txt'), t('/bin')]);
    expect(parseInline('awww.example.com xhttps://example.com a.b-c_d@a.b_ www.a_b.c_d')).toEqual([
      t('awww.example.com xhttps://example.com a.b-c_d@a.b_ www.a_b.c_d'),
    ]);
    // A version after `@` is no email domain (GFM's reference implementation wants a letter last).
    expect(parseInline('npm i markdown-it@14.1.0')).toEqual([t('npm i markdown-it@14.1.0')]);
  });

  it('drops trailing punctuation, unmatched parentheses and an entity-like ending', () => {
    expect(parseInline('(www.google.com/search?q=Markup+(business)))')).toEqual([
      t('('),
      link('http://www.google.com/search?q=Markup+(business)', 'www.google.com/search?q=Markup+(business)'),
      t('))'),
    ]);
    expect(parseInline('www.google.com/search?q=commonmark&hl;')).toEqual([
      link('http://www.google.com/search?q=commonmark', 'www.google.com/search?q=commonmark'),
      t('&hl;'),
    ]);
  });

  it('never inside code or an existing link', () => {
    expect(parseInline('`https://a.b` [see https://c.d](https://e.f)')).toEqual([
      { type: 'code', value: 'https://a.b' },
      t(' '),
      link('https://e.f', 'see https://c.d'),
    ]);
  });
});
