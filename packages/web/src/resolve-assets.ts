import type { Block, ExportData, Inline, ScenarioSection } from '@cases/core/browser';

/** A URL with no scheme and no host (`assets/logo.png`, `/images/x.png`): it needs a base. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Resolve every relative image URL of an export (logos, covers, image blocks, inline images)
 * against `base`, the URL the data was fetched from: a kit served from another origin finds its
 * own `assets/`, never the host page's. Mutates and returns `data` (the caller owns it: it was
 * just parsed); URLs that do not parse are left for the renderer's allow-list to drop. URLs
 * that land on `pageOrigin` are written as paths.
 * @example resolveAssetUrls(data, 'https://kit.example/cases.json') // assets/x.png → https://kit.example/assets/x.png
 */
export function resolveAssetUrls(data: ExportData, base: string, pageOrigin?: string): ExportData {
  const resolve = (url: string | null): string | null => {
    if (!url || !RELATIVE.test(url.trim())) return url;
    try {
      const resolved = new URL(url.trim(), base);
      // On the page's own origin a path is enough (and matches server-rendered markup).
      return resolved.origin === pageOrigin ? resolved.href.slice(resolved.origin.length) : resolved.href;
    } catch {
      return url;
    }
  };
  const inline = (nodes: Inline[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'image') node.src = resolve(node.src) ?? '';
      else if ('children' in node) inline(node.children);
    }
  };
  const blocks = (list: Block[]): void => {
    for (const block of list) {
      if (block.type === 'image') block.src = resolve(block.src) ?? '';
      if ('inline' in block) inline(block.inline);
      if (block.type === 'list')
        for (const item of block.items) {
          inline(item.inline);
          blocks(item.blocks);
        }
      if (block.type === 'quote') blocks(block.blocks);
      if (block.type === 'highlights') for (const item of block.items) inline(item.inline);
      if (block.type === 'table') for (const cell of [...block.header, ...block.rows.flat()]) inline(cell.inline);
    }
  };
  const sections = (list: ScenarioSection[]): void => {
    for (const section of list) {
      blocks(section.blocks);
      sections(section.sections);
    }
  };
  for (const c of data.cases) {
    c.company.logo = resolve(c.company.logo);
    c.cover = resolve(c.cover);
    for (const section of c.sections) blocks(section.blocks);
  }
  for (const s of data.scenarios) {
    blocks(s.blocks);
    sections(s.sections);
  }
  return data;
}
