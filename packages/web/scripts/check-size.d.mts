/** The budget of each bundle, gzipped: 15 KB. */
export const BUDGET: number;
/** Print the gzipped size of each bundle in `dir`; false when one is over `budget` bytes. */
export function checkSizes(budget?: number, dir?: string): boolean;
