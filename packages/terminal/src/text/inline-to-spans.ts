import type { Inline } from '@cases/core/browser';

import { sanitizeText } from './sanitize-text.js';
import type { Span, SpanStyle } from './styled-line.js';

function merge(base: SpanStyle | undefined, extra: SpanStyle): SpanStyle {
  return { ...base, ...extra };
}

/**
 * Inline rich text as styled spans: strong is bold, emphasis italic, code and links coloured,
 * a link's address follows its text when they differ. Text is sanitised.
 */
export function inlineToSpans(nodes: readonly Inline[], base?: SpanStyle): Span[] {
  const out: Span[] = [];
  const push = (text: string, style: SpanStyle | undefined) => {
    if (text) out.push(style ? { text, style } : { text });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(sanitizeText(node.value, { keepNewlines: false }), base);
        break;
      case 'code':
        push(sanitizeText(node.value, { keepNewlines: false }), merge(base, { tone: 'code' }));
        break;
      case 'break':
        push('\n', base);
        break;
      case 'strong':
        out.push(...inlineToSpans(node.children, merge(base, { bold: true })));
        break;
      case 'emphasis':
        out.push(...inlineToSpans(node.children, merge(base, { italic: true })));
        break;
      case 'delete':
        out.push(...inlineToSpans(node.children, merge(base, { tone: 'muted' })));
        break;
      case 'image':
        push(sanitizeText(node.alt, { keepNewlines: false }), merge(base, { italic: true }));
        break;
      case 'link': {
        const children = inlineToSpans(node.children, merge(base, { tone: 'link', underline: true }));
        out.push(...children);
        const label = children.map((s) => s.text).join('');
        const url = sanitizeText(node.url, { keepNewlines: false });
        if (url && url !== label && /^(https?:|mailto:)/i.test(url)) push(` (${url})`, merge(base, { tone: 'muted' }));
        break;
      }
    }
  }
  return out;
}
