import type { Inline } from './model.js';

/**
 * Flatten inline rich text to plain text.
 * @example inlineToText([{ type: 'strong', children: [{ type: 'text', value: 'Hi' }] }]) // 'Hi'
 */
export function inlineToText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      default:
        out += inlineToText(node.children);
    }
  }
  return out;
}
