/** The budget of each bundle and of each element entry with its chunks, gzipped: 15 KB. */
export const BUDGET: number;
/** The target for a page that needs only cards: 8 KB. */
export const CARD_TARGET: number;
/** The card entry's own budget until it meets the target. */
export const CARD_BUDGET: number;
/** Budgets that differ from BUDGET, by file. */
export const BUDGETS: Record<string, number>;
/**
 * Print the gzipped size of each bundle and element entry in `dir` against its budget; false
 * when one is over. `budget`, when given, is every file's.
 */
export function checkSizes(budget?: number, dir?: string): boolean;
