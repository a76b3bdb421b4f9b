import type { Block, Inline } from '@cases/core/browser';

import { isExternalUrl, safeImageUrl, safeLinkUrl } from './safe-url.js';
import { h } from './vnode.js';
import type { Child, VNode } from './vnode.js';

/** The words blocks need in the UI language (a subset of the element's labels). */
export interface BlockLabels {
  /** The language of these labels. */
  lang: string;
  code: string;
  table: string;
  imageUnavailable: string;
}

const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Props of an anchor to `url`: new tab (with `rel="noopener noreferrer"`) when it leaves the site. */
export function linkProps(url: string): Record<string, string> {
  return isExternalUrl(url) ? { href: url, target: '_blank', rel: 'noopener noreferrer' } : { href: url };
}

/** Render inline rich text; links pass the URL allow-list or become plain text. */
export function renderInline(nodes: unknown, depth = 0): Child[] {
  return arr<Inline>(nodes).map((node): Child => {
    if (typeof node !== 'object' || node === null) return null;
    switch (node.type) {
      case 'text':
        return str(node.value);
      case 'code':
        return h('code', null, str(node.value));
      case 'break':
        return h('br');
      case 'image':
        // An image inside running text shows its description, as in the PDF: figures are blocks.
        return str(node.alt);
      default: {
        if (depth > 16) return null;
        const children = renderInline((node as { children?: unknown }).children, depth + 1);
        if (node.type === 'strong') return h('strong', null, children);
        if (node.type === 'emphasis') return h('em', null, children);
        if (node.type === 'delete') return h('del', null, children);
        if (node.type === 'link') {
          const url = safeLinkUrl(node.url);
          return url ? h('a', linkProps(url), children) : h('span', null, children);
        }
        return null;
      }
    }
  });
}

/** Inline content of a rich-text node, or its plain `text` when it has no inline form. */
export function renderRich(node: { text?: unknown; inline?: unknown }): Child[] {
  const inline = renderInline(node.inline);
  return inline.some((c) => c != null) ? inline : [str(node.text)];
}

/**
 * Render one image in a box of a fixed aspect ratio (width and height attributes, CSS
 * `aspect-ratio`), lazy-loaded; `null` when its URL is not allowed. An image that fails keeps
 * its box and shows a placeholder in it, so nothing below moves. A `link` the link allow-list
 * accepts wraps the image in a link; any other is dropped.
 */
export function renderImage(src: unknown, alt: unknown, caption: boolean, t: BlockLabels, link?: unknown): VNode | null {
  const url = safeImageUrl(src);
  if (!url) return null;
  const text = str(alt);
  const href = link === undefined ? null : safeLinkUrl(link);
  const img = h('img', {
    src: url,
    alt: text,
    width: 960,
    height: 540,
    loading: 'lazy',
    decoding: 'async',
    on: { error: (e) => (e.target as HTMLElement).closest('figure')!.classList.add('broken') },
  });
  return h(
    'figure',
    { class: 'img', part: 'image' },
    href ? h('a', linkProps(href), img) : img,
    // Shown in the image's box when it fails; the image's alt text stays what a reader hears.
    h('span', { class: 'ph', lang: t.lang, 'aria-hidden': 'true' }, t.imageUnavailable),
    caption && text ? h('figcaption', null, text) : null,
  );
}

/**
 * Render blocks in order. Content headings all become `<h{level}>` (capped at 6): source
 * levels are inconsistent and must not skip levels under the widget's own headings.
 */
export function renderBlocks(blocks: unknown, level: number, t: BlockLabels, depth = 0): Child[] {
  if (depth > 8) return [];
  return arr<Block>(blocks).map((block): Child => {
    if (typeof block !== 'object' || block === null) return null;
    switch (block.type) {
      case 'paragraph':
        return h('p', null, renderRich(block));
      case 'heading':
        return h(`h${Math.min(6, level)}`, null, renderRich(block));
      case 'image':
        return renderImage(block.src, block.alt, true, t, block.link);
      case 'list':
        return h(
          block.ordered ? 'ol' : 'ul',
          { start: block.ordered && Number.isInteger(block.start) && block.start !== 1 ? block.start : null },
          arr<{ text?: unknown; inline?: unknown; blocks?: unknown }>(block.items).map((item) =>
            h('li', null, renderRich(item), renderBlocks(item.blocks, level, t, depth + 1)),
          ),
        );
      case 'quote':
        return renderQuote(block, t, depth);
      case 'highlights':
        return renderHighlights(block.items);
      case 'table':
        return renderTable(block, t);
      case 'code':
        return h('pre', { tabindex: 0, 'aria-label': str(block.lang) ? `${t.code}: ${str(block.lang)}` : t.code }, h('code', null, str(block.value)));
      default:
        return null;
    }
  });
}

/** A highlight list with check marks. */
export function renderHighlights(items: unknown): VNode {
  return h(
    'ul',
    { class: 'hl', part: 'highlights' },
    arr<{ text?: unknown }>(items).map((item) => h('li', null, renderRich(item))),
  );
}

/** A pull quote or block quote, with its author when known. */
export function renderQuote(
  quote: { text?: unknown; inline?: unknown; author?: unknown; blocks?: unknown },
  t: BlockLabels,
  depth = 0,
  caption?: Child,
): VNode {
  const nested = renderBlocks(quote.blocks, 6, t, depth + 1);
  const author = str(quote.author);
  return h(
    'figure',
    { class: 'quote', part: 'quote' },
    h('blockquote', null, nested.some((c) => c != null) ? nested : h('p', null, renderRich(quote))),
    caption ?? (author ? h('figcaption', null, h('cite', null, author)) : null),
  );
}

function renderTable(block: { align?: unknown; header?: unknown; rows?: unknown }, t: BlockLabels): VNode {
  const align = arr<string | null>(block.align);
  const cls = (i: number) => (align[i] === 'right' ? 'r' : align[i] === 'center' ? 'c' : null);
  const header = arr<{ text?: unknown; inline?: unknown }>(block.header);
  return h(
    'div',
    { class: 'table', tabindex: 0, role: 'region', 'aria-label': header.map((c) => str(c.text)).join(' · ') || t.table },
    h(
      'table',
      null,
      header.length
        ? h(
            'thead',
            null,
            h(
              'tr',
              null,
              header.map((cell, i) => h('th', { scope: 'col', class: cls(i) }, renderRich(cell))),
            ),
          )
        : null,
      h(
        'tbody',
        null,
        arr<unknown[]>(block.rows).map((row) =>
          h(
            'tr',
            null,
            arr<{ text?: unknown; inline?: unknown }>(row).map((cell, i) => h('td', { class: cls(i) }, renderRich(cell))),
          ),
        ),
      ),
    ),
  );
}
