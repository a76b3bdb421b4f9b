import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run the CLI from there, on the seeds in content/). */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The built CLI (npm test builds first). */
export const bin = join(root, 'packages/cli/bin/cases.js');

/** What a finished CLI process gave back. */
export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Run the CLI as a process and wait for it. A hung command is killed after 90 s (status
 * null), so it fails the test instead of hanging it.
 */
export function runCli(
  args: readonly string[],
  { env = {}, cwd = root, nodeArgs = [] }: { env?: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: string[] } = {},
): CliRun {
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '160', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Start the CLI as a process without waiting (to signal it). */
export function startCli(args: readonly string[], { env = {}, cwd = root }: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  return spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}
