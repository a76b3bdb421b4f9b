// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"),
// so they are removed before the scheme is read.
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function allow(url: unknown, schemes: readonly string[]): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  // Real URLs percent-encode these; a value holding them is markup, not an address.
  if (/[<>"`]/.test(trimmed)) return null;
  const scheme = SCHEME.exec(trimmed.replace(IGNORED, ''))?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed; // relative: same origin as the page
  return schemes.includes(scheme) ? trimmed : null;
}

/**
 * A link URL if it is `http(s)`, `mailto` or relative, else `null`.
 * @example safeLinkUrl('javascript:alert(1)') // null
 */
export function safeLinkUrl(url: unknown): string | null {
  return allow(url, ['http', 'https', 'mailto']);
}

/**
 * An image URL if it is `http(s)` or relative, else `null` (no `data:`, no `javascript:`).
 * @example safeImageUrl('/images/logo.png') // '/images/logo.png'
 */
export function safeImageUrl(url: unknown): string | null {
  return allow(url, ['http', 'https']);
}

/** Whether a (safe) link leaves the page's origin, so it opens in a new tab. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}
