import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

import { bin, root, runCli } from './run-cli.js';

const inject = fileURLToPath(new URL('./fixtures/throw-while-reading.mjs', import.meta.url));
const nodeArgs = ['--import', inject];

/** A UTF-16 LE case page (with BOM) that the injected fault makes throw while it is read. */
function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('one file that throws while read never takes down a run', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-internal-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const content = join(tmp, 'content');
  execFileSync('cp', ['-r', join(root, 'content'), content]);
  writeFileSync(join(content, 'cases/zh/bomb.md'), utf16('---\nsection1:\n  title: CASES-TEST-THROW\n  content: x\n---\n'));
  const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);
  const diagnostic = `${content}/cases/zh/bomb.md:1:1 error internal-error reading this file failed unexpectedly (TypeError: injected failure while reading)`;

  it('the fault is real: without it the file reads fine', () => {
    const plain = runCli(['validate', '--content', content]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^5 cases, 5 scenarios/m);
  });

  it('validate: the internal-error diagnostic with its hint, the other files checked, exit 1', () => {
    const r = runCli(['validate', '--content', content], { nodeArgs });
    expect(r.code).toBe(1);
    expect(r.out).toContain(diagnostic);
    expect(r.out).toContain('hint: This is a bug in cases');
    expect(r.out).toContain('content/cases/zh/tuling.md:2:1 warning title-mismatch');
    expect(r.out).toMatch(/^4 cases, 5 scenarios: 1 error/m);
    noTrace(r.err);
  });

  it('export, list and piped browse: everything else, exit 1', () => {
    const file = join(tmp, 'cases.json');
    const r = runCli(['export', '-o', file, '--content', content], { nodeArgs });
    expect(r.code).toBe(1);
    expect(r.err).toContain(diagnostic);
    expect(JSON.parse(readFileSync(file, 'utf8')).cases).toHaveLength(4);
    noTrace(r.err);
    for (const args of [['list'], ['browse']]) {
      const l = runCli([...args, '--content', content], { nodeArgs });
      expect(l.code, args[0]).toBe(1);
      expect(l.out).toContain('4 of 4 cases');
      noTrace(l.err);
    }
  });

  it('pdf, web and build: every other output written, exit 1', () => {
    const pdf = runCli(['pdf', '-o', join(tmp, 'pdf'), '--offline', '--content', content], { nodeArgs });
    expect(pdf.code).toBe(1);
    expect(pdf.err).toMatch(/pdf: 4 files written, 0 up to date, 0 failed/);
    noTrace(pdf.err);
    const web = runCli(['web', '-o', join(tmp, 'web'), '--content', content], { nodeArgs });
    expect(web.code).toBe(1);
    expect(JSON.parse(readFileSync(join(tmp, 'web/cases.json'), 'utf8')).cases).toHaveLength(4);
    noTrace(web.err);
    const build = runCli(['build', '--out', join(tmp, 'build'), '--offline', '--content', content], { nodeArgs });
    expect(build.code).toBe(1);
    for (const f of ['cases.json', 'pdf/vesoft.pdf', 'pdf/brochure.pdf', 'web/index.html']) expect(existsSync(join(tmp, 'build', f)), f).toBe(true);
    noTrace(build.err);
  });

  const hasTmux = spawnSync('tmux', ['-V']).status === 0;
  it.runIf(hasTmux)('browse in a terminal: the browser shows the other cases; exit 1 after quitting', async () => {
    const socket = `cases-internal-${process.pid}`;
    const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    try {
      const command = `env -u CI TERM=xterm-256color LANG=C.UTF-8 ${process.execPath} --import ${inject} ${bin} browse --content ${content}; echo "EXIT=$?"; sleep 60`;
      expect(tmux('new-session', '-d', '-s', 'b', '-x', '100', '-y', '30', '-c', root, command).status).toBe(0);
      const waitFor = async (test: (s: string) => boolean) => {
        let screen = '';
        for (let k = 0; k < 150 && !test(screen); k++) {
          await new Promise((r) => setTimeout(r, 100));
          screen = tmux('capture-pane', '-p', '-t', 'b').stdout;
        }
        return screen;
      };
      const list = await waitFor((s) => s.includes(' cases │') && s.includes('vesoft inc.'));
      expect(list).toMatch(/ 1\/4 *$/m);
      tmux('send-keys', '-t', 'b', 'q');
      const after = await waitFor((s) => s.includes('EXIT='));
      expect(after).toContain('EXIT=1');
      expect(after).toContain('1 error in content');
      noTrace(after);
    } finally {
      tmux('kill-server');
    }
  });
});
