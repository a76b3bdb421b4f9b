import { BASE_STYLES } from './styles/base.js';
import { CONTENT_STYLES } from './styles/content.js';
import { DETAIL_STYLES } from './styles/detail.js';
import { GRID_STYLES } from './styles/grid.js';
import { LIST_STYLES } from './styles/list.js';
import { QUOTE_STYLES } from './styles/quote.js';
import { SCENARIO_STYLES } from './styles/scenario.js';

/**
 * The one stylesheet of every element, all parts of `styles/` in cascade order: `cases-web.css`,
 * the `<style>` or `<link>` of static markup, and the one sheet of the whole set. An element
 * entry (`elements/cases-card.js`) adopts only its parts (`styles/card.ts`). Theme it from outside with the `--cases-*` custom properties and
 * `::part()`; see custom-elements.json for the list.
 */
export const STYLES = [BASE_STYLES, GRID_STYLES, LIST_STYLES, DETAIL_STYLES, CONTENT_STYLES, QUOTE_STYLES, SCENARIO_STYLES].join('');
