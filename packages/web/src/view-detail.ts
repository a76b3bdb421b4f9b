import type { Case } from '@cases/core/browser';

import { wholeCase } from './detail-file.js';
import { renderBlocks, renderHighlights, renderImage, renderQuote } from './render-blocks.js';
import type { ViewContext } from './view-context.js';
import { avatar, caseChips, heading, hrefFor, label, langOf, missingState, pickCase, skeleton } from './view-shared.js';
import { h } from './vnode.js';
import type { Child, VNode } from './vnode.js';

const list = (v: unknown): string => (Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('、') : typeof v === 'string' ? v : '');

function facts(ctx: ViewContext, c: Case): VNode {
  const { t } = ctx;
  const f = c.facts ?? {};
  const rows: [string, string][] = [
    [t.industry, list(f.industry)],
    [t.location, list(f.location)],
    [t.cloudType, list(f.cloudType)],
    [t.challenges, list(f.challenges)],
    [t.features, list(f.features)],
    [t.author, list(f.author)],
    [t.published, list(c.publishedAt)],
    [t.keywords, list([...new Set([...(Array.isArray(c.tags) ? c.tags : []), ...(Array.isArray(c.keywords) ? c.keywords : [])])])],
    ...Object.entries(f.extra ?? {}).map(([k, v]): [string, string] => [k, list(v)]),
  ];
  const scenarios = (Array.isArray(c.scenarios) ? c.scenarios : []).filter((id) => typeof id === 'string');
  return h(
    'aside',
    { class: 'facts', part: 'facts', 'aria-label': `${t.company}: ${c.company.name}` },
    h(
      'dl',
      null,
      rows.filter(([, v]) => v).map(([k, v]) => [h('div', null, h('dt', { lang: ctx.lang }, k), h('dd', null, v))]),
    ),
    scenarios.length
      ? h(
          'div',
          null,
          h('p', { class: 'eyebrow', lang: ctx.lang }, t.scenarios),
          h(
            'ul',
            { class: 'chips', lang: ctx.lang },
            scenarios.map((id) => {
              const href = hrefFor(ctx, 'scenario', id);
              const text = label(ctx, 'scenarios', id);
              return h(
                'li',
                { class: 'chip', part: 'chip' },
                href ? h('a', { href, on: { click: (e) => ctx.emit('cases-select', { kind: 'scenario', id, href }) || e.preventDefault() } }, text) : text,
              );
            }),
          ),
        )
      : null,
  );
}

function hasBlock(c: Case, type: string): boolean {
  return c.sections.some((s) => Array.isArray(s?.blocks) && s.blocks.some((b) => b?.type === type));
}

/**
 * Everything the model holds about a case, in document order, its title an `h{level}` that
 * takes focus (`data-k="heading"`) when a list opens the case; the loading state while the
 * case's detail file is on its way.
 */
export function renderDetail(ctx: ViewContext, picked: Case, level = Number(heading(ctx, 2).slice(1))): VNode {
  const c = wholeCase(ctx, picked);
  if (!c) return skeleton(ctx.t);
  const lead: Child[] = [renderImage(c.cover, '', false, ctx.t)];
  if (c.highlights.length && !hasBlock(c, 'highlights')) lead.push(renderHighlights(c.highlights));
  if (c.quotes.length && !hasBlock(c, 'quote')) lead.push(c.quotes.map((q) => renderQuote({ ...q, blocks: [] }, ctx.t)));
  const place = [c.facts?.industry, c.facts?.location].filter((v) => typeof v === 'string' && v).join(' · ');
  const title = c.title && c.title !== c.company.name && c.source?.format === 'case-article' ? c.title : null;
  const sub = (depth: number) => Math.min(6, level + depth);
  return h(
    'article',
    { class: 'box detail', part: 'detail', lang: langOf(c) },
    h(
      'header',
      { class: 'hero' },
      h('div', { class: 'head' }, avatar(c.company.name, c.company.logo), place ? h('p', { class: 'eyebrow' }, place) : null),
      h(`h${level}`, { part: 'title', tabindex: -1, 'data-k': 'heading' }, title ?? c.company.name),
      c.company.summary ? h('p', { class: 'lead' }, c.company.summary) : null,
      caseChips(ctx, c, 6),
    ),
    h(
      'div',
      { class: 'body' },
      facts(ctx, c),
      h(
        'div',
        { class: 'content', part: 'content' },
        lead,
        c.sections.map((s) =>
          h('section', null, typeof s?.title === 'string' && s.title ? h(`h${sub(1)}`, null, s.title) : null, renderBlocks(s?.blocks, sub(2), ctx.t)),
        ),
      ),
    ),
  );
}

/** `<cases-detail>`: everything the model holds about a case, in document order. */
export function detailView(ctx: ViewContext): VNode {
  const picked = pickCase(ctx);
  if (!picked) return missingState(ctx, ctx.t.missing, `<cases-detail>: no case "${ctx.attr('case-id') ?? ''}" in the data`);
  return renderDetail(ctx, picked);
}
