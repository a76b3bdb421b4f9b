import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The CI example and the Dockerfile cannot run here (no GitHub runner, no Docker Hub): their
// shape is checked, and every `cases` command they run must exist in the built CLI.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');

interface Step {
  run?: string;
  uses?: string;
}
interface Workflow {
  on: { pull_request?: unknown; push?: { branches?: string[] } };
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

/** The `cases` sub-commands a text runs (`npx cases X`, `cases X`, or the ENTRYPOINT/CMD pair). */
const casesCommands = (text: string) => [...text.matchAll(/\bcases (\w+)/g)].map((m) => m[1]!);

describe('examples/ci/github-workflow.yml', () => {
  const workflow = parse(readFileSync(join(root, 'examples/ci/github-workflow.yml'), 'utf8')) as Workflow;
  const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');

  it('validates on every pull request with GitHub annotations, and builds on main', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(runs('validate')).toMatch(/npx cases validate .*--format github/);
    expect(workflow.jobs.build!.if).toMatch(/refs\/heads\/main/);
    expect(runs('build')).toMatch(/npx cases build .*--out out/);
    expect(runs('validate') + runs('build')).toMatch(/npm ci/);
  });

  it('runs only commands the CLI has', () => {
    const commands = casesCommands(runs('validate') + runs('build'));
    expect(commands).toEqual(['validate', 'build']);
    for (const command of commands) expect(spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' }).status).toBe(0);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const lines = dockerfile.split('\n').filter((l) => l.trim() && !l.startsWith('#'));

  it('is Debian 12 slim with Node 20+, Chromium and CJK fonts, and runs `cases build` as a non-root user', () => {
    const from = lines.filter((l) => l.startsWith('FROM '));
    for (const l of from) expect(l).toMatch(/^FROM node:(2[0-9])-bookworm-slim\b/);
    expect(lines.join('\n')).toMatch(/apt-get install[^\n]*\bchromium\b[^\n]*\bfonts-noto-cjk\b/);
    const user = lines.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
    // The last USER comes after the last RUN: nothing runs as root at container run time.
    expect(lines.lastIndexOf(user!)).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith('RUN ')));
    expect(lines.find((l) => l.startsWith('ENTRYPOINT'))).toBe('ENTRYPOINT ["cases"]');
    expect(lines.find((l) => l.startsWith('CMD'))).toMatch(/^CMD \["build"/);
    expect(lines.join('\n')).not.toMatch(/--no-sandbox/);
  });
});
