import type { Inline } from '@cases/core/browser';

import { escapeHtml } from './escape-html.js';

/** Only these URL schemes become live links; anything else prints as plain text. */
const SAFE_URL = /^(https?:|mailto:)/i;

/** Whether a link URL from content may become a live link (http, https or mailto). */
export function isLinkable(url: string): boolean {
  return SAFE_URL.test(url);
}

/**
 * Chinese text sometimes uses ASCII punctuation with no space before a Latin word
 * ("时,Kubernetes"), which line breaking treats as one unbreakable word and which leaves a
 * wide gap in justified lines; a `<wbr>` after such punctuation allows the break.
 */
function breakable(html: string): string {
  return html.replace(/([\u3400-\u9fff][,;:!?])(?=[A-Za-z0-9])/g, '$1<wbr>');
}

/** Render structured inline rich text as HTML. Content can never inject markup. */
export function inlineToHtml(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += breakable(escapeHtml(node.value));
        break;
      case 'code':
        out += `<code>${escapeHtml(node.value)}</code>`;
        break;
      case 'break':
        out += '<br>';
        break;
      case 'strong':
        out += `<strong>${inlineToHtml(node.children)}</strong>`;
        break;
      case 'emphasis':
        out += `<em>${inlineToHtml(node.children)}</em>`;
        break;
      case 'delete':
        out += `<del>${inlineToHtml(node.children)}</del>`;
        break;
      case 'image':
        // An image inside running text prints as its description: sheets place figures as blocks.
        out += escapeHtml(node.alt);
        break;
      case 'link': {
        const body = inlineToHtml(node.children);
        out += isLinkable(node.url) ? `<a href="${escapeHtml(node.url)}">${body}</a>` : body;
        break;
      }
    }
  }
  return out;
}
