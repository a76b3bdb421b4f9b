import { documentKey, facetValues, findDocument, termLabel } from '@cases/core/browser';
import type { Case, Scenario, TermKind } from '@cases/core/browser';

import { safeImageUrl, safeLinkUrl } from './safe-url.js';
import type { ViewContext } from './view-context.js';
import { h } from './vnode.js';
import type { Child, VNode } from './vnode.js';

/** The base language of a locale or `lang` value, lower-cased (`zh-CN` → `zh`). */
const baseLang = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/** The locale among the data's that the UI language asks for (`zh-CN` → `zh`), if any. */
function uiLocale(ctx: ViewContext, locales: readonly string[]): string | undefined {
  return locales.find((l) => l === ctx.lang) ?? locales.find((l) => baseLang(l) === baseLang(ctx.lang));
}

/**
 * Cases in the element's `locale`; without it, every case once: where a case exists in several
 * locales (a translation, same id), the one in the UI language, else the first.
 */
export function casesInLocale(ctx: ViewContext): Case[] {
  const locale = ctx.attr('locale');
  if (locale) return ctx.data.cases.filter((c) => c.locale === locale);
  const preferred = uiLocale(ctx, [...new Set(ctx.data.cases.map((c) => c.locale))]);
  const chosen = new Map<string, Case>();
  for (const c of ctx.data.cases) if (!chosen.has(c.id) || c.locale === preferred) chosen.set(c.id, c);
  const kept = new Set(chosen.values());
  return ctx.data.cases.filter((c) => kept.has(c));
}

/**
 * A document by id: in the element's `locale` when set; else in the UI language (a translation
 * in the reader's language is preferred), else in `fallback`, else in any locale.
 */
export function pickDocument<T extends Case | Scenario>(ctx: ViewContext, list: readonly T[], id: string, fallback = ''): T | undefined {
  const locale = ctx.attr('locale');
  if (locale) return findDocument(list, { locale, id });
  const ui = uiLocale(
    ctx,
    list.filter((d) => d.id === id).map((d) => d.locale),
  );
  return findDocument(list, { locale: ui ?? fallback, id }) ?? findDocument(list, { locale: fallback, id }) ?? list.find((d) => d.id === id);
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
  if (id) return pickDocument(ctx, ctx.data.scenarios, id);
  if (locale) return ctx.data.scenarios.find((s) => s.locale === locale);
  const ui = uiLocale(ctx, [...new Set(ctx.data.scenarios.map((s) => s.locale))]);
  return ctx.data.scenarios.find((s) => s.locale === ui) ?? ctx.data.scenarios[0];
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

/**
 * A document's locale as a `lang` attribute: only a language tag (`zh`, `en-US`) is written, so a
 * locale that is something else never reaches the markup as one.
 */
export function langOf(doc: { locale: string }): string | null {
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(doc.locale) ? doc.locale : null;
}

/** The `data-key` of a document's node in a list: stable across renders, never a bare value from data. */
export const docKey = (doc: { id: string; locale: string }): string => `doc:${documentKey(doc)}`;

/** The `data-k` of a case's "read more" control, where focus returns when its case closes. */
export const moreKey = (doc: { id: string; locale: string }): string => `more:${doc.locale}/${doc.id}`;

/**
 * The "read more" control: a link when a template is set, else a button; both fire
 * `cases-select`. `onOpen` runs when the button's event was not cancelled (a list opens the case).
 */
export function selectControl(
  ctx: ViewContext,
  kind: 'case' | 'scenario',
  doc: { id: string; locale: string },
  text: string,
  name: string,
  onOpen?: () => void,
): VNode {
  const { id, locale } = doc;
  const href = hrefFor(ctx, kind, id);
  const on = {
    click: (e: Event) => {
      if (!ctx.emit('cases-select', { kind, id, locale, href })) e.preventDefault();
      else if (!href) onOpen?.();
    },
  };
  const props = { class: 'more', part: 'more', lang: ctx.lang, 'aria-label': `${text}: ${name}`, 'data-k': moreKey(doc), on };
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

/** An error or empty-state box; the live region, not the box, announces it. */
export function stateBox(kind: 'error' | 'empty', title: string, detail?: string, ...extra: Child[]): VNode {
  return h(
    'div',
    { class: `box state ${kind}`, part: kind === 'error' ? 'error' : 'empty' },
    h('strong', null, title),
    detail ? h('span', null, detail) : null,
    extra,
  );
}

/**
 * The error box a visitor sees when the data lacks what the element names: plain words in the UI
 * language, announced; the technical reason (`why`) goes to the console.
 */
export function missingState(ctx: ViewContext, title: string, why: string): VNode {
  console.warn(`cases: ${why}`);
  ctx.announce(`${ctx.t.errorTitle} ${title}`);
  return stateBox('error', ctx.t.errorTitle, title);
}

/** The element's one live region: it stays the same node across renders, only its text changes. */
export function liveRegion(text: string): VNode {
  return h('div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-key': 'live' }, text);
}

/** The loading placeholder. */
export function skeleton(t: { loading: string }): VNode {
  return h('div', { class: 'skeleton', part: 'loading' }, h('span', { class: 'sr' }, t.loading));
}
