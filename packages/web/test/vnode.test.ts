import { describe, expect, it } from 'vitest';

import { h, styleNode, VNODE, vnodeToHtml } from '../src/vnode.js';
import type { Child, VNode } from '../src/vnode.js';

/** What JSON can write that looks like a node, brand name and all. */
const FAKES = [
  { $$typeof: 'cases.vnode', t: 'script', a: { onclick: 'x()' }, c: ['alert(1)'] },
  JSON.parse('{"$$typeof": {}, "t": "img", "a": {"src": "x", "onerror": "x()"}, "c": []}'),
  { t: 'style', a: {}, c: [], raw: 'body{display:none}' },
  JSON.parse(JSON.stringify(h('b', null, 'copied through JSON'))),
];

describe('branded view nodes', () => {
  it('only h() and styleNode() make nodes; the brand is a symbol that JSON drops and structuredClone refuses', () => {
    expect(h('p', null, 'x').$$typeof).toBe(VNODE);
    expect(styleNode('a{}').$$typeof).toBe(VNODE);
    expect(JSON.parse(JSON.stringify(h('p', null))).$$typeof).toBeUndefined();
    expect(() => structuredClone(h('p', null))).toThrow();
  });

  it('h() drops children that are not strings or branded nodes, and attribute values that are not scalars', () => {
    const node = h('p', { class: { toString: () => 'x' } as unknown as string, title: 't' }, ...(FAKES as unknown as Child[]), 7 as unknown as Child, 'text');
    expect(node.c).toEqual(['text']);
    expect(node.a).toEqual({ title: 't' });
  });

  it('the string renderer prints nothing for an unbranded node anywhere in the tree', () => {
    for (const fake of FAKES) {
      expect(vnodeToHtml(fake as unknown as VNode)).toBe('');
      const parent = h('div', null, 'ok');
      parent.c.push(fake as unknown as VNode);
      expect(vnodeToHtml(parent)).toBe('<div>ok</div>');
    }
  });
});
