import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToText, inlineToText, markdownToBlocks, MAX_MARKDOWN_DEPTH, parseInline, type Block, type Diagnostic, type Inline } from '@cases/core';
import { BlockSchema } from '@cases/core/schema';
import { createMarkdownParser } from '../src/markdown/markdown-parser.js';

// Markdown a hostile or careless author can write: every input parses without throwing, the
// model it gives is no bigger than the input and no deeper than MAX_MARKDOWN_DEPTH, and the
// parser's work grows linearly (measured by counting, never by the clock).

/** A sink like a file's DiagnosticSink. */
function sink(file = 'cases/zh/x.md') {
  const items: Diagnostic[] = [];
  return {
    items,
    warn(code: string, message: string, at: [number, number] = [1, 1], hint: string | null = null) {
      items.push({ severity: 'warning', code, message, file, line: at[0], column: at[1], hint });
    },
  };
}

/** Nesting of blocks (quotes, lists) and of inline nodes, walked with explicit stacks. */
function depths(blocks: readonly Block[]): { block: number; inline: number } {
  let block = 0;
  let inline = 0;
  const inlineDepth = (nodes: readonly Inline[] | undefined) => {
    const stack: [readonly Inline[], number][] = nodes ? [[nodes, 1]] : [];
    while (stack.length) {
      const [list, d] = stack.pop()!;
      for (const n of list) {
        if ('children' in n) {
          inline = Math.max(inline, d);
          stack.push([n.children, d + 1]);
        }
      }
    }
  };
  const stack: [readonly Block[], number][] = [[blocks, 0]];
  while (stack.length) {
    const [list, d] = stack.pop()!;
    block = Math.max(block, d);
    for (const b of list) {
      if (b.type === 'paragraph' || b.type === 'heading') inlineDepth(b.inline);
      if (b.type === 'quote') {
        inlineDepth(b.inline);
        stack.push([b.blocks, d + 1]);
      }
      if (b.type === 'list') {
        for (const item of b.items) {
          inlineDepth(item.inline);
          stack.push([item.blocks, d + 1]);
        }
      }
      if (b.type === 'table') for (const cell of [...b.header, ...b.rows.flat()]) inlineDepth(cell.inline);
    }
  }
  return { block, inline };
}

/**
 * Characters of content the model holds once: leaf texts, code, image sources and alt texts (a
 * quote's flattened `text` repeats its blocks, and a link's URL its text or the source: neither is
 * counted).
 */
function contentLength(blocks: readonly Block[]): number {
  let n = 0;
  const inlineLength = (nodes: readonly Inline[] | undefined, text: string) => {
    if (!nodes) {
      n += text.length;
      return;
    }
    const stack = [...nodes];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'text' || node.type === 'code') n += node.value.length;
      else if (node.type === 'image') n += node.src.length + node.alt.length;
      else if (node.type !== 'break') stack.push(...node.children);
    }
  };
  const stack = [...blocks];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.type === 'paragraph' || b.type === 'heading') inlineLength(b.inline, b.text);
    else if (b.type === 'quote') {
      if (b.blocks.length) stack.push(...b.blocks);
      else inlineLength(b.inline, b.text);
    } else if (b.type === 'list') {
      for (const item of b.items) {
        inlineLength(item.inline, item.text);
        stack.push(...item.blocks);
      }
    } else if (b.type === 'table') for (const cell of [...b.header, ...b.rows.flat()]) inlineLength(cell.inline, cell.text);
    else if (b.type === 'code') n += b.value.length + (b.lang?.length ?? 0);
    else if (b.type === 'image') n += b.src.length + b.alt.length;
  }
  return n;
}

/** Parse, and check what holds for every input: valid blocks, bounded size and depth. */
function parseChecked(markdown: string, slack = 1) {
  const diagnostics = sink();
  const blocks = markdownToBlocks(markdown, 1, 1, diagnostics);
  const d = depths(blocks);
  expect(d.block).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH);
  expect(d.inline).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH);
  // A URL can stand for its link text once more (`[](url)` shows the URL); tabs in indentation
  // widen to spaces: `slack` allows for that in generated input.
  expect(contentLength(blocks)).toBeLessThanOrEqual(markdown.length * slack + 16);
  expect(diagnostics.items.filter((x) => x.code === 'too-deep').length).toBeLessThanOrEqual(1);
  return { blocks, diagnostics: diagnostics.items };
}

