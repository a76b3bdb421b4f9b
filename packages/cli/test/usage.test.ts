import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { root, runCli } from './run-cli.js';

describe('a CLI that keeps its word', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-usage-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const other = join(tmp, 'other');
  mkdirSync(join(other, 'cases/zh'), { recursive: true });
  writeFileSync(join(other, 'cases/zh/solo.md'), '---\nsection1:\n  title: Solo Ltd.\n  content: x\nsection2:\n  listLeft: []\n---\n');

  it('--content before the command counts for it; given after, that one wins', () => {
    const before = runCli(['--content', other, 'list', '--json']);
    expect(before.code, before.err).toBe(0);
    expect(JSON.parse(before.out).map((c: { id: string }) => c.id)).toEqual(['solo']);
    expect(runCli(['--content', other, 'validate']).out).toMatch(/^1 cases, 0 scenarios/m);
    const after = runCli(['--content', other, 'list', '--json', '--content', 'content']);
    expect(JSON.parse(after.out)).toHaveLength(4);
    expect(runCli(['--content', join(tmp, 'missing'), 'list']).code).toBe(2);
  });

  it('cases help and cases help COMMAND; an unknown command suggests the nearest', () => {
    const overview = runCli(['help']);
    expect(overview.code).toBe(0);
    expect(overview.out).toContain('Commands:');
    expect(overview.out).toContain('validate');
    const list = runCli(['help', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain('Usage: cases list');
    expect(list.out).toContain('--cloud-type <id>');
    for (const [word, hint] of [
      ['lsit', 'list'],
      ['exprot', 'export'],
      ['valdate', 'validate'],
    ] as const) {
      const r = runCli([word]);
      expect(r.code, word).toBe(2);
      expect(r.err).toContain(`unknown command "${word}"; did you mean \`cases ${hint}\`?`);
      expect(runCli(['help', word]).err).toContain(`did you mean \`cases ${hint}\`?`);
    }
  });

  it('pdf warnings point at the line of the image (the logo too), not 1:1', () => {
    const r = runCli(['pdf', 'vesoft', '-o', join(tmp, 'pdf'), '--offline']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('content/cases/zh/vesoft.md:84:11 warning image-missing Image /images/case/section6-vesoft-4.png');
    const lines = r.err.split('\n').filter((l) => / warning image-/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/:1:1 warning/);
  });

  it('a LICENSE (Apache-2.0, as package.json says) at the root and in each package', () => {
    const text = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(text).toContain('Apache License');
    expect(text).toContain('Version 2.0, January 2004');
    for (const dir of ['.', 'packages/core', 'packages/pdf', 'packages/terminal', 'packages/web', 'packages/cli']) {
      expect(JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).license, dir).toBe('Apache-2.0');
      expect(existsSync(join(root, dir, 'LICENSE')), dir).toBe(true);
      expect(readFileSync(join(root, dir, 'LICENSE'), 'utf8'), dir).toBe(text);
    }
  });
});
