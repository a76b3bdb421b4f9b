import { assertPrefix } from './prefix.js';
import { defineElement } from './define-element.js';
import { STYLES } from './styles.js';
import { VIEWS } from './views.js';

export { OBSERVED_ATTRIBUTES } from './define-element.js';

// The whole set shares one stylesheet: a page using it shows several elements anyway.
const SHEETS = [STYLES];

/**
 * Register the elements as `<prefix-card>`, `<prefix-list>`, `<prefix-detail>`,
 * `<prefix-quote>` and `<prefix-scenario>`. Names already taken are skipped, so calling it twice
 * is harmless; a second copy of the bundle can use another prefix.
 * @returns the tag names registered by this call.
 * @example define('acme'); // <acme-card case-id="tuling" src="/cases.json">
 */
export function define(prefix = 'cases', registry: CustomElementRegistry = customElements): string[] {
  assertPrefix(prefix, 'define');
  return Object.entries(VIEWS)
    .filter(([name, view]) => defineElement(name, view, SHEETS, prefix, registry))
    .map(([name]) => `${prefix}-${name}`);
}
