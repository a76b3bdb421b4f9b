import type { Case, Scenario } from '@cases/core/browser';

import { displayWidth, truncateToWidth } from '../text/display-width.js';
import { sanitizeText } from '../text/sanitize-text.js';
import { scenarioToLines } from '../text/scenario-to-lines.js';
import type { StyledLine } from '../text/styled-line.js';
import type { UiText } from '../text/ui-text.js';
import { fitLine, followCursor, joinColumns, styleLine } from './compose.js';

/** Inputs of {@link scenariosLines}. */
export interface ScenariosLinesInput {
  scenarios: readonly Scenario[];
  cases: readonly Case[];
  cursor: number;
  width: number;
  height: number;
  ui: UiText;
}

function listRows(scenarios: readonly Scenario[], cursor: number, width: number, height: number): StyledLine[] {
  const top = followCursor(cursor, 0, height, scenarios.length);
  const out: StyledLine[] = [];
  for (let k = top; k < Math.min(scenarios.length, top + height); k++) {
    const s = scenarios[k]!;
    const count = ` ${s.cases.length}`;
    const title = truncateToWidth(sanitizeText(s.title, { keepNewlines: false }), width - 2 - displayWidth(count));
    let line: StyledLine = fitLine(
      [
        { text: k === cursor ? '›' : ' ', style: { bold: true, tone: 'accent' } },
        { text: ' ' },
        { text: title, style: { bold: true } },
        { text: count, style: { tone: 'muted' } },
      ],
      width,
    );
    if (k === cursor) line = styleLine(line, { inverse: true });
    out.push(line);
  }
  return out;
}

/**
 * The scenarios screen: the list of scenarios and, beside it (or below it when narrow), the
 * selected one's aspects and numbered proving cases, so each is one key away.
 */
export function scenariosLines(input: ScenariosLinesInput): StyledLine[] {
  const { scenarios, cases, cursor, width, height, ui } = input;
  if (scenarios.length === 0)
    return Array.from({ length: height }, (_, k) => fitLine(k === 0 ? [{ text: ' ' + ui.noResults, style: { tone: 'muted' } }] : [], width));
  const selected = scenarios[Math.min(cursor, scenarios.length - 1)]!;
  if (width >= 80) {
    const leftWidth = Math.min(30, Math.floor(width * 0.3));
    const preview = scenarioToLines(selected, { width: width - leftWidth - 3, cases, numberCases: true }).slice(0, height);
    const padded = preview.map((l) => [{ text: ' ' }, ...l]);
    const lines = joinColumns(listRows(scenarios, cursor, leftWidth, height), leftWidth, padded, width, { text: '│', style: { tone: 'border' } });
    while (lines.length < height) lines.push(fitLine([...fitLine([], leftWidth), { text: '│', style: { tone: 'border' } }], width));
    return lines.slice(0, height);
  }
  const listHeight = Math.max(1, Math.min(scenarios.length, Math.floor(height / 3)));
  const out = listRows(scenarios, cursor, width, listHeight);
  while (out.length < listHeight) out.push(fitLine([], width));
  out.push(fitLine([{ text: '─'.repeat(width), style: { tone: 'border' } }], width));
  const preview = scenarioToLines(selected, { width: width - 2, cases, numberCases: true });
  for (const line of preview) {
    if (out.length >= height) break;
    out.push(fitLine([{ text: ' ' }, ...line], width));
  }
  while (out.length < height) out.push(fitLine([], width));
  return out;
}
