import type { Case } from '@cases/core/browser';

import { caseToLines, type CaseLayoutOptions } from './case-to-lines.js';
import { linesToString } from './styled-line.js';

/** Options of {@link caseToText}. */
export interface CaseToTextOptions extends CaseLayoutOptions {
  /** Style with ANSI colours and bold. @default false */
  color?: boolean;
}

/**
 * A case as wrapped text for a terminal or a pager, at most `width` columns per line.
 * @example caseToText(collection.cases[0], { width: 80, taxonomy: collection.taxonomy })
 */
export function caseToText(item: Case, options: CaseToTextOptions = {}): string {
  return linesToString(caseToLines(item, options), options.color ?? false) + '\n';
}
