import { richInline, type Block, type ListBlock, type QuoteBlock, type TableBlock } from '@cases/core/browser';

import { escapeHtml } from './escape-html.js';
import { inlineToHtml, isLinkable } from './inline-to-html.js';

/** How block rendering treats images and repeated callouts. */
export interface BlockRenderOptions {
  /**
   * Maps an image `src` from the model to the URL the page loads it from, or `null` to leave
   * the image out (missing, remote while offline, outside the content folder).
   */
  imageUrl: (src: string) => string | null;
  /** Leave `highlights` blocks out of the flow (the sheet shows them in its side panel). */
  omitHighlights: boolean;
}

/** Render blocks in document order. */
export function blocksToHtml(blocks: readonly Block[], options: BlockRenderOptions): string {
  return blocks.map((b) => blockToHtml(b, options)).join('\n');
}

function blockToHtml(block: Block, options: BlockRenderOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineToHtml(richInline(block))}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(3, block.level));
      return `<h${level}>${inlineToHtml(richInline(block))}</h${level}>`;
    }
    case 'image': {
      const url = options.imageUrl(block.src);
      if (!url) return '';
      const caption = block.alt.trim() ? `<figcaption>${escapeHtml(block.alt)}</figcaption>` : '';
      const img = `<img src="${escapeHtml(url)}" alt="${escapeHtml(block.alt)}">`;
      const linked = block.link && isLinkable(block.link) ? `<a href="${escapeHtml(block.link)}">${img}</a>` : img;
      return `<figure class="figure">${linked}${caption}</figure>`;
    }
    case 'code':
      return `<pre class="code"${block.lang ? ` data-lang="${escapeHtml(block.lang)}"` : ''}><code>${escapeHtml(block.value.replace(/\s+$/, ''))}</code></pre>`;
    case 'table':
      return tableToHtml(block);
    case 'highlights':
      if (options.omitHighlights || block.items.length === 0) return '';
      return `<ul class="highlights">${block.items.map((i) => `<li>${inlineToHtml(richInline(i))}</li>`).join('')}</ul>`;
    case 'list':
      return listToHtml(block, options);
    case 'quote':
      return quoteToHtml(block, options);
    case 'rule':
      return '<hr>';
  }
}

function listToHtml(list: ListBlock, options: BlockRenderOptions): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== null && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items
    .map((item) => {
      const nested = item.blocks.length ? blocksToHtml(item.blocks, options) : '';
      return `<li>${inlineToHtml(richInline(item))}${nested}</li>`;
    })
    .join('');
  return `<${tag}${start}>${items}</${tag}>`;
}

/** A pull quote (with `author`) is set apart; a Markdown blockquote stays in the text column. */
function quoteToHtml(quote: QuoteBlock, options: BlockRenderOptions): string {
  if (quote.author !== null) {
    return (
      `<figure class="pull-quote"><blockquote>${inlineToHtml(richInline(quote))}</blockquote>` + `<figcaption>${escapeHtml(quote.author)}</figcaption></figure>`
    );
  }
  const body = quote.blocks.length ? blocksToHtml(quote.blocks, options) : `<p>${inlineToHtml(richInline(quote))}</p>`;
  return `<blockquote class="blockquote">${body}</blockquote>`;
}

function tableToHtml(table: TableBlock): string {
  const align = (i: number) => {
    const a = table.align[i];
    return a ? ` style="text-align:${a}"` : '';
  };
  const head = table.header.map((c, i) => `<th${align(i)}>${inlineToHtml(richInline(c))}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${r.map((c, i) => `<td${align(i)}>${inlineToHtml(richInline(c))}</td>`).join('')}</tr>`).join('');
  return `<table class="table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
