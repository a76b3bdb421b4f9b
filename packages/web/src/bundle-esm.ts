// The ES module bundle: registers the elements under `cases-` on import, or under the prefix
// given as `?prefix=acme` in the module URL (`?prefix=none` registers nothing).
import { define } from './define.js';

export { define } from './define.js';
export { checkExport, parseExport } from './validate-export.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix') ?? 'cases';
if (prefix !== 'none') define(prefix);
