// The classic-script bundle (global `CasesWeb`): registers the elements under `cases-`, or under
// the script tag's `data-prefix` (`data-prefix="none"` registers nothing).
import { define } from './define.js';

export { define } from './define.js';
export { checkExport, parseExport } from './validate-export.js';

const prefix = document.currentScript?.getAttribute('data-prefix') ?? 'cases';
if (prefix !== 'none') define(prefix);
