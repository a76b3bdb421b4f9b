import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, exportJsonChunks, inlineToText, loadContent, parseScenarioPage, parseTaxonomy, toExport, type Inline } from '@cases/core';
import { exportJsonSchema, validateExport } from '@cases/core/schema';
import { fixture, repoRoot, treeOf } from './helpers.js';

const content = join(repoRoot, 'content');

describe('the seeds in content/', async () => {
  const collection = await loadContent(content);

  it('load with no errors: four cases and the five scenarios of one page', () => {
    expect(collection.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(collection.cases.map((c) => c.id)).toEqual(['internet-ecommerce', 'maxnerva', 'tuling', 'vesoft']);
    expect(collection.scenarios.map((s) => s.id)).toEqual(['multi-cluster', 'observability', 'microservices', 'devops', 'bare-metal']);
    expect(new Set(collection.scenarios.map((s) => s.page.id))).toEqual(new Set(['use-cases']));
  });

  it('reads facts, facets, highlights, quotes and sections of a case page', () => {
    const v = collection.cases.find((c) => c.id === 'vesoft')!;
    expect(v.company.name).toBe('vesoft inc.');
    expect(v.facts).toMatchObject({
      industry: '互联网',
      location: '中国',
      cloudType: ['公有云'],
      challenges: ['多集群管理与后台运营'],
      features: ['多集群管理', '监控', '应用商店'],
    });
    expect(v.facets).toEqual({
      industry: ['internet'],
      cloudType: ['public'],
      features: ['multi-cluster', 'monitoring', 'app-store'],
      challenges: ['multi-cluster'],
    });
    expect(v.highlights.map((h) => h.text)).toEqual(['降低多集群管理复杂度', '提升后台运营体验', '开发测试流程自动化']);
    expect(v.quotes[0]!.author).toBe('vesoft');
    expect(v.sections.map((s) => s.title)).toEqual(['公司简介', '多云架构挑战', 'KubeSphere 多集群管理', '未来规划']);
    expect(v.scenarios).toEqual(['multi-cluster', 'observability']);
    const images = v.sections[2]!.blocks.filter((b) => b.type === 'image');
    expect(images).toHaveLength(7);
  });

  it('warns that seed 002 front-matter title is not its company', () => {
    const t = collection.cases.find((c) => c.id === 'tuling')!;
    expect(t.company.name).toBe('图菱科技');
    expect(collection.diagnostics.find((d) => d.code === 'title-mismatch' && d.file.endsWith('tuling.md'))).toBeTruthy();
  });

  it('reads the article: front matter, date, cover, sections', () => {
    const a = collection.cases.find((c) => c.id === 'internet-ecommerce')!;
    expect(a.source.format).toBe('case-article');
    expect(a.publishedAt).toBe('2024-06-25');
    expect(a.keywords).toEqual(['KubeSphere', 'Kubernetes', '电商行业', '容器']);
    expect(a.sections.map((s) => s.title)).toEqual(['背景', '选型说明', '实践过程', '使用效果', '未来规划']);
    expect(a.facets.industry).toEqual(['e-commerce']);
  });

  it('links scenarios and cases both ways', () => {
    const mc = collection.scenarios.find((s) => s.id === 'multi-cluster')!;
    expect(mc.title).toBe('多集群部署');
    expect(mc.sections.map((s) => s.title)).toEqual(['高可用', '低延迟', '隔离', '避免厂商锁定']);
    expect(mc.cases).toEqual(['vesoft']);
    expect(collection.scenarios.find((s) => s.id === 'devops')!.cases).toEqual(['internet-ecommerce', 'maxnerva', 'tuling']);
  });

  it('the plain-text scenarios page and its Markdown form give the same tree', () => {
    const text = parseScenarioPage(readFileSync(join(content, 'scenarios/zh/use-cases.txt'), 'utf8'), {
      path: 'scenarios/zh/use-cases.txt',
      taxonomy: DEFAULT_TAXONOMY,
    });
    const md = parseScenarioPage(readFileSync(fixture('scenario/use-cases.zh.md'), 'utf8'), { path: 'scenarios/zh/use-cases.md', taxonomy: DEFAULT_TAXONOMY });
    expect(text.diagnostics).toEqual([]);
    expect(md.diagnostics).toEqual([]);
    expect(text.value!.scenarios.map(treeOf)).toEqual(md.value!.scenarios.map(treeOf));
    expect(text.value!.title).toBe('应用场景');
    const all = JSON.stringify(text.value);
    expect(all).not.toContain('感谢您的反馈');
    // Captions are images, not headings.
    expect(text.value!.scenarios[0]!.sections[0]!.blocks.at(-1)).toMatchObject({ type: 'image', alt: '高可用' });
  });

  it('an English scenarios page gives the same tree in text and Markdown', () => {
    const read = (f: string) => parseScenarioPage(readFileSync(fixture(`scenario/${f}`), 'utf8'), { path: `scenarios/${f}`, taxonomy: DEFAULT_TAXONOMY });
    const text = read('mini.en.txt');
    const md = read('mini.en.md');
    expect(text.value!.scenarios.map(treeOf)).toEqual(md.value!.scenarios.map(treeOf));
    expect(text.value!.scenarios.map((s) => [s.id, s.locale, s.sections.map((x) => x.title)])).toEqual([
      ['multi-cluster', 'en', ['High Availability', 'Low Latency']],
      ['devops', 'en', []],
    ]);
    expect(JSON.stringify(text.value)).not.toContain('Thanks for the feedback');
  });

  it('streams the export piece by piece, exactly as JSON.stringify writes it whole', () => {
    for (const indent of [2, 0, 4]) {
      const pieces = [...exportJsonChunks(collection, { indent })];
      expect(pieces.length).toBeGreaterThan(collection.cases.length);
      expect(pieces.join('')).toBe(`${JSON.stringify(toExport(collection), null, indent)}\n`);
    }
    const empty = { cases: [], scenarios: [], taxonomy: collection.taxonomy };
    expect([...exportJsonChunks(empty)].join('')).toBe(`${JSON.stringify(toExport(empty), null, 2)}\n`);
  });

  it('exports JSON that validates against the schema; text on every text block, inline only where formatted', () => {
    const data = JSON.parse(JSON.stringify(toExport(collection)));
    expect(data.schemaVersion).toBe(2);
    const r = validateExport(data);
    expect(r.ok ? [] : r.issues).toEqual([]);
    const blocks = data.cases.flatMap((c: { sections: { blocks: Record<string, unknown>[] }[] }) => c.sections.flatMap((s) => s.blocks));
    const paragraphs = blocks.filter((b: Record<string, unknown>) => b.type === 'paragraph');
    expect(paragraphs.every((b: Record<string, unknown>) => typeof b.text === 'string')).toBe(true);
    // A paragraph with no formatting carries no inline tree; one with formatting has it, and it reads as its text.
    expect(paragraphs.some((b: Record<string, unknown>) => b.inline === undefined)).toBe(true);
    const formatted = paragraphs.find((b: Record<string, unknown>) => Array.isArray(b.inline));
    expect(formatted && inlineToText(formatted.inline as Inline[])).toBe(formatted?.text);
    expect(blocks.every((b: { position?: unknown }) => Array.isArray(b.position) && b.position.length === 2)).toBe(true);
    const schema = exportJsonSchema();
    expect(schema.$schema).toContain('2020-12');
    expect(JSON.stringify(schema)).toContain('schemaVersion');
  });

  it('the built-in taxonomy matches content/taxonomy.yaml', () => {
    const r = parseTaxonomy(readFileSync(join(content, 'taxonomy.yaml'), 'utf8'), { path: 'taxonomy.yaml' });
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(DEFAULT_TAXONOMY);
  });
});
