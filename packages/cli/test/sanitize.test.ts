import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { hostileString, unsafePart } from '../../terminal/test/hostile-strings.js';
import { runCli } from './run-cli.js';

/** A YAML double-quoted scalar holding exactly `s` (every control written as an escape). */
const yamlQuote = (s: string) =>
  `"${[...s].map((ch) => (ch === '"' || ch === '\\' ? `\\${ch}` : /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('')}"`;

const casePage = (h: string) =>
  [
    '---',
    `title: ${yamlQuote(`T${h}`)}`,
    'section1:',
    `  title: ${yamlQuote(`Evil${h}Corp`)}`,
    `  content: ${yamlQuote(`summary ${h}`)}`,
    'section2:',
    '  listLeft:',
    `    - title: ${yamlQuote(`Section ${h}`)}`,
    '      contentList:',
    `        - content: ${yamlQuote(`para ${h} **bold ${h}** [link ${h}](https://x.example/${encodeURIComponent(h)})`)}`,
    '  rightPart:',
    '    list:',
    '      - title: INDUSTRY',
    `        content: ${yamlQuote(`Ind${h}`)}`,
    '      - title: CLOUD TYPE',
    `        content: ${yamlQuote(`Cloud${h}`)}`,
    `  ${yamlQuote(`unknown${h}`)}: 1`,
    '---',
    '',
  ].join('\n');

describe('the CLI as a process: nothing from content or file names drives the terminal', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cases-sanitize-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // Few runs (each is several processes), from a fixed seed, with the worst case always in.
  const worst = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\u2066\u001b]8;;http://e\u001b\\x\u001bP1\u001b\\\r';
  const samples = [worst, ...fc.sample(hostileString(10), { numRuns: 3, seed: 20261202 })];

  it.each(samples.map((h, k) => [k, h] as const))('sample %i: validate, list, show and errors print placeholders only', (k, h) => {
    const name = h.replace(/[/\u0000]/g, '') || 'x';
    const dir = join(tmp, `c${k}${name}`);
    mkdirSync(join(dir, 'cases/zh'), { recursive: true });
    writeFileSync(join(dir, 'cases/zh', `x${name}.md`), casePage(h));
    writeFileSync(join(dir, 'cases/zh', `broken${name}.md`), `---\ntitle: [oops ${h}\n---\n`);
    // The id as core derives it from the file name.
    const listed = runCli(['list', '--content', dir, '--json']);
    const id = (JSON.parse(listed.out) as Array<{ id: string; company: string }>).find((c) => c.company.startsWith('Evil'))!.id;
    const runs = [
      ['validate', '--content', dir],
      ['validate', '--content', dir, '--json'],
      ['list', '--content', dir],
      ['list', '--content', dir, '--json'],
      ['show', id.replace(/\u0000/g, ''), '--content', dir, '--locale', 'zh'],
      ['show', id.replace(/\u0000/g, ''), '--content', dir, '--locale', 'zh', '--json'],
      ['show', `nope${h.replace(/\u0000/g, '')}`, '--content', dir],
      ['list', '--content', dir, '--industry', `nope${h.replace(/\u0000/g, '')}`],
      ['export', '--content', `${dir}missing`],
      ['export', '--content', dir],
    ];
    for (const args of runs) {
      const r = runCli(args);
      expect(r.err, args.join(' ')).not.toMatch(/\n\s+at /);
      for (const [stream, text] of [
        ['stdout', r.out],
        ['stderr', r.err],
      ] as const) {
        expect(unsafePart(text, { colour: false }), `${args[0]} ${stream}`).toBeUndefined();
        expect(text, `${args[0]} ${stream}`).not.toContain('\u001b');
      }
    }
    // With colour forced on: our SGR styling and nothing else.
    const coloured = runCli(['show', id, '--content', dir, '--locale', 'zh'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.out).toMatch(/\u001b\[[0-9;]*m/);
    expect(unsafePart(coloured.out, { colour: true })).toBeUndefined();
    // The case was read: its name is shown with placeholders, not dropped.
    expect(runCli(['list', '--content', dir]).out).toContain('Evil');
  });
});
