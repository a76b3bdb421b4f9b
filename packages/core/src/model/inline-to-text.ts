import type { Inline } from './model.js';

/**
 * Flatten inline rich text to plain text (an image gives its alternative text). Walks with an
 * explicit stack: nesting from content never grows the call stack.
 * @example inlineToText([{ type: 'strong', children: [{ type: 'text', value: 'Hi' }] }]) // 'Hi'
 */
export function inlineToText(nodes: readonly Inline[]): string {
  let out = '';
  const stack: Inline[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt;
        break;
      default:
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/**
 * The inline form of a run of rich text: its `inline` when it has formatting, else its text as
 * one text node. Renderers call this instead of reading `inline`, which plain text leaves out.
 * @example richInline({ text: '多集群' }) // [{ type: 'text', value: '多集群' }]
 */
export function richInline(rich: { readonly text: string; readonly inline?: readonly Inline[] | undefined }): readonly Inline[] {
  return rich.inline ?? (rich.text ? [{ type: 'text', value: rich.text }] : []);
}
