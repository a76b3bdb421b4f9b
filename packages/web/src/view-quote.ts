import { renderQuote } from './render-blocks.js';
import type { ViewContext } from './view-context.js';
import { avatar, casesInLocale, langOf, missingState, pickCase } from './view-shared.js';
import { h } from './vnode.js';
import type { VNode } from './vnode.js';

/** `<cases-quote>`: a case's pull quote (`quote-index`, default 0) with its author and company. */
export function quoteView(ctx: ViewContext): VNode {
  const c = ctx.attr('case-id') ? pickCase(ctx) : casesInLocale(ctx).find((x) => x.quotes.length > 0);
  const index = Math.max(0, Number(ctx.attr('quote-index')) || 0);
  const quote = c?.quotes[index];
  if (!c || !quote)
    return missingState(ctx, ctx.t.missing, `<cases-quote>: no quote ${index} of case "${ctx.attr('case-id') ?? '(first with a quote)'}" in the data`);
  const author = typeof quote.author === 'string' && quote.author ? quote.author : c.company.name;
  return h(
    'div',
    { class: 'box qbox', lang: langOf(c) },
    renderQuote(
      { text: quote.text, inline: quote.inline, blocks: [] },
      ctx.t,
      0,
      h(
        'figcaption',
        null,
        avatar(c.company.name, c.company.logo),
        h('span', null, h('cite', null, author), author !== c.company.name ? c.company.name : null),
      ),
    ),
  );
}
