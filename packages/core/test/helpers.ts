import { readFileSync } from 'node:fs';
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
  const blocks = (list: Block[]) => list.map((b) => (b.type === 'image' ? { type: 'image', alt: b.alt } : { type: b.type, text: 'text' in b ? b.text : undefined }));
  const section = (x: ScenarioSection): unknown => ({ title: x.title, blocks: blocks(x.blocks), sections: x.sections.map(section) });
  return { id: s.id, title: s.title, summary: s.summary, blocks: blocks(s.blocks), sections: s.sections.map(section), page: s.page.title };
}
