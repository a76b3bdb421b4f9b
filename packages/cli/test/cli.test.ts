import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { validateExport } from '@cases/core/schema';

// The CLI is tested as a process, built (npm test builds first).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
// A hung command is killed after 90 s (status null), so it fails the test instead of hanging it.
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '160' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('cases (the CLI as a process)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('validate: content/ has no errors, exit 0, counts at the end', () => {
    const r = run('validate');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/content\/cases\/zh\/tuling\.md:2:1 warning title-mismatch /);
    expect(r.out.trim().split('\n').at(-1)).toBe('4 cases, 5 scenarios: 0 errors, 5 warnings, 1 info');
  });

  it('validate: bad content prints compiler-style errors with hints and exits 1', () => {
    const dir = join(tmp, 'bad');
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    writeFileSync(join(dir, 'cases/zh/broken.md'), '---\ntitle: x\nsection1:\n  title: [oops\n---\n');
    writeFileSync(join(dir, 'cases/zh/typo.md'), '---\ntitle: T\nsection1:\n  titel: T 科技\n  content: 简介\n---\n');
    const r = run('validate', '--content', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`${dir}/cases/zh/broken\\.md:\\d+:\\d+ error yaml-syntax `));
    expect(r.out).toContain(
      `${dir}/cases/zh/typo.md:4:3 warning misspelled-key unknown key "titel" in section1; read as "title"\n  hint: did you mean \`title\`?`,
    );
    expect(r.out).toMatch(/1 cases, 0 scenarios: 1 error, 1 warning, \d+ infos?\n$/);
    const json = JSON.parse(run('validate', '--content', dir, '--json').out);
    expect(json.ok).toBe(false);
  });

  it('list: a table whose columns line up with Chinese text', () => {
    const r = run('list');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').filter((l) => /\bzh$/.test(l));
    expect(lines).toHaveLength(4);
    const col = (l: string) => stringWidth(l.slice(0, l.lastIndexOf('zh')));
    expect(new Set(lines.map(col)).size).toBe(1);
    expect(r.out).toContain('vesoft inc.');
  });

  it('list: escape sequences and control characters in content never reach the terminal', () => {
    const dir = join(tmp, 'evil');
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    writeFileSync(join(dir, 'cases/zh/evil.md'), '---\nsection1:\n  title: "Evil\\e[31m Red\\a\\e]0;pwned\\a"\n  content: x\nsection2:\n  listLeft: []\n---\n');
    const r = run('list', '--content', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Evil');
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('list --search 多集群 ranks the multi-cluster case first; filters combine', () => {
    const hits = JSON.parse(run('list', '--search', '多集群', '--json').out);
    expect(hits[0].id).toBe('vesoft');
    const devops = JSON.parse(run('list', '--feature', 'devops,cicd', '--cloud-type', 'hybrid', '--json').out);
    expect(devops.map((c: { id: string }) => c.id)).toEqual(['maxnerva']);
    expect(run('list', '--search', 'devops').out).toMatch(/maxnerva/);
  });

  it('list --search gives every match its snippet, past the 100th', () => {
    const dir = join(tmp, 'many');
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    for (let k = 0; k < 120; k++) {
      writeFileSync(
        join(dir, `cases/zh/c${k}.md`),
        `---\nsection1:\n  title: Company ${k}\n  content: Company ${k} runs zebrafish clusters.\nsection2:\n  listLeft: []\n---\n`,
      );
    }
    const r = run('list', '--content', dir, '--search', 'zebrafish', '--json');
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as Array<{ id: string; snippet: string }>;
    expect(rows).toHaveLength(120);
    for (const row of rows) expect(row.snippet, row.id).toMatch(/zebrafish/);
    const table = run('list', '--content', dir, '--search', 'zebrafish');
    expect(table.out.split('\n').filter((l) => /^c\d+ /.test(l) && l.includes('zebrafish'))).toHaveLength(120);
  });

  it('export: the versioned JSON with four cases and the scenarios, valid against the schema', () => {
    const r = run('export');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.schemaVersion).toBe(2);
    expect(data.cases).toHaveLength(4);
    expect(data.scenarios.map((s: { id: string }) => s.id)).toContain('multi-cluster');
    expect(validateExport(data).ok).toBe(true);
  });

  it('schema: prints the JSON Schema', () => {
    const schema = JSON.parse(run('schema').out);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.cases.type).toBe('array');
  });

  it('bad usage exits 2 with a message and no stack trace', () => {
    for (const args of [['list', '--bogus'], ['nope'], ['validate', '--content', join(tmp, 'missing')]]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.err.length).toBeGreaterThan(0);
    }
  });

  it('build --concurrency takes a whole number from 1 to 32, else exits 2 saying so', () => {
    for (const value of ['abc', '0', '33']) {
      const r = run('build', '--out', join(tmp, 'never'), '--concurrency', value);
      expect(r.code, value).toBe(2);
      expect(r.err).toContain(`option '--concurrency <n>' argument '${value}' is invalid. must be a whole number from 1 to 32`);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('output piped into a reader that stops early (| head) ends quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" export | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('{"schemaVe');
    expect(r.stderr).toBe('');
  });

  it('--version and --help', () => {
    expect(run('--version').out.trim()).toBe('0.1.0');
    const help = run('list', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--search <query>');
  });

  it('web: writes the embed kit (bundles under budget, export, demo page); test pages only when asked; a rerun is allowed, a foreign file is not overwritten', () => {
    const out = join(tmp, 'site');
    const r = run('web', '--out', out);
    expect(r.code, r.err).toBe(0);
    for (const f of ['index.html', 'cases.json', 'index.json', 'cases-web.js', 'cases-web.iife.js', 'custom-elements.json'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(existsSync(join(out, 'hostile.html'))).toBe(false);
    const again = run('web', '--out', out, '--hostile-demo');
    expect(again.code, again.err).toBe(0);
    expect(existsSync(join(out, 'hostile.html'))).toBe(true);
    const foreign = join(tmp, 'foreign-site');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'index.html'), '<p>the partner page</p>');
    const refused = run('web', '--out', foreign);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('cases did not write it');
    expect(readFileSync(join(foreign, 'index.html'), 'utf8')).toBe('<p>the partner page</p>');
    expect(JSON.parse(readFileSync(join(out, 'cases.json'), 'utf8')).cases).toHaveLength(4);
    expect(gzipSync(readFileSync(join(out, 'cases-web.js'))).length).toBeLessThan(16.5 * 1024); // the bundle budget (web decision 048)
  });

  it('build: export, a sheet per case, the brochure and the embed kit; a second run renders nothing', () => {
    const out = join(tmp, 'build');
    const first = run('build', '--out', out, '--offline');
    expect(first.code, first.err).toBe(0);
    for (const f of [
      'cases.json',
      'pdf/vesoft.pdf',
      'pdf/maxnerva.pdf',
      'pdf/tuling.pdf',
      'pdf/internet-ecommerce.pdf',
      'pdf/brochure.pdf',
      'web/index.html',
      'web/cases-web.js',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(first.err).toMatch(/pdf: 5 files written, 0 up to date, 0 failed/);
    // The same counts on the brochure's cover as in the CLI (and the widgets' export).
    expect(first.err).toContain('content: 4 cases, 5 scenarios');
    const cover = spawnSync('pdftotext', ['-f', '1', '-l', '1', join(out, 'pdf/brochure.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(cover.replace(/\s+/g, ' ')).toContain('4 个客户案例 · 5 个应用场景');
    expect(first.err).not.toMatch(/\n\s+at /);
    const second = run('build', '--out', out, '--offline');
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/pdf: 0 files written, 5 up to date, 0 failed/);
  });

  it('plain `cases` with stdout piped prints the plain list', () => {
    const r = run();
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 of 4 cases');
    expect(r.out).not.toContain('\u001b[');
  });
});
