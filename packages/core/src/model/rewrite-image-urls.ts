import type { Block, Case, Inline, Position, Scenario, ScenarioSection } from './model.js';

/** Where an image URL is written: the document's source file and the position of its block or fact. */
export interface ImageUrlSite {
  source: string;
  position: Position | undefined;
}

/**
 * Replace every image URL of cases and scenarios — logos, covers, image blocks and inline
 * images, in nested lists, quotes, tables and sections — with what `map` returns for it. `map`
 * is called only for non-empty URLs, with where the URL is written; it returns `''` to leave
 * an image out (a logo or cover then becomes `null`, as when there is none). Mutates the
 * documents given (callers pass their own copy). Nesting is bounded by the readers' depth limits.
 * @example rewriteImageUrls(data, (url) => new URL(url, base).href)
 */
export function rewriteImageUrls(docs: { cases: Case[]; scenarios: Scenario[] }, map: (url: string, site: ImageUrlSite) => string): void {
  const url = (value: string, site: ImageUrlSite) => (value ? map(value, site) : value);
  const inline = (nodes: Inline[] | undefined, site: ImageUrlSite): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'image') node.src = url(node.src, site);
      else if ('children' in node) inline(node.children, site);
    }
  };
  const blocks = (list: Block[], source: string): void => {
    for (const block of list) {
      const site = { source, position: block.position };
      if (block.type === 'image') block.src = url(block.src, site);
      if ('inline' in block) inline(block.inline, site);
      if (block.type === 'list')
        for (const item of block.items) {
          inline(item.inline, site);
          blocks(item.blocks, source);
        }
      if (block.type === 'quote') blocks(block.blocks, source);
      if (block.type === 'highlights') for (const item of block.items) inline(item.inline, site);
      if (block.type === 'table') for (const cell of [...block.header, ...block.rows.flat()]) inline(cell.inline, site);
    }
  };
  const sections = (list: ScenarioSection[], source: string): void => {
    for (const section of list) {
      blocks(section.blocks, source);
      sections(section.sections, source);
    }
  };
  for (const c of docs.cases) {
    const source = c.source.path;
    if (c.company.logo) c.company.logo = map(c.company.logo, { source, position: c.facts.positions.logo }) || null;
    if (c.cover) c.cover = map(c.cover, { source, position: c.facts.positions.cover }) || null;
    for (const section of c.sections) blocks(section.blocks, source);
  }
  for (const s of docs.scenarios) {
    blocks(s.blocks, s.source.path);
    sections(s.sections, s.source.path);
  }
}