const MB = 1024 * 1024;

describe('hand-built hostile Markdown', () => {
  const shapes: [string, string][] = [
    ['a 1 MB line', 'word '.repeat(MB / 5)],
    ['a 1 MB paragraph of short lines', 'line of text\n'.repeat(MB / 13)],
    ['a 1 MB line of CJK text with URLs', '多集群管理 https://kubesphere.io/zh。'.repeat(MB / 64)],
    ['10,000 backticks', '`'.repeat(10_000)],
    ['10,000 spaced backticks', '` '.repeat(10_000)],
    ['10,000 opening brackets', '['.repeat(10_000)],
    ['10,000 bracket pairs', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 link starts', '[a]('.repeat(10_000)],
    ['10,000 asterisks', '*'.repeat(10_000)],
    ['10,000 underscores', '_'.repeat(10_000)],
    ['"*a " × 20,000', '*a '.repeat(20_000)],
    ['"_a " × 20,000', '_a '.repeat(20_000)],
    ['"**a " × 20,000', '**a '.repeat(20_000)],
    ['10,000 "<"', '<'.repeat(10_000)],
    ['10,000 "<a "', '<a '.repeat(10_000)],
    ['10,000 entities without a semicolon', '&amp'.repeat(10_000)],
    ['10,000 unclosed shortcodes', '{{< '.repeat(10_000)],
    ['an HTML block of 10,000 unclosed tags', '<div>\n' + '<img src="x'.repeat(10_000)],
    ['an HTML block of 10,000 unclosed comments', '<div>\n' + '<!--'.repeat(10_000)],
    ['a bare URL of 100,000 dots', 'https://a' + '.'.repeat(100_000)],
    ['a bare URL of 100,000 closing parentheses', 'https://a' + ')'.repeat(100_000)],
    ['a bare URL of 100,000 semicolons and ampersands', 'https://a/' + '&a;'.repeat(33_000)],
    ['"www." × 25,000, ending in an invalid domain', 'www.'.repeat(25_000) + '_x'],
    ['"a@" × 50,000', 'a@'.repeat(50_000)],
    ['a 100 KB email local part and no domain', 'a.'.repeat(50_000) + '@'],
    ['an email domain of 50,000 "._" segments', 'a@a' + '._'.repeat(50_000)],
    ['"mailto:" × 12,000', 'mailto:'.repeat(12_000)],
    ['an xmpp resource of 100,000 characters', 'xmpp:a@b.c/' + 'a@.'.repeat(33_000)],
    ['10,000 "~" runs of every length', Array.from({ length: 10_000 }, (_, i) => '~'.repeat((i % 5) + 1)).join('a')],
    ['"3~5 " × 20,000', '3~5 '.repeat(20_000)],
    ['a table of 5,000 columns', '|a'.repeat(5000) + '|\n' + '|-'.repeat(5000) + '|\n' + '|b'.repeat(5000) + '|\n'],
    ['a table of 5,000 columns and 200 short rows', '|a'.repeat(5000) + '|\n' + '|-'.repeat(5000) + '|\n' + 'b\n'.repeat(200)],
  ];
  it.each(shapes)('%s', (_name, markdown) => {
    // Padded table rows hold empty cells, not text: their count is bounded by markdown-it.
    parseChecked(markdown);
    expect(() => parseInline(markdown)).not.toThrow();
  });

  it('5,000 nested quotes on one line: 32 levels of quote, the rest kept as text, one warning', () => {
    const markdown = `${'> '.repeat(5000)}deep`;
    const { blocks, diagnostics } = parseChecked(markdown);
    expect(depths(blocks).block).toBe(MAX_MARKDOWN_DEPTH);
    expect(blocksToText(blocks)).toBe(`${'> '.repeat(5000 - MAX_MARKDOWN_DEPTH)}deep`);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'too-deep', severity: 'warning', file: 'cases/zh/x.md', line: 1, column: 2 * MAX_MARKDOWN_DEPTH + 1 }),
    ]);
  });

  it('20,000 nested quotes, one per line, and the line and column of the warning are in the file', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${'>'.repeat(Math.min(i + 1, 40))} line ${i}`);
    const diagnostics = sink();
    const blocks = markdownToBlocks(lines.join('\n'), 7, 3, diagnostics);
    expect(depths(blocks).block).toBe(MAX_MARKDOWN_DEPTH);
    expect(blocksToText(blocks)).toContain('line 19999');
    expect(diagnostics.items.map((x) => [x.code, x.line, x.column])).toEqual([['too-deep', 7 + MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_DEPTH + 1]]);
  });

  it.each([
    ['bullets on one line', `${'- '.repeat(5000)}x`],
    ['ordered items on one line', `${'1. '.repeat(5000)}x`],
    ['quotes and lists mixed', `${'> - '.repeat(5000)}x`],
    ['an indented staircase', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 100)}- item ${i}`).join('\n')],
  ])('deep lists: %s', (_name, markdown) => {
    const { blocks, diagnostics } = parseChecked(markdown);
    expect(depths(blocks).block).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH);
    expect(diagnostics.map((x) => x.code)).toEqual(['too-deep']);
  });

  it.each([
    ['strong', `${'**a '.repeat(5000)}x${' b**'.repeat(5000)}`, '**'],
    ['alternating emphasis', `${'*a _b '.repeat(5000)}x${' b_ a*'.repeat(5000)}`, '_'],
    ['strikethrough', `${'~~a '.repeat(5000)}x${' b~~'.repeat(5000)}`, '~~'],
    ['HTML inline tags', `${'<b>'.repeat(5000)}x${'</b>'.repeat(5000)}`, ''],
    ['links in emphasis', `${'*[a '.repeat(5000)}x${'](u)*'.repeat(5000)}`, ''],
  ])('inline formatting nested 5,000 deep: %s is cut at the limit and reported once', (_name, markdown, markup) => {
    const { blocks, diagnostics } = parseChecked(markdown);
    expect(depths(blocks).inline).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH);
    if (markup) {
      expect(depths(blocks).inline).toBe(MAX_MARKDOWN_DEPTH);
      expect(blocksToText(blocks)).toContain(markup);
      expect(diagnostics.map((x) => [x.code, x.line, x.column])).toEqual([['too-deep', 1, 1]]);
    }
    const inlineSink = sink();
    const nodes = parseInline(markdown, inlineSink, [4, 9]);
    expect(depths([{ type: 'paragraph', text: '', inline: nodes }]).inline).toBeLessThanOrEqual(MAX_MARKDOWN_DEPTH);
    if (markup) expect(inlineSink.items.map((x) => [x.code, x.line, x.column])).toEqual([['too-deep', 4, 9]]);
  });

  it('20,000 nested images and links never overflow the stack', () => {
    parseChecked(`${'!['.repeat(20_000)}a${'](x)'.repeat(20_000)}`);
    parseChecked(`${'[!['.repeat(20_000)}a${'](x)](y)'.repeat(20_000)}`);
    parseChecked(`${'<a href="x"><i>'.repeat(20_000)}a`);
  });

  it('a paragraph of megabytes is parsed in pieces without losing text or links', () => {
    const markdown = '[链接](https://a.b) **粗** word\n'.repeat(40_000);
    for (const nodes of [(markdownToBlocks(markdown)[0] as { inline: Inline[] }).inline, parseInline(markdown)]) {
      expect(nodes.filter((n) => n.type === 'link')).toHaveLength(40_000);
      expect(nodes.filter((n) => n.type === 'strong')).toHaveLength(40_000);
      expect(inlineToText(nodes).trim()).toBe('链接 粗 word '.repeat(40_000).trim());
    }
  });

  it('one too-deep warning per file, however many parses report it', () => {
    const diagnostics = sink();
    for (let i = 0; i < 3; i++) markdownToBlocks(`${'> '.repeat(100)}x`, 1, 1, diagnostics);
    parseInline(`${'*a '.repeat(100)}x${' a*'.repeat(100)}`, diagnostics);
    expect(diagnostics.items.map((x) => x.code)).toEqual(['too-deep']);
  });

  it('content within the limit is not reported', () => {
    const diagnostics = sink();
    markdownToBlocks(`${'> '.repeat(MAX_MARKDOWN_DEPTH)}x\n\n${'**a '.repeat(MAX_MARKDOWN_DEPTH)}x${' a**'.repeat(MAX_MARKDOWN_DEPTH)}`, 1, 1, diagnostics);
    expect(diagnostics.items).toEqual([]);
  });
});

