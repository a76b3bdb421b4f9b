import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI is tested as a process, built (npm test builds first).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/cases.js');
const built = existsSync(join(root, 'packages/cli/dist/main.js'));

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  const clean = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: clean });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cases show and piped cases browse (processes)', () => {
  it('needs the built CLI', () => {
    expect(built, 'run `npm run build` at the repository root first').toBe(true);
  });

  it('prints a case as wrapped plain text at --width', () => {
    const r = run(['show', 'vesoft', '--width', '50']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^vesoft inc\.\n/);
    expect(r.out).toContain('行业');
    expect(r.out).not.toContain('\u001b');
    for (const line of r.out.split('\n')) {
      expect(stringWidth(line), line).toBeLessThanOrEqual(50);
      expect(line.trimStart()[0] ?? '', line).not.toMatch(/[。，、；：？！）」』》]/);
    }
  });

  it('prints a scenario, and the model with --json', () => {
    const scenario = run(['show', 'multi-cluster', '--width', '60']);
    expect(scenario.code).toBe(0);
    expect(scenario.out).toContain('多集群部署');
    expect(scenario.out).toContain('高可用');
    const json = run(['show', 'vesoft', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'case', id: 'vesoft' });
  });

  it('fails with exit 1 and a suggestion for an unknown id, exit 2 for a bad width', () => {
    const r = run(['show', 'vesfot']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no case or scenario with id "vesfot"; did you mean "vesoft"?');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    const bad = run(['show', 'vesoft', '--width', 'wide']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--width');
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR off', () => {
    expect(run(['show', 'vesoft'], { FORCE_COLOR: '1' }).out).toContain('\u001b[1;35mvesoft inc.');
    expect(run(['show', 'vesoft'], { FORCE_COLOR: '1', NO_COLOR: '1' }).out).not.toContain('\u001b');
  });

  it('prints the plain list instead of the UI when stdout is not a terminal', () => {
    for (const args of [['browse'], []]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('vesoft inc.');
      expect(r.out).not.toContain('\u001b');
    }
  });
});

// One end-to-end run of the browser in a real terminal (tmux), on content/.
const socket = `cases-terminal-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(session: string, test: (screen: string) => boolean, what: string): Promise<string> {
  let screen = '';
  for (let k = 0; k < 150; k++) {
    screen = tmux('capture-pane', '-p', '-t', session).stdout;
    if (test(screen)) return screen;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
}

function start(session: string, width: number, height: number): void {
  const command = `env -u CI TERM=xterm-256color LANG=C.UTF-8 ${process.execPath} ${bin} --content content; echo "EXIT=$?"; sleep 60`;
  const r = tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', String(height), '-c', root, command);
  expect(r.status, r.stderr).toBe(0);
}

describe.skipIf(!hasTmux)('cases in tmux (end to end)', () => {
  afterAll(() => {
    tmux('kill-server');
  });

  it('starts the browser on content/, searches 多集群, opens the result and quits', async () => {
    const session = 'wide';
    start(session, 100, 30);
    let screen = await waitFor(session, (s) => s.includes(' KubeSphere │') && s.includes('vesoft inc.'), 'the case list');
    for (const line of screen.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(100);

    tmux('send-keys', '-t', session, '/');
    tmux('send-keys', '-t', session, '-l', '多集群');
    screen = await waitFor(session, (s) => s.includes('“多集群”'), 'the search');
    const header = screen.split('\n')[0]!;
    expect(header).toMatch(/ 1\/\d+ *$/);
    expect(screen).toMatch(/› vesoft inc\./);

    tmux('send-keys', '-t', session, 'Enter');
    tmux('send-keys', '-t', session, 'Enter');
    screen = await waitFor(session, (s) => s.split('\n')[0]!.includes('vesoft inc.') && s.includes('采用功能'), 'the case');
    // Fact values line up after the labels, whatever their width.
    const lines = screen.split('\n');
    const valueColumn = (label: string) => {
      const line = lines.find((l) => l.trimStart().startsWith(label))!;
      const rest = line.slice(line.indexOf(label) + label.length);
      return stringWidth(line.slice(0, line.indexOf(label) + label.length)) + (rest.length - rest.trimStart().length);
    };
    expect(valueColumn('行业')).toBe(valueColumn('采用功能'));
    expect(valueColumn('云类型')).toBe(valueColumn('采用功能'));

    tmux('send-keys', '-t', session, 'q');
    await waitFor(session, (s) => s.includes('“多集群”') && !s.split('\n')[0]!.includes('vesoft inc.'), 'the list again');
    tmux('send-keys', '-t', session, 'q');
    screen = await waitFor(session, (s) => s.includes('EXIT='), 'the exit');
    expect(screen).toContain('EXIT=0');
    expect(screen).not.toContain(' KubeSphere │'); // the alternate screen is gone
  });

  it('fits 40×20, follows a resize and leaves cleanly on Ctrl-C', async () => {
    const session = 'narrow';
    start(session, 40, 20);
    let screen = await waitFor(session, (s) => s.includes(' KubeSphere │') && s.includes('vesoft inc.'), 'the case list');
    for (const line of screen.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(screen).not.toContain('│ [ ]'); // no side panel this narrow

    tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
    await waitFor(session, (s) => s.includes('[ ]'), 'the facet panel after the resize');

    tmux('send-keys', '-t', session, 'C-c');
    screen = await waitFor(session, (s) => s.includes('EXIT='), 'the exit');
    expect(screen).not.toContain(' KubeSphere │');
  });
});
