import type { Position } from './model.js';

/** The 1-based [line, column] of a character offset in a text. */
export function positionOf(text: string, index: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return [line, index - start + 1];
}
