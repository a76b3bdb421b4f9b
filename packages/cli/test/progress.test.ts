import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { diagnosticToGithub } from '../src/github-annotations.js';
import { runCli } from './run-cli.js';

/** Every line of `text`, each parsed as JSON (fails on a line that is not). */
const ndjson = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not NDJSON: ${line}`);
      }
    });

describe('machine-readable progress and CI annotations', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-progress-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('pdf --progress json: stderr is NDJSON — load, pdf start, one event per file, warnings with positions, end', () => {
    const r = runCli(['pdf', 'vesoft', '-o', join(tmp, 'pdf'), '--offline', '--progress', 'json']);
    expect(r.code, r.err).toBe(0);
    const events = ndjson(r.err);
    const pdf = events.filter((e) => e.phase === 'pdf');
    expect(pdf.filter((e) => e.type === 'start')).toEqual([expect.objectContaining({ phase: 'pdf', total: 1 })]);
    expect(pdf.filter((e) => e.type === 'progress')).toEqual([expect.objectContaining({ done: 1, total: 1, name: 'vesoft.pdf', status: 'written' })]);
    expect(pdf.at(-1)).toMatchObject({ type: 'end', done: 1, total: 1, failed: 0 });
    expect(pdf).toContainEqual(expect.objectContaining({ type: 'warning', code: 'image-missing', file: 'content/cases/zh/vesoft.md', line: 84, column: 11 }));
    expect(events.map((e) => e.phase)).toContain('load');
    // Human lines are events too, so the stream stays NDJSON.
    expect(events).toContainEqual(expect.objectContaining({ type: 'message', text: expect.stringMatching(/^pdf: 1 file written/) }));
    for (const e of events) expect(typeof e.time).toBe('number');
  });

  it('export and web report through the global --progress json too; errors become events', () => {
    const r = runCli(['export', '-o', join(tmp, 'cases.json'), '--progress', 'json']);
    expect(r.code).toBe(0);
    expect(
      ndjson(r.err)
        .filter((e) => e.phase === 'export')
        .map((e) => e.type),
    ).toEqual(['start', 'end']);
    const web = runCli(['--progress', 'json', 'web', '-o', join(tmp, 'web')]);
    expect(web.code).toBe(0);
    expect(ndjson(web.err).map((e) => e.type)).toContain('message');
    const bad = runCli(['export', '-o', '/proc/x.json', '--progress', 'json']);
    expect(bad.code).toBe(2);
    expect(ndjson(bad.err)).toContainEqual(expect.objectContaining({ type: 'message', text: expect.stringContaining('refusing to write') }));
  });

  it('not on a terminal: plain progress lines, no bar redraws; none with --progress none', () => {
    const r = runCli(['build', '--out', join(tmp, 'build'), '--no-pdf'], { env: { CASES_PROGRESS_INTERVAL: '0' } });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/^\[\d+\.\d s\] load: starting, 5 to do$/m);
    expect(r.err).toMatch(/^\[\d+\.\d s\] export: finished 9\/9$/m);
    expect(r.err).toMatch(/^\[\d+\.\d s\] web: finished 1\/1$/m);
    expect(r.err).not.toMatch(/[\r\u001b]/);
    const quiet = runCli(['build', '--out', join(tmp, 'build'), '--no-pdf', '--progress', 'none'], { env: { CASES_PROGRESS_INTERVAL: '0' } });
    expect(quiet.err).not.toMatch(/^\[/m);
    // Lines come at the interval: every step with 0, none for phases shorter than it (an hour
    // here, so the test does not depend on how fast this machine renders).
    const pdf = runCli(['pdf', '-o', join(tmp, 'pdf-plain'), '--offline', '--force'], { env: { CASES_PROGRESS_INTERVAL: '0' } });
    expect(pdf.err).toMatch(/^\[\d+\.\d s\] pdf: finished 4\/4$/m);
    const slow = runCli(['pdf', '-o', join(tmp, 'pdf-plain'), '--offline', '--force'], { env: { CASES_PROGRESS_INTERVAL: '3600000' } });
    expect(slow.code, slow.err).toBe(0);
    expect(slow.err).not.toMatch(/^\[\d+\.\d s\] (load|pdf): /m);
    // Commands that are not long stay quiet.
    expect(runCli(['validate']).err).toBe('');
  });

  it('validate --format github: annotations at the line, escaped by GitHub’s rules', () => {
    const dir = join(tmp, 'gh');
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    writeFileSync(join(dir, 'cases/zh/a,b:c%.md'), '---\ntitle: T\nsection1:\n  titel: T 科技\n  content: 简介\n---\n');
    writeFileSync(join(dir, 'cases/zh/broken.md'), '---\ntitle: x\nsection1:\n  title: [oops\n---\n');
    const r = runCli(['validate', '--content', dir, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `::warning file=${dir}/cases/zh/a%2Cb%3Ac%25.md,line=4,col=3,title=misspelled-key::unknown key "titel" in section1; read as "title"%0Adid you mean \`title\`?\n`,
    );
    expect(r.out).toMatch(new RegExp(`^::error file=${dir}/cases/zh/broken\\.md,line=\\d+,col=\\d+,title=yaml-syntax::`, 'm'));
  });

  it('an annotation is one line whatever the message, and unescapes to it', () => {
    const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<'error' | 'warning' | 'info'>,
        (message, file, severity) => {
          const line = diagnosticToGithub({ severity, code: 'x', message, file, line: 3, column: 7, hint: null });
          expect(line).not.toMatch(/[\r\n]/);
          const m = /^::(error|warning|notice) file=(.*),line=3,col=7,title=x::(.*)$/s.exec(line)!;
          expect(m).not.toBeNull();
          expect(unescape(m[2]!)).toBe(file);
          expect(m[2]).not.toMatch(/[,:]/);
          expect(unescape(m[3]!)).toBe(message);
        },
      ),
      { numRuns: 300 },
    );
  });
});
