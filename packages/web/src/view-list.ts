import { FACETS, findDocument, hasSelection, toggleFacet } from '@cases/core/browser';
import type { Case } from '@cases/core/browser';

import { listLabels } from './list-labels.js';
import { queryList, shownFacets } from './query-list.js';
import { renderCard } from './view-card.js';
import type { ListState, ViewContext } from './view-context.js';
import { docKey, heading, label, moreKey, skeleton, stateBox } from './view-shared.js';
import { h } from './vnode.js';
import type { VNode } from './vnode.js';

function pageSize(ctx: ViewContext): number {
  const n = Number(ctx.attr('page-size'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 6;
}

/** Number of matching cases of each state a list rendered, so an event need not query again. */
const totals = new WeakMap<ListState, number>();

/**
 * The page numbers a pager shows for `page` of `pages`: the first, the last, the current one
 * and its neighbours, `null` for a gap (a gap of one page shows that page instead). At most
 * nine items, however many pages.
 * @example pagerItems(50, 100) // [1, null, 49, 50, 51, null, 100]
 */
export function pagerItems(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 1, page, page + 1]);
  if (page <= 4) for (let n = 2; n <= 5; n++) shown.add(n);
  if (page >= pages - 3) for (let n = pages - 4; n < pages; n++) shown.add(n);
  const numbers = [...shown].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: (number | null)[] = [];
  for (const n of numbers) {
    const last = items.at(-1);
    if (typeof last === 'number' && n - last === 2) items.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) items.push(null);
    items.push(n);
  }
  return items;
}

function pager(ctx: ViewContext, page: number, pages: number, go: (page: number) => void): VNode | null {
  const t = listLabels(ctx.t);
  if (pages <= 1) return null;
  let gaps = 0;
  return h(
    'nav',
    { class: 'pager', part: 'pager', 'aria-label': t.pages },
    h('button', { type: 'button', disabled: page <= 1, 'aria-label': t.previous, 'data-k': 'prev', on: { click: () => go(page - 1) } }, '‹'),
    pagerItems(page, pages).map((n) =>
      n === null
        ? h('span', { class: 'gap', 'aria-hidden': 'true', 'data-key': `gap${++gaps}` }, '…')
        : h(
            'button',
            {
              type: 'button',
              class: 'num',
              'aria-current': n === page ? 'page' : null,
              'data-k': `p:${n}`,
              'data-key': `p:${n}`,
              on: { click: () => n !== page && go(n) },
            },
            String(n),
          ),
    ),
    h('button', { type: 'button', disabled: page >= pages, 'aria-label': t.next, 'data-k': 'next', on: { click: () => go(page + 1) } }, '›'),
  );
}

/**
 * What renders a case opened in a list, its title an `h{level}`: the detail view's
 * `renderDetail` (the whole set), or one the list entry loads the first time a case opens.
 */
export type RenderOpened = (ctx: ViewContext, c: Case, level: number) => VNode;

/**
 * `<cases-list>`: a filterable, searchable, paged grid of case cards; a case opens in place,
 * rendered by `renderOpened`.
 */
export const listViewWith =
  (renderOpened: RenderOpened) =>
  (ctx: ViewContext): VNode =>
    listView(ctx, renderOpened);

