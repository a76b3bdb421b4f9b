import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadContent, toExport } from '@cases/core';
import type { ExportData } from '@cases/core';
import { createEmbedKit, STYLES } from '@cases/web';

import { buildBundles } from '../../scripts/bundle-options.mjs';

/** The repository's content folder (the seeds). */
export const CONTENT_DIR = fileURLToPath(new URL('../../../../content', import.meta.url));

/** The hand-written export fixture (has an English case, a table and code). */
export const FIXTURE: ExportData = JSON.parse(readFileSync(new URL('../fixtures/export.json', import.meta.url), 'utf8'));

/** A temporary site: freshly built bundles, the embed kit for the seeds, and the fixture. */
export interface TestSite {
  dir: string;
  seeds: ExportData;
  write(name: string, text: string): void;
  remove(): void;
}

/** Build the bundles from src/ and write the embed kit of the seed content into a temp folder. */
export async function createTestSite(): Promise<TestSite> {
  const dir = mkdtempSync(join(tmpdir(), 'cases-web-site-'));
  await buildBundles(dir);
  const collection = await loadContent(CONTENT_DIR);
  const seeds = toExport(collection);
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  for (const [name, text] of Object.entries(createEmbedKit(seeds, { hostile: true }))) write(name, text);
  write('cases-web.css', STYLES);
  write('fixture.json', JSON.stringify(FIXTURE));
  return { dir, seeds, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal page around `body` loading the ES module bundle. */
export function page(body: string, { head = '', lang = 'zh' } = {}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>test</title>${head}<script type="module" src="cases-web.js"></script></head><body>${body}</body></html>`;
}
