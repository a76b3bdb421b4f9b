/** Semantic colour of a span; a theme maps it to a terminal colour. */
export type Tone = 'accent' | 'heading' | 'link' | 'code' | 'quote' | 'muted' | 'border' | 'success' | 'danger';

/** How a run of text looks. */
export interface SpanStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  dim?: boolean;
  inverse?: boolean;
  /** A search match: shown with a high-contrast background. */
  match?: boolean;
  tone?: Tone;
}

/** A run of text with one style. Text is already sanitised and contains no line breaks. */
export interface Span {
  text: string;
  style?: SpanStyle;
}

/** One terminal line, at most the width it was laid out for. */
export type StyledLine = Span[];

/** The plain text of a styled line. */
export function lineText(line: StyledLine): string {
  let out = '';
  for (const span of line) out += span.text;
  return out;
}

const TONE_SGR: Record<Tone, string> = {
  accent: '35',
  heading: '34',
  link: '34;4',
  code: '32',
  quote: '35',
  muted: '2',
  border: '2',
  success: '32',
  danger: '31',
};

function sgr(style: SpanStyle): string {
  const codes: string[] = [];
  if (style.bold) codes.push('1');
  if (style.dim) codes.push('2');
  if (style.italic) codes.push('3');
  if (style.underline) codes.push('4');
  if (style.inverse) codes.push('7');
  if (style.match) codes.push('30;43');
  else if (style.tone) codes.push(TONE_SGR[style.tone]);
  return codes.join(';');
}

/**
 * Serialise styled lines: plain text, or with ANSI SGR styling when `color` is true.
 * Trailing spaces are trimmed.
 */
export function linesToString(lines: readonly StyledLine[], color = false): string {
  return lines
    .map((line) => {
      if (!color) return lineText(line).trimEnd();
      const spans = line.map((s) => ({ ...s }));
      while (spans.length > 0) {
        const last = spans[spans.length - 1]!;
        last.text = last.text.replace(/ +$/, '');
        if (last.text) break;
        spans.pop();
      }
      let out = '';
      for (const span of spans) {
        const codes = span.style ? sgr(span.style) : '';
        out += codes ? `\u001b[${codes}m${span.text}\u001b[0m` : span.text;
      }
      return out;
    })
    .join('\n');
}
