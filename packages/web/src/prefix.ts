/** A tag prefix: lowercase letters and digits, in dash-separated words (`cases`, `acme-x`). */
const PREFIX = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Throw a TypeError unless `prefix` is a valid tag prefix, so it can be printed into markup or
 * passed to `customElements.define` as is. `who` names the caller in the message.
 */
export function assertPrefix(prefix: string, who: string): void {
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new TypeError(`${who}: prefix "${String(prefix)}" is not valid; use lowercase letters, digits and dashes, e.g. "cases"`);
  }
}
