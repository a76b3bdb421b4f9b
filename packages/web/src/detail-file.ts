import type { Case } from '@cases/core/browser';

import { DETAIL_PATH } from './export-index.js';
import type { IndexedCase } from './export-index.js';
import { loadData } from './load-data.js';
import type { ViewContext } from './view-context.js';

/**
 * Cases read from their detail files, by file URL (`null`: the file failed or does not hold the
 * case). Only the views that show a case's body load these, so a card-only page does not carry
 * this code (decision 049).
 */
const details = new Map<string, Case | null>();

/**
 * The whole case for `c`: its detail file (beside the data URL) when `c` came from an index,
 * else `c`; `null` while the file is on its way (the element renders again when it arrives). A
 * file that fails or does not hold the case leaves its summary, with a line on the console.
 */
export function wholeCase(ctx: ViewContext, c: Case): Case | null {
  const detail = (c as IndexedCase).detail;
  const index = ctx.source;
  if (typeof detail !== 'string' || c.sections.length || !index || !DETAIL_PATH.test(detail)) return c;
  const url = new URL(detail, index).href;
  const loaded = details.get(url);
  if (loaded !== undefined) return loaded ?? c;
  const done = (whole: Case | null, problem?: string) => {
    details.set(url, whole);
    if (problem) console.warn(`cases: ${problem}; showing its summary`);
    ctx.update({});
  };
  loadData(url, index).then(
    ({ data }) => {
      const whole = data.cases.find((x) => x.id === c.id && x.locale === c.locale) ?? null;
      done(whole, whole ? undefined : `${url} does not hold ${c.locale}/${c.id}`);
    },
    (error: Error) => done(null, `the detail of ${c.locale}/${c.id} could not be loaded (${error.message})`),
  );
  return null;
}
