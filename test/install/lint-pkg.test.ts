import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// publint (package.json fields against the packed files) and arethetypeswrong (types resolve in
// node16 and bundler resolution) for every package, through the root `lint:pkg` script.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run lint:pkg', () => {
  it('publint and arethetypeswrong are clean on every package', () => {
    const r = spawnSync('npx', ['turbo', 'run', 'lint:pkg', '--output-logs=errors-only'], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/Tasks:\s+(\d+) successful, \1 total/);
  }, 300_000);
});