describe('generated Markdown (fast-check)', () => {
  const pieces = [
    '*',
    '**',
    '_',
    '__',
    '~~',
    '~',
    '`',
    '``',
    '[',
    ']',
    '(',
    ')',
    '![',
    '](',
    '<',
    '>',
    '> ',
    '- ',
    '1. ',
    '#',
    '## ',
    '|',
    '|-|',
    '\n',
    '\n\n',
    '    ',
    '\t',
    '\\',
    '&amp;',
    '&#x1F600;',
    '&bogus;',
    '<b>',
    '</b>',
    '<a href="x">',
    '</a>',
    '<br>',
    '<img src=y>',
    '<!--',
    '-->',
    '<div>',
    '{{<',
    '>}}',
    '```',
    '~~~',
    '---',
    'https://a.b/c',
    'www.',
    'a.b',
    '@',
    'mailto:',
    'xmpp:',
    '&x;',
    ' ',
    'a',
    '多集群',
    '。',
    ')',
    '\u0000',
    '\r',
    '\u202e',
  ];
  const markdown = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 200 }).map((p) => p.join(''));

  it('every generated input gives valid, bounded, depth-limited blocks', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const { blocks } = parseChecked(md, 4);
        for (const b of blocks) expect(BlockSchema.safeParse(b).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('deeply nested generated input stays within the limit', () => {
    const nested = fc
      .tuple(fc.array(fc.constantFrom('> ', '- ', '1. ', '* ', '**', '_', '[', '~~', '<i>'), { minLength: 40, maxLength: 400 }), fc.string({ maxLength: 8 }))
      .map(
        ([opens, text]) =>
          opens.join('') +
          text +
          [...opens]
            .reverse()
            .map((o) => (o === '[' ? '](u)' : o === '<i>' ? '</i>' : /^[*_~]/.test(o) ? o : ''))
            .join(''),
      );
    fc.assert(
      fc.property(nested, (md) => {
        parseChecked(md, 4);
      }),
      { numRuns: 300 },
    );
  });

  it('parseInline never throws and its text is bounded by its input', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const nodes = parseInline(md);
        expect(contentLength([{ type: 'paragraph', text: '', inline: nodes }])).toBeLessThanOrEqual(md.length * 2 + 16);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('linear work (counted, not timed)', () => {
  /**
   * A deterministic measure of parsing work: markdown-it rule calls (every scan of a block or an
   * inline construct, including the silent look-aheads that make parsers quadratic) plus the
   * characters it reads through `charCodeAt`, plus the tokens it makes.
   */
  function work(markdown: string): number {
    const md = createMarkdownParser();
    let calls = 0;
    for (const ruler of [md.block.ruler, md.inline.ruler, md.inline.ruler2, md.core.ruler] as unknown as {
      __rules__: { fn: (...a: unknown[]) => unknown }[];
    }[]) {
      for (const rule of ruler.__rules__) {
        const fn = rule.fn;
        rule.fn = (...args: unknown[]) => {
          calls++;
          return fn(...args);
        };
      }
    }
    // Ruler caches compiled chains: rebuild them with the counting rules.
    for (const ruler of [md.block.ruler, md.inline.ruler, md.inline.ruler2, md.core.ruler] as unknown as { __cache__: unknown }[]) ruler.__cache__ = null;
    const charCodeAt = String.prototype.charCodeAt;
    let reads = 0;
    String.prototype.charCodeAt = function (this: string, i: number) {
      reads++;
      return charCodeAt.call(this, i);
    };
    let tokens = 0;
    try {
      for (const t of md.parse(markdown, { depth: 0, tooDeep: null })) tokens += 1 + (t.children?.length ?? 0);
    } finally {
      String.prototype.charCodeAt = charCodeAt;
    }
    return calls + reads + tokens;
  }

  const shapes: [string, (n: number) => string][] = [
    ['"*a "', (n) => '*a '.repeat(n)],
    ['"_a "', (n) => '_a '.repeat(n)],
    ['"**a "', (n) => '**a '.repeat(n)],
    ['backticks with spaces', (n) => '` '.repeat(n)],
    ['runs of backticks', (n) => Array.from({ length: n }, (_, i) => '`'.repeat((i % 50) + 1)).join(' ')],
    ['opening brackets', (n) => '['.repeat(n)],
    ['link starts', (n) => '[a]('.repeat(n)],
    ['nested images', (n) => `${'!['.repeat(n)}a${'](x)'.repeat(n)}`],
    ['"<" and "<a "', (n) => '<a '.repeat(n) + '<'.repeat(n)],
    ['nested quotes', (n) => `${'> '.repeat(n)}x`],
    ['quotes per line', (n) => Array.from({ length: n }, (_, i) => `${'>'.repeat((i % 60) + 1)} x`).join('\n')],
    ['nested lists', (n) => `${'- '.repeat(n)}x`],
    ['nested strong', (n) => `${'**a '.repeat(n)}x${' b**'.repeat(n)}`],
    ['mixed emphasis', (n) => `${'*_'.repeat(n)}x${'_*'.repeat(n)}`],
    ['table rows', (n) => `a|b\n-|-\n${'c|d\n'.repeat(n)}`],
    ['entities', (n) => '&amp'.repeat(n)],
    [
      'real-shaped text',
      (n) => '## 背景\n\n我们的 **平台** 使用 `kubectl` 管理，详见 [官网](https://kubesphere.io)。\n\n- 资源利用率低\n- 发布慢\n\n'.repeat(Math.ceil(n / 40)),
    ],
  ];
  it.each(shapes)('%s: doubling the input at most 2.5× the work', (_name, make) => {
    const small = work(make(4000));
    const large = work(make(8000));
    expect(large / small).toBeLessThanOrEqual(2.5);
  });

  /** The work of the whole conversion to blocks (markdown-it and core's own scanners, such as the autolink finder): characters read through `charCodeAt`. */
  function modelWork(markdown: string): number {
    const charCodeAt = String.prototype.charCodeAt;
    let reads = 0;
    String.prototype.charCodeAt = function (this: string, i: number) {
      reads++;
      return charCodeAt.call(this, i);
    };
    try {
      markdownToBlocks(markdown);
    } finally {
      String.prototype.charCodeAt = charCodeAt;
    }
    return reads;
  }

  const autolinkShapes: [string, (n: number) => string][] = [
    ['"www." runs ending in an invalid domain', (n) => 'www.'.repeat(n) + '_x'],
    ['"www." runs after a letter', (n) => 'awww.'.repeat(n)],
    ['"a@"', (n) => 'a@'.repeat(n)],
    ['a long local part before each of many "@"', (n) => `${'a.'.repeat(n)}@ `.repeat(4)],
    ['email domains of "._" segments', (n) => 'a@a' + '._'.repeat(n)],
    ['"mailto:" and "xmpp:"', (n) => 'mailto:xmpp:'.repeat(n)],
    ['xmpp resources', (n) => 'xmpp:a@b.c/' + 'a@.'.repeat(n)],
    ['URL paths ending in ";" and "&a;"', (n) => 'https://a/' + '&a;'.repeat(n) + ';'.repeat(n)],
    ['URLs of ")"', (n) => 'https://a' + ')'.repeat(n)],
    ['"http://" runs', (n) => 'http://'.repeat(n)],
    ['tilde runs', (n) => Array.from({ length: n }, (_, i) => '~'.repeat((i % 5) + 1)).join('a')],
    ['links next to CJK text', (n) => '见https://kubesphere.io。写信给admin@kubesphere.io，或 www.kubesphere.io。'.repeat(Math.ceil(n / 20))],
  ];
  it.each(autolinkShapes)('autolinks and strikethrough, %s: doubling the input at most 2.5× the work', (_name, make) => {
    const small = modelWork(make(4000));
    const large = modelWork(make(8000));
    expect(large / small).toBeLessThanOrEqual(2.5);
  });
});
