import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers.js';

describe('case page variants', () => {
  const { cases, diagnostics } = parseFixture('case-page/all-variants.md', 'cases/zh/acme.md');
  const c = cases[0]!;

  it('reads the company, summary, logo and section1.image', () => {
    expect(c.id).toBe('acme');
    expect(c.company).toEqual({ name: 'Acme 云计算', summary: 'Acme 云计算是一家**领先**的云服务商。', logo: '/images/case/acme.png' });
    expect(c.cover).toBe('https://example.com/acme-hero.png');
  });

  it('keeps sections in order; untitled blocks continue the section before, even after highlights', () => {
    expect(c.sections.map((s) => s.title)).toEqual(['公司简介', '挑战', '未来规划']);
    const types = c.sections[1]!.blocks.map((b) => b.type);
    expect(types).toEqual(['heading', 'paragraph', 'list', 'list', 'heading', 'heading', 'image', 'image', 'highlights', 'paragraph', 'quote']);
  });

  it('parses inline Markdown: bold, code, links and bare URLs stopping at Chinese punctuation', () => {
    const p = c.sections[0]!.blocks[0]!;
    expect(p.type).toBe('paragraph');
    if (p.type !== 'paragraph') return;
    expect(p.inline).toContainEqual({ type: 'link', url: 'https://acme.example.com', children: [{ type: 'text', value: 'https://acme.example.com' }] });
    expect(p.inline).toContainEqual({ type: 'code', value: 'kubectl' });
    expect(p.inline).toContainEqual({ type: 'link', url: 'https://kubesphere.io', children: [{ type: 'text', value: 'KubeSphere' }] });
    expect(p.text).toContain('官网 https://acme.example.com。');
  });

  it('groups numbered and dashed content items into lists', () => {
    const [ordered, bullets] = c.sections[1]!.blocks.filter((b) => b.type === 'list');
    expect(ordered).toMatchObject({ ordered: true, start: 1, items: [{ text: '支持私有云，公有云和混合云。' }, { text: '管理数千个微服务。' }] });
    expect(bullets).toMatchObject({ ordered: false, items: [{ text: '资源利用率低' }, { text: '发布周期长' }] });
  });

  it('reads specialContent level, link and bold as sub-headings', () => {
    const headings = c.sections[1]!.blocks.filter((b) => b.type === 'heading');
    expect(headings[0]).toMatchObject({ level: 3, text: '技术挑战' });
    expect(headings[1]).toMatchObject({ text: '了解更多', inline: [{ type: 'link', url: 'https://example.com/more' }] });
    expect(headings[2]).toMatchObject({ text: '重点', inline: [{ type: 'strong' }] });
  });

  it('collects highlights and the pull quote with its author', () => {
    expect(c.highlights.map((h) => h.text)).toEqual(['降低运维成本', '提升交付效率']);
    expect(c.highlights[0]!.inline).toContainEqual({ type: 'strong', children: [{ type: 'text', value: '运维' }] });
    // Plain text carries no inline tree (export v2): only formatted text does.
    expect(c.quotes).toEqual([{ text: 'KubeSphere 让我们的交付快了十倍。', author: 'Acme CTO' }]);
  });

  it('splits fact values on 、，,；; + 和 and keeps unknown labels in extra', () => {
    expect(c.facts.cloudType).toEqual(['公有云', '私有云']);
    expect(c.facts.challenges).toEqual(['高可用', '效率', '安全', '成本', '扩展性', '数据安全']);
    expect(c.facts.features).toEqual(['多集群管理', '监控', '告警', 'DevOps']);
    expect(c.facts.extra).toEqual({ 规模: '300 节点' });
    expect(c.facts.positions.industry).toEqual([69, 18]);
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown-fact']);
  });

  it('reads English labels; an English page in the zh folder keeps the folder locale and is warned about', () => {
    const r = parseFixture('case-page/english-in-zh-folder.md', 'cases/zh/northwind.md');
    const n = r.cases[0]!;
    expect(n.locale).toBe('zh');
    expect(r.diagnostics.find((d) => d.code === 'locale-mismatch')?.severity).toBe('warning');
    expect(n.facts).toMatchObject({
      industry: 'Retail',
      location: 'United States',
      cloudType: ['Hybrid'],
      features: ['DevOps', 'Logging', 'Monitoring'],
      author: 'Jane Doe',
    });
    expect(r.diagnostics.map((d) => d.code)).toContain('locale-mismatch');
  });
});

describe('content that is a Markdown block on its own', () => {
  it('an image or a heading in a content item becomes that block', () => {
    const c = parseFixture('case-page/all-variants.md', 'cases/zh/acme.md').cases[0]!;
    const last = c.sections.at(-1)!;
    expect(last.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'heading']);
    expect(last.blocks[1]).toMatchObject({ src: 'https://example.com/roadmap.png', alt: '路线图' });
    expect(last.blocks[2]).toMatchObject({ level: 3, text: '2025 目标' });
  });
});

describe('more Markdown the site uses', () => {
  it('Hugo shortcodes are dropped, linked images are images that keep their link, image lists are read', async () => {
    const { markdownToBlocks, parseCasePage } = await import('@cases/core');
    const blocks = markdownToBlocks('{{< notice note >}}\n\n注意事项。\n\n{{</ notice >}}\n\n[![架构](https://e.x/a.png)](https://e.x/a.png)\n');
    expect(blocks).toEqual([
      { type: 'paragraph', text: '注意事项。', position: [3, 1] },
      { type: 'image', src: 'https://e.x/a.png', alt: '架构', link: 'https://e.x/a.png', position: [7, 1] },
    ]);
    const r = parseCasePage(
      '---\nsection1:\n  title: 甲\n  content: 乙\nsection2:\n  listLeft:\n    - title: 丙\n      image:\n        - https://e.x/1.png\n        - https://e.x/2.png\n---\n',
      { path: 'cases/zh/a.md' },
    );
    expect(r.value!.sections[0]!.blocks.map((b) => (b.type === 'image' ? b.src : b.type))).toEqual(['https://e.x/1.png', 'https://e.x/2.png']);
    expect(r.diagnostics).toEqual([]);
  });
});
