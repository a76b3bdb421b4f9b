/**
 * `@cases/terminal`: browse cases and scenarios in the terminal. Pure text renderers
 * (`caseToText`, `scenarioToText`, …, also at `@cases/terminal/text` without Ink) and the Ink
 * browser (`Browser`, `runBrowser`).
 * @module
 */
export {
  blocksToLines,
  caseListToText,
  caseRowValues,
  caseToLines,
  caseToText,
  columnNeeds,
  detectUiLocale,
  displayWidth,
  escapeJsonForTerminal,
  factsToLines,
  graphemes,
  highlightLines,
  inlineToSpans,
  isTerminalSafe,
  joinValues,
  lineText,
  linesToString,
  listColumns,
  padToWidth,
  rowCells,
  sanitizeText,
  scenarioToLines,
  scenarioToText,
  shouldUseColor,
  titleToLines,
  truncateToWidth,
  uiText,
  wrapSpans,
  wrapText,
} from './text.js';
export type {
  BlockLayoutOptions,
  CaseLayoutOptions,
  CaseListToTextOptions,
  CaseRowValues,
  CaseToTextOptions,
  ColumnNeeds,
  ListColumns,
  SanitizeOptions,
  ScenarioLayoutOptions,
  ScenarioToTextOptions,
  Span,
  SpanStyle,
  StyledLine,
  Tone,
  UiText,
  WrapOptions,
} from './text.js';
export { Browser } from './ui/Browser.js';
export type { BrowserProps } from './ui/Browser.js';
export { StyledLines } from './ui/StyledLines.js';
export type { StyledLinesProps } from './ui/StyledLines.js';
export { createTheme } from './ui/theme.js';
export type { TextStyleProps, Theme } from './ui/theme.js';
export { PANEL_FACETS, facetRows } from './ui/facets.js';
export type { FacetRow } from './ui/facets.js';
export { caseListLines } from './ui/case-list-lines.js';
export type { CaseListLinesInput, ListHit } from './ui/case-list-lines.js';
export { runBrowser } from './run-browser.js';
export type { RunBrowserOptions } from './run-browser.js';
export { caseKey } from './ui/types.js';
export type { BrowserData, BrowserSearchHit, PdfProgress, RenderPdf } from './ui/types.js';
export { INITIAL_STATE, browserLayout, createDeriver, findCase, findScenario, reduceKey, splitKeyChunk } from './ui/browser-state.js';
export type { BrowserEffect, BrowserLayout, BrowserState, BrowserStatus, BrowserView, Derived, KeyEvent } from './ui/browser-state.js';
