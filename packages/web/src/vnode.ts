/** An attribute value: `true` renders a bare attribute; `false`, `null` and `undefined` omit it. */
export type AttrValue = string | number | boolean | null | undefined;

/** A child of a {@link VNode}: text, another node, or nothing. Arrays are flattened. */
export type Child = VNode | string | null | undefined | false | readonly Child[];

/**
 * A tiny virtual DOM node. Views return these; {@link vnodeToDom} builds real DOM with
 * `createElement`/`textContent`, {@link vnodeToHtml} prints escaped HTML, so the static and the
 * live markup are the same by construction.
 */
export interface VNode {
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

function flatten(children: readonly Child[], out: (VNode | string)[]): (VNode | string)[] {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) flatten(child, out);
    else out.push(child as VNode | string);
  }
  return out;
}

/**
 * Create a node.
 * @example h('p', { class: 'summary' }, company.summary)
 */
export function h(t: string, props?: Props | null, ...children: Child[]): VNode {
  const { on, ...a } = props ?? {};
  const node: VNode = { t, a: a as VNode['a'], c: flatten(children, []) };
  if (on) node.on = on;
  return node;
}

/** Build DOM nodes in `doc` from nodes; text is always a Text node, never parsed. */
export function vnodeToDom(node: VNode | string, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node.t);
  for (const [name, value] of Object.entries(node.a)) {
    if (value == null || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (node.on) for (const [type, fn] of Object.entries(node.on)) el.addEventListener(type, fn as EventListener);
  if (node.raw != null) el.textContent = node.raw;
  const target = node.t === 'template' ? (el as HTMLTemplateElement).content : el;
  for (const child of node.c) target.appendChild(vnodeToDom(child, doc));
  return el;
}

const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESC[c] ?? c);
}

/** Print nodes as HTML; every text and attribute value is escaped. */
export function vnodeToHtml(node: VNode | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  let out = `<${node.t}`;
  for (const [name, value] of Object.entries(node.a)) {
    if (value == null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  out += '>';
  if (VOID.has(node.t)) return out;
  // Our own stylesheet; a closing tag inside it is impossible to reach from data.
  if (node.raw != null) out += node.raw.replace(/<\/style/gi, '<\\/style');
  for (const child of node.c) out += vnodeToHtml(child);
  return `${out}</${node.t}>`;
}
