import type { ViewContext } from './view-context.js';
import { cardView } from './view-card.js';
import { detailView, renderDetail } from './view-detail.js';
import { listViewWith } from './view-list.js';
import { quoteView } from './view-quote.js';
import { scenarioView } from './view-scenario.js';
import type { VNode } from './vnode.js';

/** The elements, by name without prefix: `card` is `<cases-card>`. */
export const VIEWS = {
  card: cardView,
  list: listViewWith(renderDetail),
  detail: detailView,
  quote: quoteView,
  scenario: scenarioView,
} satisfies Record<string, (ctx: ViewContext) => VNode>;

/** An element name without its prefix. */
export type ElementName = keyof typeof VIEWS;
