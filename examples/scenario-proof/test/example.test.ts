import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Runs the example as a user would, importing the built @cases/core by its package name.
it('prints the cases that prove a scenario', () => {
  const script = fileURLToPath(new URL('../index.js', import.meta.url));
  const r = spawnSync(process.execPath, [script, 'devops'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('DevOps 落地实践 (devops)');
  expect(r.stdout).toContain('- 云智汇科技服务有限公司: CI/CD, 日志, 监控');
  expect(r.stdout).toContain('- 图菱科技: DevOps, 日志, 监控');
});
