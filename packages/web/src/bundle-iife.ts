// The classic-script bundle (global `CasesWeb`): registers the elements under `cases-`, or under
// the script tag's `data-prefix` (`data-prefix="none"` registers nothing). The global is set
// here rather than through esbuild's `globalName`, whose module wrapper only adds bytes.
import { define } from './define.js';
import { checkExport, parseExport } from './validate-export.js';

(globalThis as { CasesWeb?: unknown }).CasesWeb = { define, checkExport, parseExport };

const prefix = document.currentScript?.getAttribute('data-prefix') ?? 'cases';
if (prefix !== 'none') define(prefix);
