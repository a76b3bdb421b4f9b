import { describe, expect, it } from 'vitest';

import { jsonForScript, renderToString, STYLES, VIEWS } from '@cases/web';
import type { ElementName } from '@cases/web';

import { createHostileExport, HOSTILE_STRINGS } from '../src/hostile-export.js';

import { FIXTURE } from './helpers/site.js';

describe('renderToString', () => {
  it('prints the element with a declarative shadow root and its attributes', async () => {
    const html = renderToString('card', FIXTURE, { attributes: { 'case-id': 'tuling', lang: 'zh', src: 'cases.json' } });
    expect(html.startsWith('<cases-card case-id="tuling" lang="zh" src="cases.json"><template shadowrootmode="open"><style>')).toBe(true);
    expect(html).toContain(STYLES.slice(0, 40));
    expect(html).toContain('<h3 part="title">图菱科技</h3>');
    expect(html).toContain(
      '<button class="more" part="more" lang="zh" aria-label="阅读全文: 图菱科技" data-k="more:zh/tuling" type="button">阅读全文</button>',
    );
    // The live region is printed empty, as the element starts it, so upgrading keeps the node.
    expect(html).toContain('<div class="sr" role="status" aria-live="polite" aria-atomic="true" data-key="live"></div></template>');
    expect(html.endsWith('</template></cases-card>')).toBe(true);
    await expect(
      renderToString('card', FIXTURE, { attributes: { 'case-id': 'tuling', lang: 'zh' }, prefix: 'acme', stylesheet: '/c.css' }),
    ).toMatchFileSnapshot('./fixtures/render-to-string/card-acme.html');
  });

  it('renders every element of the fixture', async () => {
    for (const name of Object.keys(VIEWS) as ElementName[]) {
      const html = renderToString(name, FIXTURE, { attributes: { lang: 'en', 'case-id': 'maxnerva', 'scenario-id': 'devops' }, stylesheet: 'cases-web.css' });
      expect(html).not.toContain('part="error"');
      await expect(html).toMatchFileSnapshot(`./fixtures/render-to-string/${name}.html`);
    }
  });

  it('escapes hostile text and drops hostile URLs', () => {
    const data = createHostileExport();
    for (const name of Object.keys(VIEWS) as ElementName[]) {
      const html = renderToString(name, data, { attributes: { lang: 'en', 'case-href': 'javascript:alert(1)' }, inlineData: true });
      const markup = html.replace(/<script type="application\/json">[^<]*<\/script>/, '');
      expect(markup).not.toMatch(/<script|<img src=x|<svg|<iframe|<\/style><style>/i);
      expect(markup).not.toMatch(/\s(href|src)="\s*(javascript|data|vbscript|java\s)/i);
      // Every start tag's attribute names, read the way an HTML parser would (values are quoted).
      const names = [...markup.matchAll(/<[a-z][\w-]*((?:\s+[^\s="'<>/]+(?:="[^"]*")?)*)\s*>/gi)].flatMap((m) =>
        [...m[1]!.replace(/="[^"]*"/g, '').matchAll(/\s([^\s="'<>/]+)/g)].map((a) => a[1]!),
      );
      expect(names.length).toBeGreaterThan(5);
      expect(names.filter((n) => /^on|^style$|^srcdoc$/i.test(n))).toEqual([]);
      const shown = HOSTILE_STRINGS.filter((s) =>
        markup.includes(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')),
      );
      expect(shown.length, name).toBeGreaterThan(0);
    }
  });

  it('jsonForScript never lets the data close its script element', () => {
    const json = jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
  });

  it('refuses unusable data and unknown elements with a message saying why', () => {
    expect(() => renderToString('card', { schemaVersion: 0 } as never)).toThrow('schemaVersion 0 is not supported');
    expect(() => renderToString('carousel' as ElementName, FIXTURE)).toThrow('unknown element "carousel"');
    // The prefix is printed into the markup, so it is checked like define()'s.
    const bad = 'x><img src=x onerror=alert(1)';
    expect(() => renderToString('card', FIXTURE, { prefix: bad })).toThrow(TypeError);
    expect(() => renderToString('card', FIXTURE, { prefix: bad })).toThrow(`renderToString: prefix "${bad}" is not valid`);
  });
});

describe('linked images', () => {
  it('a linked image block links through the link allow-list; a script URL leaves the image unlinked', () => {
    const zh = FIXTURE.cases.find((c) => c.locale === 'zh')!;
    const detail = (link: string) => {
      const figure = { type: 'image' as const, src: 'https://example.com/figure.png', alt: '架构图', link };
      const data = { ...FIXTURE, cases: [{ ...zh, sections: [{ title: '架构', blocks: [figure] }] }] };
      return renderToString('detail', data, { attributes: { 'case-id': zh.id, lang: 'zh' } });
    };
    expect(detail('https://example.com/architecture')).toMatch(
      /<figure class="img" part="image"><a href="https:\/\/example.com\/architecture"[^>]*><img src="https:\/\/example.com\/figure.png"/,
    );
    const unsafe = detail('javascript:alert(1)');
    expect(unsafe).toMatch(/<figure class="img" part="image"><img src="https:\/\/example.com\/figure.png"/);
    expect(unsafe).not.toContain('javascript:');
  });
  it('struck-through text and images inside text keep their text', () => {
    const zh = FIXTURE.cases.find((c) => c.locale === 'zh')!;
    const paragraph = {
      type: 'paragraph' as const,
      text: '旧方案 新方案 标志',
      inline: [
        { type: 'delete' as const, children: [{ type: 'text' as const, value: '旧方案' }] },
        { type: 'text' as const, value: ' 新方案 ' },
        { type: 'link' as const, url: 'https://example.com', children: [{ type: 'image' as const, src: 'https://example.com/logo.png', alt: '标志' }] },
      ],
    };
    const data = { ...FIXTURE, cases: [{ ...zh, sections: [{ title: '方案', blocks: [paragraph] }] }] };
    const html = renderToString('detail', data, { attributes: { 'case-id': zh.id, lang: 'zh' } });
    expect(html).toContain('<p><del>旧方案</del> 新方案 <a href="https://example.com"');
    expect(html).toMatch(/<a href="https:\/\/example.com"[^>]*>标志<\/a><\/p>/);
  });
});

describe('documents are found by locale and id', () => {
  it('case-id with locale picks that translation; without locale the UI language is preferred', () => {
    const zh = FIXTURE.cases.find((c) => c.locale === 'zh')!;
    const en = { ...zh, locale: 'en', company: { ...zh.company, name: 'Tuling Tech (en)' } };
    const data = { ...FIXTURE, cases: [zh, en] };
    const title = (attributes: Record<string, string>) =>
      /<h3 part="title">([^<]*)</.exec(renderToString('card', data, { attributes: { 'case-id': zh.id, ...attributes } }))?.[1];
    expect(title({ locale: 'en', lang: 'zh' })).toBe('Tuling Tech (en)');
    expect(title({ locale: 'zh', lang: 'en' })).toBe(zh.company.name);
    expect(title({ lang: 'en' })).toBe('Tuling Tech (en)');
    expect(title({ lang: 'zh-CN' })).toBe(zh.company.name);
    expect(renderToString('card', data, { attributes: { 'case-id': zh.id, locale: 'fr' } })).toContain('part="error"');
  });
});
