import type { Block, Inline, RichText } from '@cases/core';

// A tiny test-only renderer, model → HTML in CommonMark's reference style, so that the spec's
// examples can check what markdownToBlocks keeps. It recurses: the model is depth-limited.

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineToHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escape(n.value);
        case 'code':
          return `<code>${escape(n.value)}</code>`;
        case 'break':
          return '<br />\n';
        case 'image':
          return `<img src="${escape(n.src)}" alt="${escape(n.alt)}" />`;
        case 'strong':
          return `<strong>${inlineToHtml(n.children)}</strong>`;
        case 'emphasis':
          return `<em>${inlineToHtml(n.children)}</em>`;
        case 'delete':
          return `<del>${inlineToHtml(n.children)}</del>`;
        case 'link':
          return `<a href="${escape(n.url)}">${inlineToHtml(n.children)}</a>`;
      }
    })
    .join('');
}

const rich = (r: { text: string; inline?: Inline[] | undefined }) => (r.inline ? inlineToHtml(r.inline) : escape(r.text));

/** Blocks as HTML, one block per line. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${rich(b)}</p>`;
        case 'heading':
          return `<h${b.level}>${rich(b)}</h${b.level}>`;
        case 'image': {
          const img = `<img src="${escape(b.src)}" alt="${escape(b.alt)}" />`;
          return `<p>${b.link === undefined ? img : `<a href="${escape(b.link)}">${img}</a>`}</p>`;
        }
        case 'code':
          return `<pre><code${b.lang ? ` class="language-${escape(b.lang)}"` : ''}>${escape(b.value)}${b.value ? '\n' : ''}</code></pre>`;
        case 'rule':
          return '<hr />';
        case 'quote':
          return `<blockquote>\n${b.blocks.length ? blocksToHtml(b.blocks) : b.text ? `<p>${rich(b)}</p>` : ''}\n</blockquote>`;
        case 'list': {
          const items = b.items.map((item) => `<li>${rich(item)}${item.blocks.length ? `\n${blocksToHtml(item.blocks)}\n` : ''}</li>`).join('\n');
          return b.ordered ? `<ol${b.start !== 1 ? ` start="${b.start}"` : ''}>\n${items}\n</ol>` : `<ul>\n${items}\n</ul>`;
        }
        case 'table': {
          const row = (cells: readonly RichText[], tag: 'th' | 'td') =>
            `<tr>${cells.map((c, i) => `<${tag}${b.align[i] ? ` align="${b.align[i]}"` : ''}>${rich(c)}</${tag}>`).join('')}</tr>`;
          const body = b.rows.length ? `<tbody>${b.rows.map((r) => row(r, 'td')).join('')}</tbody>` : '';
          return `<table><thead>${row(b.header, 'th')}</thead>${body}</table>`;
        }
        case 'highlights':
          return `<ul>${b.items.map((i) => `<li>${rich(i)}</li>`).join('')}</ul>`;
      }
    })
    .join('\n');
}

/** The four entities {@link escape} writes, read back (an attribute's value as a browser sees it). */
const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * HTML with the differences that do not matter here removed: whitespace around tags and runs of
 * whitespace, `<hr>` against `<hr />`, `<p>` inside list items (the model does not keep tight or loose), link titles
 * (not in the model), and percent-encoding in URLs (the model keeps URLs as written).
 */
export function normalizeHtml(html: string): string {
  return html
    .replace(/ title="[^"]*"/g, '')
    .replace(/(href|src)="([^"]*)"/g, (_m, attr: string, url: string) => {
      let decoded: string;
      try {
        decoded = decodeURI(unescapeHtml(url));
      } catch {
        decoded = unescapeHtml(url);
      }
      return `${attr}="${escape(decoded)}"`;
    })
    .replace(/<(hr|br)\s*\/?>/g, '<$1 />')
    .replace(/<img ([^>]*?)\s*\/?>/g, '<img $1 />')
    .replace(/<li>\s*<p>([\s\S]*?)<\/p>/g, '<li>$1')
    .replace(/<\/p>\s*<\/li>/g, '</li>')
    .replace(/\s+/g, ' ')
    .replace(/\s*(<[^>]+>)\s*/g, '$1')
    .trim();
}
