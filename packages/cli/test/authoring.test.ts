import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

// init → new → validate, as an author would run them (the built CLI, as a process).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('cases init, new and schema (as a process)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-authoring-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, 'acme');

  it('init creates a folder that validates with no diagnostics at all', () => {
    const r = run('init', dir, '--brand', 'Acme');
    expect(r.code, r.err).toBe(0);
    for (const f of [
      'taxonomy.yaml',
      'settings.yaml',
      'README.md',
      'assets/logo.svg',
      'cases/en/example-customer.md',
      'cases/en/example-story.md',
      'scenarios/en/faster-delivery.md',
      '.vscode/settings.json',
      '.cases/schema/case.schema.json',
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const v = run('validate', '--content', dir);
    expect(v.code).toBe(0);
    expect(v.out.trim()).toBe('2 cases, 1 scenarios: 0 errors, 0 warnings, 0 infos');
    const vscode = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'));
    expect(vscode['yaml.schemas']['./.cases/schema/settings.schema.json']).toEqual(['settings.yaml']);
    expect(vscode['yaml.schemas']['./.cases/schema/case.schema.json']).toEqual(['cases/**/*.md']);
  });

  it('new case, article, scenario (en and zh) validate with no diagnostics', () => {
    for (const args of [
      ['case', 'road-runner'],
      ['article', 'desert-story'],
      ['scenario', 'edge-ai'],
      ['case', 'shanghai-maker', '--locale', 'zh'],
      ['article', 'zh-story', '--locale', 'zh'],
      ['scenario', 'faster-delivery', '--locale', 'zh'],
    ]) {
      const r = run('new', ...args, '--content', dir);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
    }
    const v = run('validate', '--content', dir, '--json');
    expect(v.code).toBe(0);
    const report = JSON.parse(v.out);
    expect(report.diagnostics).toEqual([]);
    const list = JSON.parse(run('export', '--content', dir).out);
    expect(list.cases.map((c: { id: string; locale: string }) => `${c.locale}/${c.id}`).sort()).toEqual([
      'en/desert-story',
      'en/example-customer',
      'en/example-story',
      'en/road-runner',
      'zh/shanghai-maker',
      'zh/zh-story',
    ]);
    // The new scenario is in the taxonomy and the page is its scenario.
    expect(list.scenarios.map((s: { id: string; locale: string }) => `${s.locale}/${s.id}`).sort()).toEqual([
      'en/edge-ai',
      'en/faster-delivery',
      'zh/faster-delivery',
    ]);
  });

  it('new refuses a bad id, an existing file and an unknown kind (exit 2, no stack trace)', () => {
    for (const args of [
      ['case', 'Bad Id'],
      ['case', 'road-runner'],
      ['poem', 'x'],
    ]) {
      const r = run('new', ...args, '--content', dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(run('init', dir).code).toBe(2);
  });

  it('schema --content writes schemas that every page passes and a misspelled key fails', () => {
    const r = run('schema', '--content', dir, '--json');
    expect(r.code, r.err).toBe(0);
    const { files } = JSON.parse(r.out) as { files: string[] };
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addKeyword('markdownDescription');
    const schema = (name: string) =>
      ajv.compile(
        JSON.parse(
          readFileSync(
            files.find((f) => f.endsWith(`/${name}.schema.json`))!,
            'utf8',
          ),
        ),
      );
    const front = (path: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, path), 'utf8'))![1]!);
    const cases = schema('case');
    for (const p of ['cases/en/road-runner.md', 'cases/en/desert-story.md', 'cases/zh/shanghai-maker.md']) expect(cases(front(p)), p).toBe(true);
    expect(schema('settings')(parseYaml(readFileSync(join(dir, 'settings.yaml'), 'utf8')))).toBe(true);
    const taxonomy = schema('taxonomy');
    expect(taxonomy(parseYaml(readFileSync(join(dir, 'taxonomy.yaml'), 'utf8')))).toBe(true);
    const page = schema('case-page');
    writeFileSync(join(dir, 'typo.yaml'), readFileSync(join(dir, 'cases/en/road-runner.md'), 'utf8').split('---')[1]!.replace('  content:', '  contnet:'));
    expect(page(parseYaml(readFileSync(join(dir, 'typo.yaml'), 'utf8')))).toBe(false);
    expect(page.errors?.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`)).toContain(
      '/section1 additionalProperties {"additionalProperty":"contnet"}',
    );
  });
});
