import { Box, Text } from 'ink';
import type { ReactElement } from 'react';

import type { StyledLine } from '../text/styled-line.js';
import type { Theme } from './theme.js';

/** Props of {@link StyledLines}. */
export interface StyledLinesProps {
  lines: readonly StyledLine[];
  theme: Theme;
}

/** Render laid-out lines with Ink, one `<Text>` per line; lines are already fitted, so nothing wraps. */
export function StyledLines({ lines, theme }: StyledLinesProps): ReactElement {
  return (
    <Box flexDirection="column">
      {lines.map((line, k) => (
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
