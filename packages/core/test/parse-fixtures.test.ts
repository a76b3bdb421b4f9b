import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, parseFixture } from './helpers.js';

// Every fixture is an input/expected pair: <name>.md beside <name>.expected.json.
const dirs = { 'case-page': 'cases/zh', article: 'cases/zh', diagnostics: 'cases/zh' } as const;

describe.each(Object.entries(dirs))('fixtures/%s', (dir, folder) => {
  const files = readdirSync(fixture(dir)).filter((f) => /\.(md|txt)$/.test(f));
  it.each(files)('%s', async (file) => {
    const result = parseFixture(`${dir}/${file}`, `${folder}/${file}`);
    await expect(JSON.stringify(result, null, 2)).toMatchFileSnapshot(fixture(`${dir}/${file.replace(/\.\w+$/, '')}.expected.json`));
  });
});
