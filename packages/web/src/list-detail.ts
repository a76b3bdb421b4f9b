// What the list entry (`elements/cases-list.js`) loads the first time a case opens in a list:
// the detail view and its stylesheet parts, so a page that only lists cases does not download
// them (decision 049). The whole set has them from the start.
import { CONTENT_STYLES } from './styles/content.js';
import { DETAIL_STYLES } from './styles/detail.js';
import { QUOTE_STYLES } from './styles/quote.js';

export { renderDetail } from './view-detail.js';

/** The stylesheet parts an opened case needs beyond the list's, in cascade order after them. */
export const OPENED_SHEETS: readonly string[] = [DETAIL_STYLES, CONTENT_STYLES, QUOTE_STYLES];

// esbuild splits shared code by the set of entry points (this lazy module is one) that reach
// it: reaching the element base from here too keeps the base in one chunk with the views'
// helpers, instead of splitting it in two that every entry would then load (decision 049).
export { defineElement } from './define-element.js';
