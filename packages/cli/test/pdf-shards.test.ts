import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM_ARGS } from '@cases/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `cases pdf --shard`, `--merge` and `--browser-ws`, run as processes (npm test builds first).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const tmp = mkdtempSync(join(tmpdir(), 'cases-cli-shards-'));
let chromium: ChildProcess;
let ws: string;

beforeAll(async () => {
  chromium = spawn(
    '/usr/bin/chromium',
    [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${join(tmp, 'profile')}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools URL: ${err}`)), 20_000);
    chromium.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
});

afterAll(async () => {
  if (chromium.exitCode === null) {
    // SIGTERM lets Chromium take its helper processes down with it (a SIGKILL leaves them
    // writing into the profile while it is removed); SIGKILL only if it does not go.
    const gone = new Promise((r) => chromium.once('exit', r));
    chromium.kill('SIGTERM');
    const stuck = setTimeout(() => chromium.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(stuck);
  }
  try {
    rmSync(tmp, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
  } catch (error) {
    // A temporary folder left in /tmp is not a failure of what this file tests.
    console.warn(`could not remove ${tmp}: ${(error as Error).message}`);
  }
});

describe('cases pdf across machines', () => {
  it('two --shard runs through --browser-ws, merged with --merge, equal one run byte for byte', () => {
    const common = ['--brochure', '--offline', '--browser-ws', ws];
    const one = run('pdf', ...common, '-o', join(tmp, 'one'));
    expect(one.code, one.err).toBe(0);
    for (const i of [1, 2]) {
      const r = run('pdf', ...common, '--shard', `${i}/2`, '-o', join(tmp, `s${i}`));
      expect(r.code, r.err).toBe(0);
    }
    const merged = run('pdf', '--merge', join(tmp, 's1'), join(tmp, 's2'), '-o', join(tmp, 'merged'));
    expect(merged.code, merged.err).toBe(0);
    expect(merged.err).toMatch(/merged 2 shards, 5 files copied/);
    const pdfs = (dir: string) =>
      readdirSync(join(tmp, dir))
        .filter((n) => n.endsWith('.pdf'))
        .sort();
    expect(pdfs('merged')).toEqual(pdfs('one'));
    expect(pdfs('one')).toHaveLength(5);
    for (const n of pdfs('one')) expect(readFileSync(join(tmp, 'merged', n)).equals(readFileSync(join(tmp, 'one', n))), n).toBe(true);
  });

  it('a bad --shard is a usage error; an incomplete merge fails naming the missing shard', () => {
    const bad = run('pdf', '--offline', '--shard', '3/2', '-o', join(tmp, 'bad'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--shard 3\/2: expected I\/N/);
    const half = run('pdf', '--merge', join(tmp, 's1'), '-o', join(tmp, 'half'));
    expect(half.code).toBe(1);
    expect(half.err).toMatch(/shard 2\/2 missing/);
    expect(half.err).not.toMatch(/\n\s+at /);
  });
});
