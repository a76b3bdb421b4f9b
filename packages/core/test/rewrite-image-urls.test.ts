import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadContent, rewriteImageUrls, toExport } from '@cases/core';
import { repoRoot } from './helpers.js';

it('visits every image URL once with where it is written, and an image mapped to "" is left out (a logo or cover becomes null)', async () => {
  const data = toExport(await loadContent(join(repoRoot, 'content')));
  const seen: string[] = [];
  rewriteImageUrls(data, (url, site) => {
    seen.push(`${site.source}:${site.position?.[0] ?? '?'} ${url}`);
    return url.startsWith('/images/') || url.endsWith('cover.png') ? '' : `mapped:${url}`;
  });
  // The seeds hold logos (root-relative), a cover and body images (remote).
  expect(seen.some((s) => s.includes('/images/case/logo-turing.png') && s.startsWith('cases/zh/tuling.md:'))).toBe(true);
  expect(seen.some((s) => s.includes('ks-20240625-cover.png'))).toBe(true);
  expect(seen.filter((s) => s.includes('pek3b.qingstor.com')).length).toBeGreaterThan(30);
  const tuling = data.cases.find((c) => c.id === 'tuling')!;
  expect(tuling.company.logo).toBeNull();
  expect(data.cases.find((c) => c.id === 'internet-ecommerce')!.cover).toBeNull();
  const json = JSON.stringify(data);
  expect(json).not.toContain('"/images/case/');
  expect(json).not.toMatch(/"src":"https:/);
  expect(json).toContain('"src":"mapped:https://pek3b.qingstor.com/');
});
