import fc from 'fast-check';

/**
 * Strings made of what a hostile file may hold: whole escape sequences (CSI screen clears,
 * OSC titles, clipboard writes and hyperlinks, DCS), lone C0 and C1 controls, bidi overrides
 * and isolates, line separators, next to ordinary and wide text.
 */
export const hostileString = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '\u001b[2J',
        '\u001b[31m',
        '\u001b]0;pwned\u0007',
        '\u001b]52;c;ZWNobyBwd25lZA==\u0007',
        '\u001b]8;;https://evil.example/\u001b\\',
        '\u001bP+q544e\u001b\\',
        '\u009b2J',
        '\u009d0;t\u009c',
        '\u001bc',
      ),
      fc.constantFrom(
        '\u001b',
        '\u0007',
        '\u0000',
        '\b',
        '\r',
        '\n',
        '\t',
        '\u000b',
        '\u007f',
        '\u0085',
        '\u0090',
        '\u009b',
        '\u009c',
        '\u009f',
        '\u202a',
        '\u202b',
        '\u202d',
        '\u202e',
        '\u2066',
        '\u2067',
        '\u2068',
        '\u2069',
        '\u2028',
        '\u2029',
      ),
      fc.constantFrom('a', 'Z', ' ', '[', ']', ';', 'm', '中', '文', '😀'),
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
    ),
    maxLength,
  });

/** A character a terminal may act on (our own SGR styling removed first). */
export const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Our own styling: SGR sequences only. */
export const OUR_SGR = /\u001b\[[0-9;]*m/g;

/** What of `output` a terminal could act on, beyond our SGR styling (empty when safe). */
export function unsafePart(output: string, { colour }: { colour: boolean }): string | undefined {
  const rest = colour ? output.replace(OUR_SGR, '') : output;
  const m = TERMINAL_UNSAFE.exec(rest);
  return m ? JSON.stringify(rest.slice(Math.max(0, m.index - 10), m.index + 10)) : undefined;
}

/**
 * A copy of `value` with `prefix` put in front of every string that content gives (names,
 * text, facts, labels), leaving the model's own tags (kind, type, locale, format) alone.
 */
export function poison<T>(value: T, prefix: string): T {
  const keep = new Set(['kind', 'type', 'locale', 'format', 'align', 'id', 'path']);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key && keep.has(key) ? v : prefix + v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key === 'cases' || key === 'scenarios' || key === 'features' ? 'id' : undefined));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value) as T;
}
