import type { Case } from '@cases/core/browser';

import type { ViewContext } from './view-context.js';
import { avatar, caseChips, heading, langOf, missingState, pickCase, selectControl } from './view-shared.js';
import { h } from './vnode.js';
import type { VNode } from './vnode.js';

/**
 * One case card: logo or monogram, company, industry and location, summary, chips, read more.
 * `onOpen` runs when "read more" was pressed and nobody handled it (a list opens the case).
 */
export function renderCard(ctx: ViewContext, c: Case, tag = heading(ctx, 3), onOpen?: () => void): VNode {
  const place = [c.facts?.industry, c.facts?.location].filter((v) => typeof v === 'string' && v).join(' · ');
  return h(
    'article',
    { class: 'box card', part: 'card', lang: langOf(c) },
    h(
      'div',
      { class: 'head' },
      avatar(c.company.name, c.company.logo),
      h('div', null, h(tag, { part: 'title' }, c.company.name), place ? h('p', { class: 'eyebrow' }, place) : null),
    ),
    c.company.summary ? h('p', { class: 'summary', part: 'summary' }, c.company.summary) : null,
    caseChips(ctx, c),
    selectControl(ctx, 'case', c, ctx.t.readMore, c.company.name, onOpen),
  );
}

/** `<cases-card>`: the case named by `case-id`. */
export function cardView(ctx: ViewContext): VNode {
  const c = pickCase(ctx);
  return c ? renderCard(ctx, c) : missingState(ctx, ctx.t.missing, `<cases-card>: no case "${ctx.attr('case-id') ?? ''}" in the data`);
}
