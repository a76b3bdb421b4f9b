/**
 * The pure text renderers of `@cases/terminal`, without Ink or React: fast to load for
 * commands that only print (`cases show`).
 * @module
 */
export { caseToText } from './text/case-to-text.js';
export type { CaseToTextOptions } from './text/case-to-text.js';
export { caseToLines, joinValues } from './text/case-to-lines.js';
export type { CaseLayoutOptions } from './text/case-to-lines.js';
export { scenarioToText } from './text/scenario-to-text.js';
export type { ScenarioToTextOptions } from './text/scenario-to-text.js';
export { scenarioToLines } from './text/scenario-to-lines.js';
export type { ScenarioLayoutOptions } from './text/scenario-to-lines.js';
export { caseListToText, caseRowValues, columnNeeds, listColumns, rowCells } from './text/case-row.js';
export type { CaseListToTextOptions, CaseRowValues, ColumnNeeds, ListColumns } from './text/case-row.js';
export { blocksToLines, factsToLines, titleToLines } from './text/blocks-to-lines.js';
export type { BlockLayoutOptions } from './text/blocks-to-lines.js';
export { inlineToSpans } from './text/inline-to-spans.js';
export { highlightLines } from './text/highlight-lines.js';
export { wrapSpans, wrapText } from './text/wrap-text.js';
export type { WrapOptions } from './text/wrap-text.js';
export { displayWidth, graphemes, padToWidth, stringWidthCompatible, truncateToWidth } from './text/display-width.js';
export { escapeJsonForTerminal, isTerminalSafe, sanitizeText } from './text/sanitize-text.js';
export type { SanitizeOptions } from './text/sanitize-text.js';
export { lineText, linesToString } from './text/styled-line.js';
export type { Span, SpanStyle, StyledLine, Tone } from './text/styled-line.js';
export { shouldUseColor } from './text/should-use-color.js';
export { detectUiLocale, uiText } from './text/ui-text.js';
export type { UiText } from './text/ui-text.js';
