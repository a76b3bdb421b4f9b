import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { root, runCli, startCli } from './run-cli.js';

/** Every path under `dir`, relative to it. */
const listAll = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

describe('outputs never destroy inputs', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-out-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const content = join(tmp, 'content');
  execFileSync('cp', ['-r', join(root, 'content'), content]);
  const before = listAll(content).sort();

  it('export, pdf, build and their --out refuse a target inside the content folder (exit 2)', () => {
    for (const args of [
      ['export', '-o', join(content, 'cases.json')],
      ['export', '-o', join(content, 'cases/zh/vesoft.md')],
      ['pdf', '-o', join(content, 'pdf'), '--offline'],
      ['pdf', '-o', content, '--offline'],
      ['build', '--out', join(content, 'cases'), '--no-pdf'],
    ]) {
      const r = runCli([...args, '--content', content]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('inside the content folder');
    }
    // Through a symbolic link to the content folder too.
    execFileSync('ln', ['-s', content, join(tmp, 'link')]);
    expect(runCli(['export', '-o', join(tmp, 'link/x.json'), '--content', content]).code).toBe(2);
    expect(listAll(content).sort()).toEqual(before);
  });

  it('refuses to overwrite a file cases did not write; overwrites its own', () => {
    const mine = join(tmp, 'notes.json');
    writeFileSync(mine, '{"my": "notes"}');
    const r = runCli(['export', '-o', mine, '--content', content]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`refusing to overwrite ${mine}: cases did not write it`);
    expect(readFileSync(mine, 'utf8')).toBe('{"my": "notes"}');
    const ours = join(tmp, 'cases.json');
    expect(runCli(['export', '-o', ours, '--content', content]).code).toBe(0);
    expect(runCli(['export', '-o', ours, '--content', content, '--compact']).code).toBe(0);
    expect(JSON.parse(readFileSync(ours, 'utf8')).cases).toHaveLength(4);
    // A PDF folder with a file of someone else's under a sheet's name.
    const pdfDir = join(tmp, 'pdf');
    mkdirSync(pdfDir);
    writeFileSync(join(pdfDir, 'vesoft.pdf'), 'my own file');
    const pdf = runCli(['pdf', '-o', pdfDir, '--offline', '--content', content]);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain(`refusing to overwrite ${join(pdfDir, 'vesoft.pdf')}`);
    expect(readFileSync(join(pdfDir, 'vesoft.pdf'), 'utf8')).toBe('my own file');
    // A build folder whose web/ holds a file of someone else's.
    const site = join(tmp, 'site');
    mkdirSync(join(site, 'web'), { recursive: true });
    writeFileSync(join(site, 'web/index.html'), '<h1>mine</h1>');
    expect(runCli(['build', '--out', site, '--no-pdf', '--content', content]).code).toBe(2);
    expect(readFileSync(join(site, 'web/index.html'), 'utf8')).toBe('<h1>mine</h1>');
  });

  it('two outputs that would share a name get distinct names (a case called brochure)', () => {
    const dir = join(tmp, 'clash');
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    writeFileSync(join(dir, 'cases/zh/brochure.md'), '---\nsection1:\n  title: Brochure Ltd.\n  content: x\nsection2:\n  listLeft: []\n---\n');
    const out = join(tmp, 'clash-out');
    const r = runCli(['pdf', '--brochure', '-o', out, '--offline', '--content', dir]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/pdf: 2 files written/);
    const pdfs = listAll(out).filter((p) => p.endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    expect(pdfs).toContain('brochure.pdf');
  });

  it('special and unwritable targets fail at once with a clear message, never hang', () => {
    writeFileSync(join(tmp, 'plain.txt'), 'a file');
    const cases: Array<[string[], number, string]> = [
      [['export', '-o', '/proc/cases.json'], 2, 'under /proc, a system folder'],
      [['export', '-o', '/dev/full'], 2, 'under /dev, a system folder'],
      [['export', '-o', tmp], 2, 'it is a folder; give a file name'],
      [['pdf', '-o', join(tmp, 'plain.txt'), '--offline'], 2, 'it is a file; choose a folder'],
      [['export', '-o', join(tmp, 'plain.txt', 'x.json')], 1, 'could not write'],
    ];
    for (const [args, code, message] of cases) {
      const r = runCli([...args, '--content', content]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it.runIf(process.getuid?.() === 0)('a full disk (a 64 KB tmpfs) is a clear error, exit 1, and leaves no partial file', () => {
    const small = join(tmp, 'small');
    mkdirSync(small);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small], { stdio: 'ignore' });
    } catch {
      return; // no permission to mount here: nothing to test with
    }
    try {
      const r = runCli(['export', '-o', join(small, 'cases.json'), '--content', content]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('the disk is full (ENOSPC)');
      expect(readdirSync(small)).toEqual([]);
    } finally {
      execFileSync('umount', [small]);
    }
  });

  it('Ctrl-C during a PDF run removes its temporary folder and partial files', async () => {
    const privateTmp = join(tmp, 'tmpdir');
    mkdirSync(privateTmp);
    const out = join(tmp, 'interrupted');
    const child = startCli(['pdf', '-o', out, '--brochure', '--content', content, '--offline', '--force'], { env: { TMPDIR: privateTmp } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
    // Wait until Chromium has its profile in the run's temporary folder, then press Ctrl-C.
    for (let k = 0; k < 600 && !listAll(privateTmp).some((p) => p.includes('cases-pdf-')); k++) await new Promise((r) => setTimeout(r, 50));
    expect(
      listAll(privateTmp).some((p) => p.includes('cases-pdf-')),
      err,
    ).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(listAll(privateTmp)).toEqual([]);
    expect(listAll(out).filter((p) => p.endsWith('.partial'))).toEqual([]);
  });
});
