// GFM's extended autolinks (GFM spec §6.9): bare `http(s)://` URLs, `www.` addresses, email
// addresses and `mailto:`/`xmpp:` addresses in text become links. Unlike GFM, a URL stops at CJK
// text and full-width punctuation, and may follow CJK text directly (`见https://kubesphere.io。`
// links `https://kubesphere.io`): Chinese puts no space around a URL.
//
// One forward scan. Each candidate looks back at most to the previous candidate (an email's
// local part stops at the `@` before it) and forward over its domain, which ends before the next
// candidate could start, or it is linked and the scan moves past it; a rejected domain is
// skipped whole (every `www.` inside it ends the same way). So each character is read a bounded
// number of times, whatever the text.

/** Where a candidate may start: `http://`, `https://`, `www.`, or an email's `@`. */
const CANDIDATE = /https?:\/\/|www\.|@/g;
/** Trailing punctuation that ends the sentence, not the URL (GFM's list). */
const TRAILING = '?!.,:*_~\'"';

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAlnum = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
/** CJK text and full-width punctuation (the ranges core's soft-break rule uses too). */
const isCjk = (c: number) => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
/** A domain's characters (GFM's valid domain: alphanumerics, `_` and `-`, separated by periods). */
const isDomain = (c: number) => isAlnum(c) || c === 0x5f || c === 0x2d || c === 0x2e;
/** An email local part's characters. */
const isLocal = (c: number) => isDomain(c) || c === 0x2b;
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029;
/** What a URL's path never holds: white space, `<` (GFM), `>`, quotes and backticks, CJK text (ours). */
const endsPath = (c: number) => isSpace(c) || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27 || c === 0x60 || isCjk(c);

/** A link found in text: `text.slice(start, end)` is its text, `url` where it goes. */
export interface Autolink {
  start: number;
  end: number;
  url: string;
}

/**
 * The first extended autolink in `text` at or after `from`, or null. `before` is the character
 * written just before `text` ('' at the start of a paragraph), for the rule that a link does not
 * start inside a word.
 * @example findAutolink('见https://kubesphere.io。', 0, '') // { start: 1, end: 21, url: 'https://kubesphere.io' }
 */
export function findAutolink(text: string, from: number, before: string): Autolink | null {
  const candidates = new RegExp(CANDIDATE.source, 'g');
  candidates.lastIndex = from;
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const at = match.index;
    const previous = at > 0 ? text.charCodeAt(at - 1) : before ? before.charCodeAt(before.length - 1) : -1;
    let found: Autolink | null = null;
    let skipTo = at + 1;
    if (match[0] === '@') {
      found = emailAt(text, at, from);
    } else if (match[0] === 'www.') {
      const domainEnd = scanDomain(text, at);
      if (startsWord(previous) && isValidDomain(text, at, domainEnd, false)) found = urlAt(text, at, domainEnd, 'http://');
      else skipTo = Math.max(skipTo, domainEnd);
    } else {
      const hostStart = at + match[0].length;
      const domainEnd = scanDomain(text, hostStart);
      if (!isAsciiLetter(previous) && isValidDomain(text, hostStart, domainEnd, true)) found = urlAt(text, at, domainEnd, '');
      else skipTo = Math.max(skipTo, hostStart);
    }
    if (found) return found;
    candidates.lastIndex = skipTo;
  }
  return null;
}

/** GFM: a `www.` link starts the text, or follows white space or one of `*_~(`; ours: or CJK text. */
function startsWord(previous: number): boolean {
  return previous === -1 || isSpace(previous) || previous === 0x2a || previous === 0x5f || previous === 0x7e || previous === 0x28 || isCjk(previous);
}

function scanDomain(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDomain(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Whether `text.slice(start, end)` (domain characters only) is GFM's valid domain: alphanumeric
 * segments (with `_` and `-`) separated by periods, at least one period unless `allowShort`
 * (after `http://`, `localhost` will do), no `_` in the last two segments. Trailing periods,
 * `_` and `-` are the sentence's, not the domain's.
 */
function isValidDomain(text: string, start: number, end: number, allowShort: boolean): boolean {
  while (end > start && !isAlnum(text.charCodeAt(end - 1))) end--;
  if (end === start || !isAlnum(text.charCodeAt(start))) return false;
  let periods = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 0x2e) return false;
      periods++;
    } else if (c === 0x5f && periods < 2) return false;
  }
  return periods > 0 || allowShort;
}

/** A URL from `start` whose domain ends at `domainEnd`: its path runs to white space, `<` or CJK text, less trailing punctuation. */
function urlAt(text: string, start: number, domainEnd: number, prefix: string): Autolink {
  let end = domainEnd;
  while (end < text.length && !endsPath(text.charCodeAt(end))) end++;
  end = trimTrailing(text, start, end);
  return { start, end, url: prefix + text.slice(start, end) };
}

/** GFM's trailing-punctuation rule: sentence punctuation, a `)` the URL did not open, an entity-like `&name;`. */
function trimTrailing(text: string, start: number, end: number): number {
  let opens = 0;
  let closes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) opens++;
    else if (c === 0x29) closes++;
  }
  while (end > start) {
    const last = text.charCodeAt(end - 1);
    if (TRAILING.includes(text[end - 1]!)) end--;
    else if (last === 0x29 && closes > opens) {
      end--;
      closes--;
    } else if (last === 0x3b) {
      let i = end - 2;
      while (i > start && isAlnum(text.charCodeAt(i))) i--;
      end = i < end - 2 && text.charCodeAt(i) === 0x26 ? i : end - 1;
    } else break;
  }
  return end;
}

/** An email address around the `@` at `at` (with a `mailto:` or `xmpp:` before it, that too), or null. */
function emailAt(text: string, at: number, from: number): Autolink | null {
  let start = at;
  while (start > from && isLocal(text.charCodeAt(start - 1))) start--;
  if (start === at) return null;
  let end = scanDomain(text, at + 1);
  while (end > at + 1 && text.charCodeAt(end - 1) === 0x2e) end--;
  // GFM says the domain may not end in `-` or `_`; its reference implementation wants a letter,
  // which also keeps versions (`markdown-it@14.1.0`) from becoming email links.
  if (!isAsciiLetter(text.charCodeAt(end - 1)) || !isValidDomain(text, at + 1, end, false)) return null;
  const scheme = /(mailto|xmpp):$/.exec(text.slice(Math.max(from, start - 7), start))?.[1];
  if (scheme === 'xmpp' && text.charCodeAt(end) === 0x2f) {
    // An xmpp resource: `/` and then alphanumerics, `@` or `.` (up to the next `/`).
    let resource = end + 1;
    while (resource < text.length && (isAlnum(text.charCodeAt(resource)) || text.charCodeAt(resource) === 0x40 || text.charCodeAt(resource) === 0x2e))
      resource++;
    while (resource > end + 1 && text.charCodeAt(resource - 1) === 0x2e) resource--;
    if (resource > end + 1) end = resource;
  }
  if (scheme) return { start: start - scheme.length - 1, end, url: text.slice(start - scheme.length - 1, end) };
  return { start, end, url: `mailto:${text.slice(start, end)}` };
}
