import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACETS } from '@cases/core';
import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const page = (name: string, industry: string) =>
  `---\nsection1:\n  title: ${name}\n  content: ${name} summary\nsection2:\n  listLeft: []\n  rightPart:\n    list:\n      - title: INDUSTRY\n        content: ${industry}\n---\n`;

describe('cases list and show: core facet engine, locale and id', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-facets-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // The same id in two locales: a lookup by id alone would find the wrong one.
  const dir = join(tmp, 'two-locales');
  mkdirSync(join(dir, 'cases/zh'), { recursive: true });
  mkdirSync(join(dir, 'cases/en'), { recursive: true });
  writeFileSync(join(dir, 'cases/zh/acme.md'), page('艾克米', '金融'));
  writeFileSync(join(dir, 'cases/en/acme.md'), page('Acme Inc.', 'Manufacturing'));

  it('has one flag per facet of core, named as core names it', () => {
    const help = runCli(['list', '--help']).out;
    for (const facet of FACETS) expect(help).toContain(`--${facet.flag} <id>`);
  });

  it('an unknown facet id or locale is a usage error (exit 2) with the nearest id', () => {
    const feature = runCli(['list', '--feature', 'devop']);
    expect(feature.code).toBe(2);
    expect(feature.err).toContain('unknown feature "devop" for --feature; did you mean "devops"?');
    const locale = runCli(['list', '--locale', 'zx']);
    expect(locale.code).toBe(2);
    expect(locale.err).toContain('unknown locale "zx" for --locale; did you mean "zh"?');
    expect(runCli(['list', '--cloud-type', 'hybird']).err).toContain('did you mean "hybrid"?');
    expect(runCli(['list', '--kind', 'articel']).err).toContain('did you mean "article"?');
    expect(runCli(['show', 'vesoft', '--locale', 'zx']).code).toBe(2);
  });

  it('labels and synonyms name ids too; the same flags filter as core does', () => {
    const ids = (args: string[]) => (JSON.parse(runCli(['list', '--json', ...args]).out) as Array<{ id: string }>).map((c) => c.id);
    expect(ids(['--cloud-type', '混合云'])).toEqual(ids(['--cloud-type', 'hybrid']));
    expect(ids(['--kind', 'article'])).toEqual(['internet-ecommerce']);
  });

  it('finds a case by locale and id; an id in two locales needs --locale', () => {
    const en = runCli(['show', 'acme', '--locale', 'en', '--content', dir]);
    expect(en.code, en.err).toBe(0);
    expect(en.out).toContain('Acme Inc.');
    expect(en.out).not.toContain('艾克米');
    const zh = runCli(['show', 'acme', '--locale', 'zh', '--content', dir]);
    expect(zh.out).toContain('艾克米');
    const both = runCli(['show', 'acme', '--content', dir]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('"acme" exists in several locales (en, zh); choose one with --locale');
    const rows = JSON.parse(runCli(['list', '--json', '--locale', 'en', '--content', dir]).out) as Array<{ id: string; company: string }>;
    expect(rows).toEqual([expect.objectContaining({ id: 'acme', company: 'Acme Inc.' })]);
  });
});
