import type { ExportData } from '@cases/core/browser';

import { assertPrefix } from './prefix.js';
import { STYLES } from './styles.js';
import { uiLabels } from './ui-labels.js';
import { parseExport } from './validate-export.js';
import type { OnDropped } from './validate-export.js';
import type { ViewContext } from './view-context.js';
import { VIEWS } from './views.js';
import { liveRegion } from './view-shared.js';
import type { ElementName } from './views.js';
import { escapeHtml, h, styleNode, vnodeToHtml } from './vnode.js';
import type { VNode } from './vnode.js';

/** Options of {@link renderToString}. */
export interface RenderToStringOptions {
  /** Attributes of the element (`case-id`, `lang`, `theme`, `src`, …), printed on it and read by the view. */
  attributes?: Record<string, string>;
  /** UI language (`zh`, `en`…), printed as the element's `lang`; `attributes.lang` wins. @default 'en' */
  lang?: string;
  /** Tag prefix, checked like `define()`'s (lowercase letters, digits and dashes). @default 'cases' */
  prefix?: string;
  /**
   * URL of `cases-web.css` to `<link>` inside the shadow root instead of an inline `<style>`
   * (needed under a Content-Security-Policy without `'unsafe-inline'` for styles).
   */
  stylesheet?: string;
  /**
   * Embed the data the element needs as a `<script type="application/json">` child, so it
   * upgrades without fetching `src`. @default false
   */
  inlineData?: boolean;
  /**
   * Called for each case or scenario left out because a value in it has the wrong type.
   * @default a console.warn per entry
   */
  onDropped?: OnDropped;
}

/** JSON that is safe inside a `<script>` element: `<` never appears literally. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Render an element to static HTML with declarative shadow DOM: it shows without JavaScript and
 * upgrades in place when the bundle loads. Same markup as the live element.
 * @example renderToString('card', data, { attributes: { 'case-id': 'tuling', lang: 'zh', src: '/cases.json' } })
 */
export function renderToString(name: ElementName, data: ExportData, options: RenderToStringOptions = {}): string {
  const view = VIEWS[name];
  if (!view) throw new TypeError(`renderToString: unknown element "${String(name)}"; use one of ${Object.keys(VIEWS).join(', ')}`);
  const prefix = options.prefix ?? 'cases';
  assertPrefix(prefix, 'renderToString');
  const checked = parseExport(data, options.onDropped ?? ((d) => console.warn(`renderToString: left out ${d.path}: ${d.problem}`)));
  const attributes: Record<string, string> = { ...(options.lang ? { lang: options.lang } : {}), ...options.attributes };
  const lang = attributes.lang || 'en';
  const ctx: ViewContext = {
    data: checked,
    lang,
    t: uiLabels(lang),
    attr: (n) => attributes[n] ?? null,
    state: { filters: {}, search: '', page: 1, open: {}, opened: null },
    update: (patch) => ({ ...ctx.state, ...patch }),
    emit: () => true,
    source: null,
    announce: () => undefined,
    focus: () => undefined,
  };
  const style: VNode = options.stylesheet ? h('link', { rel: 'stylesheet', href: options.stylesheet }) : styleNode(STYLES);
  const tag = `${prefix}-${name}`;
  const attrs = Object.entries(attributes)
    .filter(([k]) => /^[a-z][a-z0-9-]*$/.test(k))
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  // The live region is printed empty, as the element starts it: upgrading keeps the same node.
  const shadow = `<template shadowrootmode="open">${vnodeToHtml(style)}${vnodeToHtml(view(ctx))}${vnodeToHtml(liveRegion(''))}</template>`;
  const script = options.inlineData ? `<script type="application/json">${jsonForScript(checked)}</script>` : '';
  return `<${tag}${attrs}>${shadow}${script}</${tag}>`;
}
