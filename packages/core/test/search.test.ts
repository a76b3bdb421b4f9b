import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACETS, createSearchIndex, facetCounts, facetNamed, findDocument, loadContent, queryCases, searchIndexOf, tokenize } from '@cases/core';
import { repoRoot } from './helpers.js';

describe('query and search', async () => {
  const collection = await loadContent(join(repoRoot, 'content'));
  const index = createSearchIndex(collection);

  it('tokenises Chinese into bigrams and English into lower-case words', () => {
    expect(tokenize('多集群管理 DevOps')).toEqual(['多集', '集群', '群管', '管理', 'devops']);
  });

  it('多集群 finds the cases about 多集群管理, ranked by title and facts first', () => {
    const hits = index.search('多集群', { kind: 'case' });
    expect(hits[0]).toMatchObject({ id: 'vesoft', field: 'facts' });
    expect(hits[0]!.snippet).toContain('多集群');
    expect(hits.map((h) => h.id)).toContain('internet-ecommerce');
    // A body match shows near the start of its snippet, so a narrow column still shows it.
    const body = hits.find((h) => h.id === 'internet-ecommerce')!;
    expect(body.field).toBe('body');
    expect(body.snippet.indexOf('多集群')).toBeLessThan(14);
  });

  it('devops matches DevOps, case-insensitively', () => {
    const ids = index.search('devops', { kind: 'case' }).map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['maxnerva', 'tuling']));
  });

  it('ranks title and facts hits above body hits, and finds words split between facts and body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cases-search-'));
    try {
      mkdirSync(join(dir, 'cases/zh'), { recursive: true });
      const page = (name: string, industry: string, body: string) =>
        `---\ntitle: ${name}\nsection1:\n  title: ${name}\n  content: ${name} 的故事。\nsection2:\n  listLeft:\n    - title: 背景\n      contentList:\n        - content: ${body}\n  rightPart:\n    list:\n      - title: 行业\n        content: ${industry}\n---\n`;
      writeFileSync(join(dir, 'cases/zh/a.md'), page('甲公司', '金融', '我们用 KubeSphere 做多集群管理，多集群很多。'));
      writeFileSync(join(dir, 'cases/zh/b.md'), page('乙公司', '多集群运营', '平台很好。'));
      writeFileSync(join(dir, 'cases/zh/c.md'), page('丙公司', '制造', '多集而成，集群另说。'));
      const c = await loadContent(dir);
      const hits = createSearchIndex(c).search('多集群', { kind: 'case' });
      // b names it in its facts, a only in its body; c has 多集 and 集群 apart: no match.
      expect(hits.map((h) => [h.id, h.field])).toEqual([
        ['b', 'facts'],
        ['a', 'body'],
      ]);
      expect(
        createSearchIndex(c)
          .search('金融 kubesphere')
          .map((h) => h.id),
      ).toEqual(['a']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one index per collection', () => {
    expect(searchIndexOf(collection)).toBe(searchIndexOf(collection));
    expect(searchIndexOf(collection)).not.toBe(searchIndexOf({ ...collection }));
  });

  it('finds scenarios too', () => {
    expect(index.search('灰度发布', { kind: 'scenario' })[0]?.id).toBe('microservices');
  });

  it('filters by facets, scenario, locale and kind', () => {
    const ids = (f: Parameters<typeof queryCases>[1]) => queryCases(collection, f).map((c) => c.id);
    expect(ids({ feature: 'devops' })).toEqual(['tuling']);
    expect(ids({ feature: ['devops', 'cicd'] })).toEqual(['internet-ecommerce', 'maxnerva', 'tuling']);
    expect(ids({ cloudType: 'public', industry: 'internet' })).toEqual(['tuling', 'vesoft']);
    expect(ids({ scenario: 'multi-cluster' })).toEqual(['vesoft']);
    expect(ids({ kind: 'article' })).toEqual(['internet-ecommerce']);
    expect(ids({ locale: 'en' })).toEqual([]);
    expect(ids({ search: 'DevOps', cloudType: 'hybrid' })).toEqual(['maxnerva']);
  });

  it('counts facets of any result set', () => {
    const counts = facetCounts(queryCases(collection, { cloudType: 'public' }), {}, collection.taxonomy);
    expect(counts.cloudType).toEqual([{ id: 'public', label: { zh: '公有云', en: 'Public' }, count: 2, selected: false }]);
    expect(counts.feature.find((f) => f.id === 'monitoring')?.count).toBe(2);
    expect(counts.locale).toEqual([{ id: 'zh', label: { zh: 'zh', en: 'zh' }, count: 2, selected: false }]);
  });

  it('counts each facet with every other facet of the selection applied', () => {
    const selection = { cloudType: ['public'], feature: ['devops'] };
    const counts = facetCounts(collection.cases, selection, collection.taxonomy);
    // Within cloudType the other choices stay visible, counted with feature=devops applied.
    const cloud = Object.fromEntries(counts.cloudType.map((f) => [f.id, f.count]));
    const expected = (id: string) => collection.cases.filter((c) => c.facets.features.includes('devops') && c.facets.cloudType.includes(id)).length;
    for (const f of counts.cloudType) expect(cloud[f.id]).toBe(expected(f.id));
    expect(counts.cloudType.find((f) => f.id === 'public')?.selected).toBe(true);
    // Ids follow the taxonomy's order.
    const order = collection.taxonomy.features.map((t) => t.id);
    const ids = counts.feature.map((f) => f.id).filter((id) => order.includes(id));
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('names every facet the same way on every surface, and finds documents by locale and id', () => {
    expect(facetNamed('features')?.key).toBe('feature');
    expect(facetNamed('cloud-type')?.key).toBe('cloudType');
    expect(facetNamed('cloudTypes')?.flag).toBe('cloud-type');
    expect(facetNamed('nope')).toBeUndefined();
    expect(FACETS.map((f) => f.key)).toEqual(['industry', 'cloudType', 'feature', 'challenge', 'scenario', 'locale', 'kind']);
    const first = collection.cases[0]!;
    expect(findDocument(collection.cases, { locale: first.locale, id: first.id })).toBe(first);
    expect(findDocument(collection.cases, { locale: 'xx', id: first.id })).toBeUndefined();
  });
});

describe('normalizeTerm', () => {
  it('reads "&", "and", 与 and 和 as the same joiner, and leaves words that contain "and" alone', async () => {
    const { normalizeTerm } = await import('@cases/core');
    const forms = ['Security & Compliance', 'Security and Compliance', 'security&compliance', 'Security与Compliance', 'Security 和 Compliance'];
    expect(new Set(forms.map(normalizeTerm)).size).toBe(1);
    expect(normalizeTerm('Brand Management')).toBe('brandmanagement');
    // A leading product or brand name is tried away only when the whole value matches nothing.
    const { createTermMatcher, DEFAULT_TAXONOMY } = await import('@cases/core');
    const matcher = createTermMatcher(DEFAULT_TAXONOMY);
    expect(['Acme 的 DevOps', 'KubeSphere DevOps', 'Acme的DevOps'].map((v) => matcher.match('features', v))).toEqual(['devops', 'devops', 'devops']);
    expect(matcher.match('features', 'Acme')).toBeUndefined();
  });
});
