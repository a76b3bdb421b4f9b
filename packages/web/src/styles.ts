import { BASE_STYLES } from './styles/base.js';
import { CARD_SHEETS } from './styles/card.js';
import { CONTENT_STYLES } from './styles/content.js';
import { DETAIL_SHEETS, DETAIL_STYLES } from './styles/detail.js';
import { GRID_STYLES } from './styles/grid.js';
import { LIST_SHEETS, LIST_STYLES } from './styles/list.js';
import { QUOTE_SHEETS, QUOTE_STYLES } from './styles/quote.js';
import { SCENARIO_SHEETS, SCENARIO_STYLES } from './styles/scenario.js';

/**
 * The one stylesheet of every element, all parts of `styles/` in cascade order: `cases-web.css`,
 * and the `<style>` or `<link>` of static markup. In the DOM each element adopts only its parts
 * (`ELEMENT_SHEETS`). Theme it from outside with the `--cases-*` custom properties and
 * `::part()`; see custom-elements.json for the list.
 */
export const STYLES = [BASE_STYLES, GRID_STYLES, LIST_STYLES, DETAIL_STYLES, CONTENT_STYLES, QUOTE_STYLES, SCENARIO_STYLES].join('');

/** The stylesheet parts each element adopts, by element name. */
export const ELEMENT_SHEETS = { card: CARD_SHEETS, list: LIST_SHEETS, detail: DETAIL_SHEETS, quote: QUOTE_SHEETS, scenario: SCENARIO_SHEETS };
