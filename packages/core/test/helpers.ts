import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TAXONOMY, parseContentFile, type Block, type Scenario, type ScenarioSection } from '@cases/core';

export const fixture = (p: string) => fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Parse a fixture as if it sat at `rel` in a content folder. */
export function parseFixture(p: string, rel: string) {
  return parseContentFile(readFileSync(fixture(p)), rel, `fixtures/${p}`, DEFAULT_TAXONOMY);
}

/** The shape of a scenario tree without positions and image URLs (which only Markdown has). */
export function treeOf(s: Scenario): unknown {
  const blocks = (list: Block[]) =>
    list.map((b) => (b.type === 'image' ? { type: 'image', alt: b.alt } : { type: b.type, text: 'text' in b ? b.text : undefined }));
  const section = (x: ScenarioSection): unknown => ({ title: x.title, blocks: blocks(x.blocks), sections: x.sections.map(section) });
  return { id: s.id, title: s.title, summary: s.summary, blocks: blocks(s.blocks), sections: s.sections.map(section), page: s.page.title };
}

/**
 * The real pages beside the repository (`../shared/corpus`), used only when `CASES_CORPUS`
 * names them: tests that read them are skipped otherwise, and fail loudly when the variable
 * points at a folder that is not there.
 */
export const corpusDir: string | undefined = (() => {
  const dir = process.env.CASES_CORPUS;
  if (!dir) return undefined;
  const abs = resolvePath(repoRoot, dir);
  if (!existsSync(abs)) throw new Error(`CASES_CORPUS=${dir}: no such folder (${abs})`);
  return abs;
})();
