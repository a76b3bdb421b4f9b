import { facetValues, findDocument, termLabel } from '@cases/core/browser';
import type { Case, Scenario, TermKind } from '@cases/core/browser';

import { safeImageUrl, safeLinkUrl } from './safe-url.js';
import type { ViewContext } from './view-context.js';
import { h } from './vnode.js';
import type { Child, VNode } from './vnode.js';

/** Cases in the element's `locale` (all when the attribute is absent). */
export function casesInLocale(ctx: ViewContext): Case[] {
  const locale = ctx.attr('locale');
  return ctx.data.cases.filter((c) => !locale || c.locale === locale);
}

/**
 * A document by id and locale: the element's `locale`, else the UI language (a translation in
 * the reader's language is preferred), else the id in any locale.
 */
function pickDocument<T extends Case | Scenario>(ctx: ViewContext, list: readonly T[], id: string): T | undefined {
  const locale = ctx.attr('locale');
  if (locale) return findDocument(list, { locale, id });
  const ui = ctx.lang.toLowerCase().split('-')[0] ?? '';
  return list.find((d) => d.id === id && d.locale.toLowerCase().split('-')[0] === ui) ?? list.find((d) => d.id === id);
}

/** The case named by `case-id` (and `locale`), else the first case in the element's `locale`. */
export function pickCase(ctx: ViewContext): Case | undefined {
  const id = ctx.attr('case-id');
  return id ? pickDocument(ctx, ctx.data.cases, id) : casesInLocale(ctx)[0];
}

/** The scenario named by `scenario-id` (and `locale`), else the first in the element's `locale`. */
export function pickScenario(ctx: ViewContext): Scenario | undefined {
  const id = ctx.attr('scenario-id');
  const locale = ctx.attr('locale');
  return id ? pickDocument(ctx, ctx.data.scenarios, id) : ctx.data.scenarios.find((s) => !locale || s.locale === locale);
}

/**
 * The tag of a heading `depth` levels below the element's top heading (the `heading-level`
 * attribute, else `fallback`), capped at h6.
 */
export function heading(ctx: ViewContext, fallback: number, depth = 0): string {
  const n = Number(ctx.attr('heading-level'));
  const top = Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
  return `h${Math.min(6, top + depth)}`;
}

/** A term label in the UI language. */
export function label(ctx: ViewContext, kind: TermKind, id: string): string {
  return termLabel(ctx.data.taxonomy, kind, id, ctx.lang);
}

/** The link for a case or scenario from the `case-href`/`scenario-href` template (`{id}`), if safe. */
export function hrefFor(ctx: ViewContext, kind: 'case' | 'scenario', id: string): string | null {
  const template = ctx.attr(`${kind}-href`);
  return template ? safeLinkUrl(template.replace(/\{id\}/g, encodeURIComponent(id))) : null;
}

/** The "read more" control: a link when a template is set, else a button; both fire `cases-select`. */
export function selectControl(ctx: ViewContext, kind: 'case' | 'scenario', doc: { id: string; locale: string }, text: string, name: string): VNode {
  const { id, locale } = doc;
  const href = hrefFor(ctx, kind, id);
  const on = {
    click: (e: Event) => {
      if (!ctx.emit('cases-select', { kind, id, locale, href })) e.preventDefault();
    },
  };
  const props = { class: 'more', part: 'more', lang: ctx.lang, 'aria-label': `${text}: ${name}`, on };
  return href ? h('a', { ...props, href }, text) : h('button', { ...props, type: 'button' }, text);
}

function hash(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n = (n * 31 + text.charCodeAt(i)) >>> 0;
  return n % 6;
}

/** A logo, or a coloured monogram when there is none or it fails to load. Decorative. */
export function avatar(name: string, logo: unknown): VNode {
  const url = safeImageUrl(logo);
  const initial = (Array.from(name.trim())[0] ?? '?').toUpperCase();
  return h(
    'span',
    { class: `avatar m${hash(name)}`, part: 'avatar', 'aria-hidden': 'true' },
    initial,
    url
      ? h('img', {
          src: url,
          alt: '',
          width: 48,
          height: 48,
          loading: 'lazy',
          decoding: 'async',
          on: {
            load: (e) => (e.target as HTMLElement).parentElement!.classList.add('ok'),
            error: (e) => (e.target as HTMLElement).parentElement!.classList.add('broken'),
          },
        })
      : null,
  );
}

/** Facet chips of a case: industry and cloud type, then up to `max` features. */
export function caseChips(ctx: ViewContext, c: Case, max = 3): VNode | null {
  const features = facetValues(c, 'feature');
  const items: Child[] = [
    ...facetValues(c, 'industry').map((id) => h('li', { class: 'chip', part: 'chip' }, label(ctx, 'industries', id))),
    ...facetValues(c, 'cloudType').map((id) => h('li', { class: 'chip', part: 'chip' }, label(ctx, 'cloudTypes', id))),
    ...features.slice(0, max).map((id) => h('li', { class: 'chip alt', part: 'chip' }, label(ctx, 'features', id))),
    features.length > max ? h('li', { class: 'chip alt', part: 'chip' }, `+${features.length - max}`) : null,
  ];
  return items.some(Boolean) ? h('ul', { class: 'chips', lang: ctx.lang, 'aria-label': ctx.t.features }, items) : null;
}

/** The placeholder shown while data loads, with its words for screen readers. */
export function loadingBox(text: string): VNode {
  return h('div', { class: 'skeleton', part: 'loading', role: 'status' }, h('span', { class: 'sr' }, text));
}

/** A polite status or error box. */
export function stateBox(kind: 'error' | 'empty', title: string, detail?: string): VNode {
  return h(
    'div',
    { class: `box state ${kind}`, part: kind === 'error' ? 'error' : 'empty', role: kind === 'error' ? 'status' : null },
    h('strong', null, title),
    detail ? h('span', null, detail) : null,
  );
}
