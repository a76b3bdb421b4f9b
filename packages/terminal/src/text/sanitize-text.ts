/**
 * The one sanitiser for text that reaches a terminal from content or the file system (the
 * browser, `cases show`, the CLI's tables, diagnostics, warnings, file names and paths).
 * docs/decisions/025-terminal-sanitiser.md says why each placeholder looks as it does.
 */

/**
 * Characters a terminal may act on: C0 controls except tab and line feed, DEL, C1 controls
 * (U+0080–U+009F: a terminal may read U+009B as CSI), bidi embeddings, overrides and isolates
 * (they reorder what is shown), and the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// Without the global flag, so `.test` keeps no state between calls.
const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const hex = (code: number, digits: number) => code.toString(16).toUpperCase().padStart(digits, '0');

/**
 * The visible stand-in for one unsafe character: a Control Picture for C0 and DEL (ESC → ␛,
 * BEL → ␇), `⟨U+009B⟩` for C1 controls and bidi controls (no picture exists for them), a
 * line break for U+2028/U+2029, nothing for a carriage return (CRLF line ends).
 */
function placeholder(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0x0d) return '';
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code === 0x2028 || code === 0x2029) return '\n';
  return `\u27e8U+${hex(code, 4)}\u27e9`;
}

/** Options of {@link sanitizeText}. */
export interface SanitizeOptions {
  /**
   * Keep line breaks (`\n`); otherwise they become spaces.
   * @default true
   */
  keepNewlines?: boolean;
  /**
   * Spaces a tab becomes.
   * @default 4
   */
  tabSize?: number;
}

/**
 * Make text from content or the file system safe to print in a terminal: every control
 * character becomes a visible placeholder, so no escape sequence (CSI, OSC titles, clipboard
 * and hyperlinks, DCS) and no bidi override can act. ESC → `␛`, NUL → `␀`, C1 and bidi
 * controls → `⟨U+202E⟩`; carriage returns are dropped and tabs become spaces.
 * @example sanitizeText('\u001b[31mred') // '␛[31mred'
 */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  const { keepNewlines = true, tabSize = 4 } = options;
  let out = HAS_UNSAFE.test(text) ? text.replace(UNSAFE, placeholder) : text;
  if (out.includes('\t')) out = out.replace(/\t/g, ' '.repeat(tabSize));
  if (!keepNewlines && out.includes('\n')) out = out.replace(/\n/g, ' ');
  return out;
}

/** Whether `text` has a character {@link sanitizeText} would replace (or a tab or line feed). */
export function isTerminalSafe(text: string, { allowNewlines = true }: { allowNewlines?: boolean } = {}): boolean {
  return !HAS_UNSAFE.test(text) && !text.includes('\t') && (allowNewlines || !text.includes('\n'));
}

/**
 * JSON for a terminal: the same value, with the characters JSON.stringify leaves raw that a
 * terminal may act on (DEL, C1 controls, bidi controls, U+2028/U+2029) written as `\uXXXX`
 * escapes. It parses back to exactly the same data.
 * @example escapeJsonForTerminal(JSON.stringify('\u009b2J')) // '"\\u009B2J"'
 */
export function escapeJsonForTerminal(json: string): string {
  return HAS_UNSAFE.test(json) ? json.replace(UNSAFE, (ch) => `\\u${hex(ch.codePointAt(0)!, 4)}`) : json;
}
