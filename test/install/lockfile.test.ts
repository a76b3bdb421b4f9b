import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `npm ci` is what every CI runs: it refuses a lock file that disagrees with a package.json.
// `--dry-run` runs the same check (an ideal tree from package.json against the lock's tree)
// and installs nothing, so it is safe beside a working node_modules.
const root = fileURLToPath(new URL('../../', import.meta.url));
const npmCiCheck = (cwd: string) =>
  spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_loglevel: 'error' },
  });

/** Every workspace folder, from the root package.json (globs `dir/*` expanded). */
function workspaceDirs(): string[] {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((w) =>
    w.endsWith('/*')
      ? readdirSync(join(root, w.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(root, w.slice(0, -2), d.name, 'package.json')))
          .map((d) => `${w.slice(0, -2)}/${d.name}`)
      : [w],
  );
}

/** A copy of the root and workspace package.json files and the lock, without node_modules. */
function copyManifests(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cases-lock-'));
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(root, file), join(dir, file));
  for (const ws of workspaceDirs()) {
    mkdirSync(join(dir, ws), { recursive: true });
    cpSync(join(root, ws, 'package.json'), join(dir, ws, 'package.json'));
  }
  return dir;
}

describe('package-lock.json', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('agrees with every package.json (npm ci accepts it)', () => {
    const r = npmCiCheck(root);
    expect(r.stderr).not.toMatch(/in sync/);
    expect(r.status).toBe(0);
  });

  it('the check fails when a package.json declares a range the lock does not hold', () => {
    const dir = copyManifests();
    copies.push(dir);
    const file = join(dir, 'packages/core/package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { dependencies: Record<string, string> };
    pkg.dependencies.zod = '^3.22.0';
    writeFileSync(file, JSON.stringify(pkg, null, 2));
    const r = npmCiCheck(dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/package\.json and package-lock\.json .* are in sync/);
    expect(r.stderr).toMatch(/Missing: zod@3\./);
  });

  it("lists every platform's optional packages (npm ci works on Linux x64/arm64 and macOS)", () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const names = new Set(Object.keys(lock.packages).map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)));
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !names.has(name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
    // The platforms CI and developers use: rollup (under vite/vitest) and esbuild have a package each.
    for (const platform of ['linux-x64-gnu', 'linux-arm64-gnu', 'darwin-arm64', 'darwin-x64']) expect(names.has(`@rollup/rollup-${platform}`)).toBe(true);
  });
});
