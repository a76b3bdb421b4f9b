import type { Case, ScenarioSection } from '@cases/core/browser';

import { renderBlocks } from './render-blocks.js';
import { renderCard } from './view-card.js';
import type { ViewContext } from './view-context.js';
import { docKey, heading, label, langOf, missingState, pickDocument, pickScenario } from './view-shared.js';
import { h } from './vnode.js';
import type { VNode } from './vnode.js';

const blocksText = (blocks: unknown): string => (Array.isArray(blocks) ? blocks.map((b) => (typeof b?.text === 'string' ? b.text : '')).join('') : '');

/** Sub-aspects of an aspect, one level down. */
function renderAspects(ctx: ViewContext, sections: unknown): VNode[] {
  const level = Number(heading(ctx, 2, 3).slice(1));
  return (Array.isArray(sections) ? (sections as ScenarioSection[]) : []).map((sub) =>
    h('div', null, h(`h${level}`, null, sub?.title ?? ''), renderBlocks(sub?.blocks, Math.min(6, level + 1), ctx.t)),
  );
}

/** `<cases-scenario>`: a solution scenario, its aspects and the cases that prove it. */
export function scenarioView(ctx: ViewContext): VNode {
  const s = pickScenario(ctx);
  if (!s) return missingState(ctx, ctx.t.missing, `<cases-scenario>: no scenario "${ctx.attr('scenario-id') ?? ''}" in the data`);
  // Cases are named by id: each in the element's locale, else in the UI language where a
  // translation exists, else in the scenario's own.
  const home = ctx.attr('locale') ?? s.locale;
  const ids = new Set([...s.cases, ...ctx.data.cases.filter((c) => c.locale === home && c.scenarios.includes(s.id)).map((c) => c.id)]);
  const cases = [...ids].map((id) => pickDocument(ctx, ctx.data.cases, id, home)).filter((c): c is Case => c !== undefined);
  // The summary is the first paragraph of `blocks`; render only what follows it.
  const extra = blocksText(s.blocks) === s.summary ? [] : (s.blocks ?? []).slice(1);
  return h(
    'section',
    { class: 'box scenario', part: 'scenario', lang: langOf(s), 'aria-label': s.title },
    h(
      'header',
      null,
      h('p', { class: 'eyebrow', lang: ctx.lang }, ctx.t.scenario),
      h(heading(ctx, 2), { part: 'title' }, s.title),
      s.summary ? h('p', { class: 'muted' }, s.summary) : null,
    ),
    renderBlocks(extra, Number(heading(ctx, 2, 1).slice(1)), ctx.t),
    s.sections.length
      ? h(
          'div',
          { class: 'aspects' },
          (s.sections as ScenarioSection[]).map((a) =>
            h(
              'article',
              { class: 'aspect', part: 'aspect' },
              h(heading(ctx, 2, 1), null, a?.title ?? ''),
              renderBlocks(a?.blocks, Number(heading(ctx, 2, 2).slice(1)), ctx.t),
              renderAspects(ctx, a?.sections),
            ),
          ),
        )
      : null,
    s.features.length
      ? h(
          'ul',
          { class: 'chips', lang: ctx.lang, 'aria-label': ctx.t.features },
          s.features.map((id) => h('li', { class: 'chip', part: 'chip' }, label(ctx, 'features', id))),
        )
      : null,
    cases.length
      ? [
          h(heading(ctx, 2, 1), { class: 'sub', lang: ctx.lang }, `${ctx.t.provenBy} · ${cases.length}`),
          h(
            'ul',
            { class: 'grid', part: 'grid' },
            cases.map((c) => h('li', { 'data-key': docKey(c) }, renderCard(ctx, c, heading(ctx, 2, 2)))),
          ),
        ]
      : null,
  );
}
