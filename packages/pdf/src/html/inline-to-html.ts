import type { Inline } from '@cases/core/browser';

import { escapeHtml } from './escape-html.js';

/** Only these URL schemes become live links; anything else prints as plain text. */
const SAFE_URL = /^(https?:|mailto:)/i;

/** Render structured inline rich text as HTML. Content can never inject markup. */
export function inlineToHtml(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += escapeHtml(node.value);
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
      case 'link': {
        const body = inlineToHtml(node.children);
        out += SAFE_URL.test(node.url) ? `<a href="${escapeHtml(node.url)}">${body}</a>` : body;
        break;
      }
    }
  }
  return out;
}
