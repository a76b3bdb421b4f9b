import { Box, Text } from 'ink';
import type { ReactElement } from 'react';

import type { StyledLine } from '../text/styled-line.js';
import type { Theme } from './theme.js';

/** Props of {@link StyledLines}. */
export interface StyledLinesProps {
  lines: readonly StyledLine[];
  theme: Theme;
}

/**
 * A line without the plain spaces it ends with: Ink drops them from its output anyway, after
 * looking at each of them one by one (in a full-screen frame, a third of all its characters).
 */
function withoutTrailingSpace(line: StyledLine): StyledLine {
  let end = line.length;
  while (end > 0 && !line[end - 1]!.style && line[end - 1]!.text.trimEnd() === '') end--;
  const last = line[end - 1];
  if (!last || last.style) return end === line.length ? line : line.slice(0, end);
  return [...line.slice(0, end - 1), { text: last.text.trimEnd() }];
}

/** Render laid-out lines with Ink, one `<Text>` per line; lines are already fitted, so nothing wraps. */
export function StyledLines({ lines, theme }: StyledLinesProps): ReactElement {
  return (
    <Box flexDirection="column">
      {lines.map(withoutTrailingSpace).map((line, k) => (
        <Text key={k} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((span, j) =>
                span.style ? (
                  <Text key={j} {...theme.textProps(span.style)}>
                    {span.text}
                  </Text>
                ) : (
                  span.text
                ),
              )}
        </Text>
      ))}
    </Box>
  );
}
