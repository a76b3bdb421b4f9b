import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The Dockerfile runs `cases build` as an unprivileged user with Chromium's sandbox on
// (`--no-sandbox` only as root). The image cannot be built here, so the same path runs for
// real: the built CLI renders a PDF as an unprivileged user (one is created when we are root).

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
const pdfDist = join(root, 'packages/pdf/dist/index.js');
const isRoot = process.getuid?.() === 0;
const hasTool = (tool: string) => ['/usr/sbin', '/usr/bin', '/sbin', '/bin'].some((dir) => existsSync(join(dir, tool)));
/** Can users other than the owner reach and read `file` (every folder above it searchable)? */
function readableByOthers(file: string): boolean {
  const parts = file.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const path = `/${parts.slice(0, i + 1).join('/')}`;
    const mode = statSync(path).mode;
    if (i < parts.length - 1 ? (mode & 0o001) === 0 : (mode & 0o004) === 0) return false;
  }
  return true;
}
const skipReason =
  process.platform !== 'linux'
    ? 'not Linux'
    : isRoot && !(hasTool('useradd') && hasTool('runuser'))
      ? 'running as root without useradd/runuser to create an unprivileged user'
      : isRoot && !readableByOthers(bin)
        ? `the checkout is private (${root} is not readable by other users), so an unprivileged user cannot run it`
        : undefined;

describe.skipIf(skipReason !== undefined)(`cases pdf as an unprivileged user${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const user = `cases-test-${process.pid}`;
  const base = mkdtempSync(join(tmpdir(), 'cases-nonroot-'));
  const home = join(base, 'home');
  let created = false;
  afterAll(() => {
    if (created) spawnSync('userdel', ['--remove', user], { encoding: 'utf8' });
    rmSync(base, { recursive: true, force: true });
  });

  /** Run a command as the unprivileged user (or as ourselves when we are not root). */
  const runAsUser = (cmd: string, args: string[]) => {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, NO_COLOR: '1' };
    return isRoot
      ? spawnSync('runuser', ['-u', user, '--', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), cmd, ...args], {
          cwd: base,
          encoding: 'utf8',
          timeout: 180_000,
        })
      : spawnSync(cmd, args, { cwd: base, encoding: 'utf8', timeout: 180_000, env: { ...process.env, ...env } });
  };

  it('renders a case sheet with the sandbox on', () => {
    chmodSync(base, 0o755);
    mkdirSync(home);
    if (isRoot) {
      const add = spawnSync('useradd', ['--system', '--no-create-home', '--home-dir', home, '--shell', '/usr/sbin/nologin', user], { encoding: 'utf8' });
      expect(add.status, add.stderr).toBe(0);
      created = true;
      const uid = Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
      expect(uid).toBeGreaterThan(0);
      chownSync(home, uid, uid);
      // The user must be able to read the checkout; a private checkout cannot be tested this way.
      expect(runAsUser('test', ['-r', bin]).status, `${user} cannot read ${bin}`).toBe(0);
    }

    const who = runAsUser('id', ['-u']);
    expect(Number(who.stdout.trim())).toBeGreaterThan(0);
    // As this user, the renderer keeps Chromium's sandbox.
    const args = runAsUser(process.execPath, [
      '--input-type=module',
      '-e',
      `import(${JSON.stringify(pdfDist)}).then((m) => console.log(JSON.stringify(m.CHROMIUM_ARGS)))`,
    ]);
    expect(args.status, args.stderr).toBe(0);
    expect(JSON.parse(args.stdout) as string[]).not.toContain('--no-sandbox');

    const out = join(home, 'out');
    const r = runAsUser(process.execPath, [bin, 'pdf', 'vesoft', '--content', join(root, 'content'), '--out', out, '--offline']);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(readFileSync(join(out, 'vesoft.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', join(out, 'vesoft.pdf'), '-'], { encoding: 'utf8' });
    expect(text.stdout).toMatch(/vesoft/i);
  }, 240_000);
});
