/**
 * The brand every node carries. A symbol: `JSON.parse` and `structuredClone` cannot produce it,
 * so data can never pass for a node, even through a bug in validation (React's `$$typeof`).
 */
export const VNODE: unique symbol = Symbol('cases.vnode') as never;

/** An attribute value: `true` renders a bare attribute; `false`, `null` and `undefined` omit it. */
export type AttrValue = string | number | boolean | null | undefined;

/** A child of a {@link VNode}: text, another node, or nothing. Arrays are flattened. */
export type Child = VNode | string | null | undefined | false | readonly Child[];

/**
 * A tiny virtual DOM node. Views return these; `vnodeToDom` (patch-dom.ts) builds real DOM with
 * `createElement`/`textContent`, {@link vnodeToHtml} prints escaped HTML, so the static and the
 * live markup are the same by construction.
 */
export interface VNode {
  /** The brand, {@link VNODE}; only {@link h} and {@link styleNode} set it. */
  $$typeof: typeof VNODE;
  /** Tag name. */
  t: string;
  /** Attributes; names come only from our views, never from data. */
  a: Record<string, AttrValue>;
  /** Children, flattened. */
  c: (VNode | string)[];
  /** Event listeners, DOM only (ignored by the string renderer). */
  on?: Listeners;
  /** Raw text for `<style>` only: our own CSS, never data. */
  raw?: string;
}

/** Event listeners by event type. */
export type Listeners = Record<string, (event: Event) => unknown>;

/** Attributes plus optional listeners (`on`) for {@link h}. */
export type Props = { [name: string]: AttrValue | Listeners; on?: Listeners };

/** Whether `value` is a node made by {@link h}: branded, not merely shaped like one. */
export function isVNode(value: unknown): value is VNode {
  return typeof value === 'object' && value !== null && (value as { $$typeof?: unknown }).$$typeof === VNODE;
}

function flatten(children: readonly Child[], out: (VNode | string)[]): (VNode | string)[] {
  for (const child of children) {
    if (typeof child === 'string' || isVNode(child)) out.push(child);
    else if (Array.isArray(child)) flatten(child, out);
    // Anything else (numbers, unbranded objects from data) is not a node and renders nothing.
  }
  return out;
}

/** Whether `v` may be an attribute value. */
export const isAttrValue = (v: unknown): v is AttrValue => v == null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** Whether `v` may be a listener. */
export const isListener = (v: unknown): v is (event: Event) => unknown => typeof v === 'function';

/**
 * Create a node.
 * @example h('p', { class: 'summary' }, company.summary)
 */
export function h(t: string, props?: Props | null, ...children: Child[]): VNode {
  const { on, ...rest } = props ?? {};
  const a: Record<string, AttrValue> = {};
  for (const [name, value] of Object.entries(rest)) if (isAttrValue(value)) a[name] = value;
  const node: VNode = { $$typeof: VNODE, t, a, c: flatten(children, []) };
  if (on) {
    const listeners: Listeners = {};
    for (const [type, fn] of Object.entries(on)) if (isListener(fn)) listeners[type] = fn;
    node.on = listeners;
  }
  return node;
}

/** A `<style>` node holding our own stylesheet (never data). */
export function styleNode(css: string): VNode {
  return { $$typeof: VNODE, t: 'style', a: {}, c: [], raw: css };
}

const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESC[c] ?? c);
}

/** Print nodes as HTML; every text and attribute value is escaped; unbranded objects print nothing. */
export function vnodeToHtml(node: VNode | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  if (!isVNode(node)) return '';
  let out = `<${node.t}`;
  for (const [name, value] of Object.entries(node.a)) {
    if (value == null || value === false || !isAttrValue(value)) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  out += '>';
  if (VOID.has(node.t)) return out;
  // Our own stylesheet; a closing tag inside it is impossible to reach from data.
  if (typeof node.raw === 'string' && node.t === 'style') out += node.raw.replace(/<\/style/gi, '<\\/style');
  for (const child of node.c) out += vnodeToHtml(child);
  return `${out}</${node.t}>`;
}
