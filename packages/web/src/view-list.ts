import { queryList, shownFacets } from './query-list.js';
import { renderCard } from './view-card.js';
import type { ListState, ViewContext } from './view-context.js';
import { FACETS, hasSelection, toggleFacet } from '@cases/core/browser';

import { label, loadingBox, stateBox } from './view-shared.js';
import { h } from './vnode.js';
import type { VNode } from './vnode.js';

function pageSize(ctx: ViewContext): number {
  const n = Number(ctx.attr('page-size'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 6;
}

/** Number of matching cases of each state a list rendered, so an event need not query again. */
const totals = new WeakMap<ListState, number>();

/** `<cases-list>`: a filterable, searchable, paged grid of case cards. */
export function listView(ctx: ViewContext): VNode {
  const { state, t } = ctx;
  const change = (patch: Partial<ListState>) => {
    const next = ctx.update(patch);
    const { filters, search, page } = next;
    ctx.emit('cases-filter', { filters, search, page, total: totals.get(next) ?? queryList(ctx, next).total });
  };
  const { results, total, counts, pending } = queryList(ctx, state);
  totals.set(state, total);
  const size = pageSize(ctx);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, state.page), pages);
  const shown = results.slice((page - 1) * size, page * size);
  const selected = hasSelection(state.filters);

  const facetGroups = shownFacets(ctx).map((key, index) => {
    const facet = FACETS.find((f) => f.key === key)!;
    const kind = facet.termKind!;
    const labelKey = facet.label as 'industry' | 'cloudType' | 'features' | 'challenges' | 'scenarios';
    const map = counts[key] ?? new Map<string, number>();
    const chosen = state.filters[key] ?? [];
    const ids = [...ctx.data.taxonomy[kind].map((term) => term.id), ...map.keys()].filter(
      (id, i, all) => all.indexOf(id) === i && ((map.get(id) ?? 0) > 0 || chosen.includes(id)),
    );
    if (ids.length === 0) return null;
    const open = state.open[key] ?? (index === 0 || chosen.length > 0);
    return h(
      'details',
      {
        class: 'facet',
        open,
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
            null,
            h(
              'button',
              {
                type: 'button',
                class: 'chip toggle',
                part: 'filter',
                'aria-pressed': String(pressed),
                'data-k': `f:${key}:${id}`,
                on: {
                  click: () =>
                    change({
                      page: 1,
                      filters: toggleFacet(state.filters, key, id),
                    }),
                },
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
      h('p', { class: 'count', part: 'count', role: 'status' }, pending && !results.length ? t.loading : t.count(total)),
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
              shown.map((c) => h('li', null, renderCard(ctx, c))),
            )
          : pending
            ? loadingBox(t.loading)
            : stateBox('empty', t.noResults),
        pages > 1
          ? h(
              'nav',
              { class: 'pager', part: 'pager', 'aria-label': t.pages },
              h(
                'button',
                { type: 'button', disabled: page <= 1, 'aria-label': t.previous, 'data-k': 'prev', on: { click: () => change({ page: page - 1 }) } },
                '‹',
              ),
              h('span', { 'aria-live': 'polite' }, t.pageOf(page, pages)),
              h(
                'button',
                { type: 'button', disabled: page >= pages, 'aria-label': t.next, 'data-k': 'next', on: { click: () => change({ page: page + 1 }) } },
                '›',
              ),
            )
          : null,
      ),
    ),
  );
}
