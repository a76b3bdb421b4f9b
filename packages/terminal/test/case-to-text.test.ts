import { fileURLToPath } from 'node:url';

import { loadContent } from '@cases/core';
import { describe, expect, it } from 'vitest';

import { caseListToText, caseToText, displayWidth, scenarioToText } from '../src/text.js';
import { acme, cases, multiCluster, taxonomy, vesoft } from './fixtures/model.js';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const snapshot = (name: string) => `./fixtures/text/${name}`;

describe('caseToText', () => {
  for (const width of [40, 72]) {
    it(`lays out a case at ${width} columns`, async () => {
      await expect(caseToText(vesoft, { width, taxonomy })).toMatchFileSnapshot(snapshot(`vesoft-${width}.txt`));
    });
  }

  it('shows escape sequences in content as symbols, never sends them', () => {
    const text = caseToText(acme, { width: 40, taxonomy });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('Acme␛[2J Corp');
    expect(text).toContain('DevOps.␇');
  });

  it('styles with ANSI only when asked', () => {
    expect(caseToText(vesoft, { width: 60 })).not.toContain('\u001b[');
    const colored = caseToText(vesoft, { width: 60, color: true });
    expect(colored).toContain('\u001b[1;35mvesoft inc.\u001b[0m');
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(caseToText(vesoft, { width: 60 }));
  });

  it('marks search terms', () => {
    const colored = caseToText(vesoft, { width: 60, color: true, highlight: ['多集群'] });
    expect(colored).toContain('\u001b[30;43m多集群\u001b[0m');
  });
});

describe('scenarioToText and caseListToText', () => {
  it('lays out a scenario with its aspects and numbered cases', async () => {
    await expect(scenarioToText(multiCluster, { width: 40, cases, numberCases: true })).toMatchFileSnapshot(snapshot('multi-cluster-40.txt'));
  });

  it('aligns Chinese columns in the plain list', async () => {
    const text = caseListToText(cases, { width: 80, taxonomy });
    await expect(text).toMatchFileSnapshot(snapshot('list-80.txt'));
    // The industry column starts at the same display column on every row.
    const column = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    const lines = text.split('\n');
    expect(column(lines[1]!, '互联网')).toBe(column(lines[2]!, 'Manufacturing'));
    expect(column(lines[2]!, 'Manufacturing')).toBe(column(lines[3]!, '互联网'));
  });
});

describe('the seed content', () => {
  it('wraps every case and scenario within the width, with no closing punctuation at a line start', async () => {
    const collection = await loadContent(contentDir);
    expect(collection.cases.length).toBeGreaterThan(0);
    for (const width of [40, 57, 80, 123]) {
      const texts = [
        ...collection.cases.map((c) => caseToText(c, { width, taxonomy: collection.taxonomy })),
        ...collection.scenarios.map((s) => scenarioToText(s, { width, cases: collection.cases })),
      ];
      for (const text of texts) {
        for (const line of text.split('\n')) {
          expect(displayWidth(line), line).toBeLessThanOrEqual(width);
          expect(line.trimStart()[0] ?? '', line).not.toMatch(/[。，、；：？！）」』》]/);
          expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        }
      }
    }
  });
});

describe('highlightLines', () => {
  it('marks overlapping terms as one run', async () => {
    const { highlightLines } = await import('../src/text.js');
    const [line] = highlightLines([[{ text: '多集群管理与多集' }]], ['多集', '集群']);
    expect(line).toEqual([{ text: '多集群', style: { match: true } }, { text: '管理与' }, { text: '多集', style: { match: true } }]);
  });
});
