// C0 controls except \n and \t, DEL, C1 controls, bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 0x0d) return '';
  if (code < 0x20) return String.fromCodePoint(0x2400 + code); // ␀…␟, ESC → ␛
  if (code === 0x7f) return '\u2421'; // ␡
  if (code === 0x2028 || code === 0x2029) return '\n';
  return '\ufffd';
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
 * Make content text safe to print in a terminal: escape sequences and control characters
 * become visible symbols (ESC → `␛`, NUL → `␀`, C1 controls and bidi overrides → `�`),
 * carriage returns are dropped and tabs become spaces. Nothing from content can move the
 * cursor, change colours or retitle the terminal.
 * @example sanitizeText('\u001b[31mred') // '␛[31mred'
 */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  const { keepNewlines = true, tabSize = 4 } = options;
  let out = text.replace(UNSAFE, visible).replace(/\t/g, ' '.repeat(tabSize));
  if (!keepNewlines) out = out.replace(/\n/g, ' ');
  return out;
}
