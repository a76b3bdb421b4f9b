import type { SpanStyle, Tone } from '../text/styled-line.js';

/** Props of an Ink `<Text>`, as a theme produces them for a span style. */
export interface TextStyleProps {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
}

/** Maps span styles to Ink text props. */
export interface Theme {
  /** Whether colours are used (attributes such as bold and inverse are used either way). */
  color: boolean;
  textProps(style: SpanStyle | undefined): TextStyleProps;
}

// Colours chosen to stay readable on light and dark backgrounds: no yellow or white text,
// no blue on black; search matches are black on yellow, which reads everywhere.
const TONES: Record<Tone, TextStyleProps> = {
  accent: { color: 'magenta' },
  heading: { color: 'magenta' },
  link: { color: 'blue', underline: true },
  code: { color: 'green' },
  quote: { color: 'green' },
  muted: { dimColor: true },
  border: { dimColor: true },
  success: { color: 'green' },
  danger: { color: 'red' },
};

const PLAIN_TONES: Partial<Record<Tone, TextStyleProps>> = {
  link: { underline: true },
  muted: { dimColor: true },
  border: { dimColor: true },
};

/**
 * The browser's theme. With `color: false` (`NO_COLOR`) only bold, italic, underline, dim
 * and inverse are used.
 */
export function createTheme(options: { color: boolean }): Theme {
  return {
    color: options.color,
    textProps(style) {
      if (!style) return {};
      const tone = style.tone ? (options.color ? TONES[style.tone] : PLAIN_TONES[style.tone]) : undefined;
      const props: TextStyleProps = { ...tone };
      if (style.bold) props.bold = true;
      if (style.italic) props.italic = true;
      if (style.underline) props.underline = true;
      if (style.dim) props.dimColor = true;
      if (style.inverse) props.inverse = true;
      if (style.match) {
        if (options.color) {
          props.color = 'black';
          props.backgroundColor = 'yellow';
          props.inverse = false;
          props.dimColor = false;
        } else {
          props.bold = true;
          props.underline = true;
        }
      }
      if (props.bold && props.dimColor) delete props.dimColor;
      return props;
    },
  };
}
