import { isAttrValue, isListener, isVNode } from './vnode.js';
import type { Listeners, VNode } from './vnode.js';

/** The attribute that names a node among its siblings (a card's `locale/id`, the live region). */
export const KEY = 'data-key';

/** Where an element built from a node keeps its current listeners (replaced on every patch). */
const LISTENERS: unique symbol = Symbol('cases.listeners') as never;

type WithListeners = Element & { [LISTENERS]?: { on: Listeners; types: Set<string> } };

/**
 * Point `el`'s listeners at `on`: one dispatcher per event type calls the current function, so
 * a patch swaps in the closures of a new render without removing and re-adding listeners.
 */
function setListeners(el: WithListeners, on: Listeners = {}): void {
  const box = (el[LISTENERS] ??= { on, types: new Set() });
  box.on = on;
  for (const type of Object.keys(on)) {
    if (box.types.has(type)) continue;
    box.types.add(type);
    el.addEventListener(type, (event) => {
      const current = box.on[type];
      if (isListener(current)) current(event);
    });
  }
}

/**
 * Build DOM nodes in `doc` from nodes; text is always a Text node, never parsed. Anything that is
 * neither a string nor a branded node becomes an empty text node.
 */
export function vnodeToDom(node: VNode | string, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  return isVNode(node) ? patchNode(doc.createElement(node.t), node, doc) : doc.createTextNode('');
}

const keyOf = (node: Node): string | null => (node.nodeType === 1 ? (node as Element).getAttribute(KEY) : null);

/** Whether an existing DOM node can be patched into `next`: same tag, or both text. */
function sameKind(node: Node, next: VNode | string): boolean {
  if (typeof next === 'string') return node.nodeType === 3;
  return node.nodeType === 1 && (node as Element).localName === next.t && keyOf(node) === (next.a[KEY] == null ? null : String(next.a[KEY]));
}

function patchAttributes(el: Element, next: VNode): void {
  for (const { name } of [...el.attributes]) {
    const value = next.a[name];
    if (value == null || value === false) el.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(next.a)) {
    if (value == null || value === false || !isAttrValue(value)) continue;
    const text = value === true ? '' : String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  // A field the reader typed in keeps its caret: only a value the state changed is written.
  if (el instanceof HTMLInputElement && next.a.value != null && el.value !== String(next.a.value)) el.value = String(next.a.value);
}

/** Patch one DOM node to match `next`; returns the node that now stands for it (new when the kind differs). */
function patchNode(node: Node, next: VNode | string, doc: Document): Node {
  if (typeof next === 'string') {
    if ((node as Text).data !== next) (node as Text).data = next;
    return node;
  }
  const el = node as Element;
  patchAttributes(el, next);
  setListeners(el, next.on);
  if (next.t === 'style' && typeof next.raw === 'string') {
    if (el.textContent !== next.raw) el.textContent = next.raw;
  } else if (next.t === 'template') {
    (el as HTMLTemplateElement).content.replaceChildren(...next.c.map((c) => vnodeToDom(c, doc)));
  } else patchChildren(el, next.c, doc);
  return el;
}

/**
 * Make `parent`'s children match `next`, changing only what differs: a node of the same tag (and
 * the same {@link KEY}, when it has one) is patched in place, so unchanged parts (a card that stays
 * in the results, the live region, a focused field) remain the same DOM nodes. Keyed nodes are
 * matched by key wherever they stand; the others in order.
 * @example patchChildren(shadowRoot, [view, liveRegion], document)
 */
export function patchChildren(parent: ParentNode & Node, next: readonly (VNode | string)[], doc: Document): void {
  const old = [...parent.childNodes];
  const keyed = new Map<string, Node>();
  for (const node of old) {
    const key = keyOf(node);
    if (key !== null && !keyed.has(key)) keyed.set(key, node);
  }
  const used = new Set<Node>();
  let cursor = 0;
  const wanted = next.filter((n) => typeof n === 'string' || isVNode(n));
  const nodes = wanted.map((v) => {
    const key = typeof v === 'string' || v.a[KEY] == null ? null : String(v.a[KEY]);
    let match: Node | undefined;
    if (key !== null) {
      const candidate = keyed.get(key);
      if (candidate && !used.has(candidate) && sameKind(candidate, v)) match = candidate;
    } else {
      for (let i = cursor; i < old.length; i++) {
        const candidate = old[i]!;
        if (!used.has(candidate) && keyOf(candidate) === null && sameKind(candidate, v)) {
          match = candidate;
          cursor = i + 1;
          break;
        }
      }
    }
    if (!match) return vnodeToDom(v, doc);
    used.add(match);
    return patchNode(match, v, doc);
  });
  for (const node of old) if (!used.has(node)) parent.removeChild(node);
  nodes.forEach((node, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== node) parent.insertBefore(node, at);
  });
}