function listView(ctx: ViewContext, renderOpened: RenderOpened): VNode {
  const { state } = ctx;
  const t = { ...ctx.t, ...listLabels(ctx.t) };
  const change = (patch: Partial<ListState>) => {
    const next = ctx.update(patch);
    const { filters, search, page } = next;
    ctx.emit('cases-filter', { filters, search, page, total: totals.get(next) ?? queryList(ctx, next).total });
  };
  const opened = state.opened ? findDocument(ctx.data.cases, state.opened) : undefined;
  if (opened) {
    const close = () => {
      ctx.focus(moreKey(opened));
      ctx.update({ opened: null });
    };
    return h(
      'div',
      { class: 'list opened', part: 'list', on: { keydown: (e) => (e as KeyboardEvent).key === 'Escape' && close() } },
      h('button', { type: 'button', class: 'back', part: 'back', 'data-k': 'back', on: { click: close } }, t.back),
      renderOpened(ctx, opened, Number(heading(ctx, 2).slice(1))),
    );
  }
  const { results, total, counts, pending, available } = queryList(ctx, state);
  totals.set(state, total);
  const size = pageSize(ctx);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, state.page), pages);
  const shown = results.slice((page - 1) * size, page * size);
  const selected = hasSelection(state.filters);
  ctx.announce(pending && !results.length ? t.loading : pages > 1 ? `${t.count(total)}, ${t.pageOf(page, pages)}` : t.count(total));

  const facetGroups = shownFacets(ctx).map((key, index) => {
    const facet = FACETS.find((f) => f.key === key)!;
    const kind = facet.termKind!;
    const labelKey = facet.label as 'industry' | 'cloudType' | 'features' | 'challenges' | 'scenarios';
    const map = counts[key] ?? new Map<string, number>();
    const chosen = state.filters[key] ?? [];
    // With no results, every id stays on offer (at 0), so the filters do not vanish under the reader.
    const offered = available[key] ?? [];
    const ids = [...ctx.data.taxonomy[kind].map((term) => term.id), ...map.keys(), ...offered].filter(
      (id, i, all) => all.indexOf(id) === i && ((map.get(id) ?? 0) > 0 || chosen.includes(id) || offered.includes(id)),
    );
    if (ids.length === 0) return null;
    const open = state.open[key] ?? (index === 0 || chosen.length > 0);
    return h(
      'details',
      {
        class: 'facet',
        open,
        'data-key': `facet:${key}`,
        on: { toggle: (e) => (state.open[key] = (e.target as HTMLDetailsElement).open) },
      },
      h('summary', { 'data-k': `s:${key}` }, t[labelKey], chosen.length ? ` (${chosen.length})` : ''),
      h(
        'ul',
        { class: 'chips', 'aria-label': t[labelKey] },
        ids.map((id) => {
          const pressed = chosen.includes(id);
          const name = label(ctx, kind, id);
          return h(
            'li',
            { 'data-key': id },
            h(
              'button',
              {
                type: 'button',
                class: 'chip toggle',
                part: 'filter',
                'aria-pressed': String(pressed),
                'data-k': `f:${key}:${id}`,
                on: { click: () => change({ page: 1, filters: toggleFacet(state.filters, key, id) }) },
              },
              name,
              h('small', null, String(map.get(id) ?? 0)),
            ),
          );
        }),
      ),
    );
  });

  const filters = facetGroups.some(Boolean)
    ? h(
        'div',
        { class: 'box filters', part: 'filters', role: 'group', 'aria-label': t.filters },
        facetGroups,
        selected ? h('button', { type: 'button', class: 'clear', 'data-k': 'clear', on: { click: () => change({ page: 1, filters: {} }) } }, t.clear) : null,
      )
    : null;
  const empty = stateBox(
    'empty',
    t.noResults,
    t.noResultsHint,
    h('button', { type: 'button', class: 'reset', 'data-k': 'reset', on: { click: () => change({ page: 1, filters: {}, search: '' }) } }, t.clearAll),
  );

  return h(
    'div',
    { class: 'list', part: 'list' },
    h(
      'div',
      { class: 'bar' },
      h(
        'label',
        { class: 'search' },
        h('span', { class: 'sr' }, t.search),
        h('input', {
          type: 'search',
          part: 'search',
          value: state.search,
          placeholder: t.searchPlaceholder,
          autocomplete: 'off',
          'data-k': 'search',
          on: { input: (e) => change({ page: 1, search: (e.target as HTMLInputElement).value }) },
        }),
      ),
      h('p', { class: 'count', part: 'count' }, pending && !results.length ? t.loading : t.count(total)),
    ),
    h(
      'div',
      { class: filters ? 'layout' : null },
      filters,
      h(
        'div',
        null,
        shown.length
          ? h(
              'ul',
              { class: 'grid', part: 'grid' },
              shown.map((c) =>
                h(
                  'li',
                  { 'data-key': docKey(c) },
                  renderCard(ctx, c, heading(ctx, 3), () => {
                    ctx.focus('heading');
                    ctx.update({ opened: { id: c.id, locale: c.locale } });
                  }),
                ),
              ),
            )
          : pending
            ? skeleton(t)
            : empty,
        pager(ctx, page, pages, (n) => change({ page: n })),
      ),
    ),
  );
}
