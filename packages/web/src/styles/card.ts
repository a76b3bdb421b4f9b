import { BASE_STYLES } from './base.js';

/** The stylesheet parts `<cases-card>` adopts, in cascade order. */
export const CARD_SHEETS: readonly string[] = [BASE_STYLES];
