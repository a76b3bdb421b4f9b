import type { DocumentKey } from '@cases/core/browser';
import { Box, useApp, useInput } from 'ink';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';

import { displayWidth } from '../text/display-width.js';
import { sanitizeText } from '../text/sanitize-text.js';
import type { Span, StyledLine } from '../text/styled-line.js';
import { uiText } from '../text/ui-text.js';
import {
  browserLayout,
  createDeriver,
  findCase,
  findScenario,
  INITIAL_STATE,
  reduceKey,
  splitKeyChunk,
  type BrowserState,
  type BrowserStatus,
  type BrowserView,
} from './browser-state.js';
import { caseListLines } from './case-list-lines.js';
import { fitLine, followCursor, joinColumns, styleLine } from './compose.js';
import { documentLines, maxScroll } from './document-lines.js';
import { facetPanelLines } from './facet-panel-lines.js';
import { helpLines } from './help-lines.js';
import { scenariosLines } from './scenarios-lines.js';
import { StyledLines } from './StyledLines.js';
import { createTheme } from './theme.js';
import type { BrowserData, RenderPdf } from './types.js';
import { useTerminalSize } from './use-terminal-size.js';

/** Props of {@link Browser}. */
export interface BrowserProps extends BrowserData {
  /** Renders cases to PDF (`p`); without it `p` says PDF rendering is not available. */
  renderPdf?: RenderPdf;
  /** Interface language (`zh` or `en`). @default 'en' */
  locale?: string;
  /** Use colours (`false` for `NO_COLOR`). @default true */
  color?: boolean;
  /** Fixed width in columns; by default the terminal's, following resizes. */
  width?: number;
  /** Fixed height in rows; by default one less than the terminal's (a full-height frame makes Ink clear the screen on every update). */
  height?: number;
  /** Called when the user quits. */
  onExit?: () => void;
  /** While a big folder is still loading: files read so far and in all (shown in the header). */
  loading?: { loaded: number; total: number };
}

/**
 * The full-screen case browser: a windowed case list with a facet panel, incremental search,
 * the case and scenario views, help and PDF rendering. Renders from the model only; key
 * handling is the pure {@link reduceKey}.
 */
export function Browser(props: BrowserProps): ReactElement {
  const { cases, scenarios, taxonomy, search, renderPdf, onExit } = props;
  const locale = props.locale ?? 'en';
  const ui = uiText(locale);
  const size = useTerminalSize();
  const layout = browserLayout(Math.max(20, props.width ?? size.columns), Math.max(6, props.height ?? size.rows - 1));
  const { width, bodyHeight, sidePanel, panelWidth, listWidth } = layout;
  const theme = useMemo(() => createTheme({ color: props.color ?? true }), [props.color]);
  const data = useMemo<BrowserData>(() => ({ cases, scenarios, taxonomy, ...(search ? { search } : {}) }), [cases, scenarios, taxonomy, search]);
  const derive = useMemo(() => createDeriver(data, locale), [data, locale]);
  const { exit } = useApp();

  // The latest state lives in a ref so that keys arriving faster than React renders
  // (typing, key repeat, a paste) each act on the state the previous one produced.
  const stateRef = useRef<BrowserState>(INITIAL_STATE);
  const [state, setState] = useState<BrowserState>(INITIAL_STATE);
  const update = (next: BrowserState) => {
    stateRef.current = next;
    setState(next);
  };
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const runPdf = (keys: DocumentKey[]) => {
    const setStatus = (status: BrowserStatus, pdfBusy: boolean) => {
      if (alive.current) update({ ...stateRef.current, status, pdfBusy });
    };
    if (!renderPdf) return setStatus({ tone: 'error', text: ui.pdfUnavailable }, false);
    if (stateRef.current.pdfBusy || keys.length === 0) return;
    setStatus({ tone: 'info', text: `${ui.pdfRendering} 0/${keys.length}…` }, true);
    renderPdf(keys, (p) => setStatus({ tone: 'info', text: `${ui.pdfRendering} ${p.done}/${p.total}…` }, true)).then(
      (result) => setStatus({ tone: 'success', text: ui.pdfDone + sanitizeText(result.path, { keepNewlines: false }) }, false),
      (error: unknown) =>
        setStatus({ tone: 'error', text: ui.pdfFailed + sanitizeText(error instanceof Error ? error.message : String(error), { keepNewlines: false }) }, false),
    );
  };

  useInput((input, key) => {
    for (const event of splitKeyChunk({ input, key })) {
      const current = stateRef.current;
      const { state: next, effect } = reduceKey(current, event, data, layout, derive(current, layout));
      if (next !== current) update(next);
      if (effect?.type === 'quit') {
        onExit?.();
        exit();
        return;
      }
      if (effect?.type === 'pdf') runPdf(effect.keys);
    }
  });

  const derived = derive(state, layout);
  const { visible, hits, rows, docLines } = derived;
  const view = state.stack[state.stack.length - 1]!;
  const trimmed = state.query.trim();
  const cursor = Math.min(state.cursor, Math.max(0, visible.length - 1));
  const top = followCursor(cursor, state.top, layout.listRows, visible.length);

  // Header: where you are, and the position in what you see.
  let title: string;
  let position: string;
  if (view.name === 'list') {
    const filters = rows.filter((r) => r.kind === 'value' && r.selected).map((r) => r.label);
    title = `${ui.cases} ${visible.length}/${cases.length}`;
    if (filters.length) title += ` · ${filters.join(', ')}`;
    if (trimmed) title += ` · “${sanitizeText(trimmed, { keepNewlines: false })}”`;
    if (props.loading) title += ` · ${ui.loading} ${props.loading.loaded}/${props.loading.total}…`;
    position = visible.length ? `${cursor + 1}/${visible.length}` : '0/0';
  } else if (view.name === 'case') {
    const item = findCase(data, view);
    title = sanitizeText(item ? item.company.name : view.id, { keepNewlines: false });
    position = scrollPosition(view.scroll, docLines.length, bodyHeight);
  } else if (view.name === 'scenario') {
    const item = findScenario(data, view);
    title = `${ui.scenarios} · ${sanitizeText(item ? item.title : view.id, { keepNewlines: false })}`;
    position = scrollPosition(view.scroll, docLines.length, bodyHeight);
  } else {
    title = ui.scenarios;
    position = `${Math.min(view.cursor + 1, scenarios.length)}/${scenarios.length}`;
  }
  if (state.help) title = ui.help;
  const headerRight = state.help ? '' : ` ${position} `;
  const header = styleLine(
    [
      ...fitLine(
        [{ text: ` ${sanitizeText(props.brand || 'cases', { keepNewlines: false })} `, style: { bold: true } }, { text: '│ ' }, { text: title }],
        width - displayWidth(headerRight),
      ),
      { text: headerRight },
    ],
    { inverse: true },
  );

  let body: StyledLine[];
  if (state.help) body = helpLines(locale, width, bodyHeight, state.helpScroll);
  else if (view.name === 'list') {
    const facetsFocused = state.focus === 'facets';
    const list = caseListLines({
      cases: visible,
      taxonomy,
      cursor,
      top,
      width: listWidth,
      height: bodyHeight,
      focused: !facetsFocused && !state.searching,
      ui,
      ...(hits ? { hits } : {}),
    });
    if (sidePanel) {
      const panel = facetPanelLines(rows, state.facetCursor, state.facetTop, bodyHeight, panelWidth - 2, facetsFocused).map((l) => [
        { text: ' ' },
        ...l,
        { text: ' ' },
      ]);
      body = joinColumns(panel, panelWidth, list, width, { text: '│', style: { tone: 'border' } });
    } else if (facetsFocused) {
      body = facetPanelLines(rows, state.facetCursor, state.facetTop, bodyHeight, width - 2, true).map((l) => fitLine([{ text: ' ' }, ...l], width));
    } else body = list;
  } else if (view.name === 'scenarios') {
    body = scenariosLines({ scenarios, cases, cursor: view.cursor, width, height: bodyHeight, ui });
  } else {
    body = documentLines(docLines, Math.min(view.scroll, maxScroll(docLines.length, bodyHeight)), width, bodyHeight);
  }

  const footer = fitLine(
    statusLine({ help: state.help, searching: state.searching, query: state.query, status: state.status, view: view.name, focus: state.focus, ui, width }),
    width,
  );

  return (
    <Box flexDirection="column" width={width}>
      <StyledLines lines={[header, ...body, footer]} theme={theme} />
    </Box>
  );
}

function scrollPosition(scroll: number, total: number, visible: number): string {
  if (total <= visible) return '100%';
  return `${Math.round((Math.min(scroll + visible, total) / total) * 100)}%`;
}

function hints(pairs: ReadonlyArray<[string, string]>, width: number): Span[] {
  // Whole hints only: drop the ones that do not fit, but keep the last (help).
  const widthOf = ([key, what]: [string, string]) => 2 + displayWidth(key) + 1 + displayWidth(what);
  const last = pairs[pairs.length - 1];
  const kept: Array<[string, string]> = [];
  let used = 1 + (last ? widthOf(last) : 0);
  for (const pair of pairs.slice(0, -1)) {
    if (used + widthOf(pair) > width) break;
    kept.push(pair);
    used += widthOf(pair);
  }
  if (last) kept.push(last);
  const out: Span[] = [{ text: ' ' }];
  kept.forEach(([key, what], k) => {
    if (k > 0) out.push({ text: '  ' });
    out.push({ text: key, style: { bold: true } }, { text: ' ' + what, style: { tone: 'muted' } });
  });
  return out;
}

function statusLine(s: {
  help: boolean;
  searching: boolean;
  query: string;
  status: BrowserStatus;
  view: BrowserView['name'];
  focus: 'list' | 'facets';
  ui: ReturnType<typeof uiText>;
  width: number;
}): StyledLine {
  const { ui, width } = s;
  const { hint } = ui;
  if (s.help) return [{ text: ' ' + hint.closeHelp, style: { tone: 'muted' } }];
  if (s.searching) {
    return [
      { text: ' ' + ui.searchPrompt, style: { bold: true, tone: 'accent' } },
      { text: sanitizeText(s.query, { keepNewlines: false }) },
      { text: ' ', style: { inverse: true } },
      { text: '   ' + hint.endSearch, style: { tone: 'muted' } },
    ];
  }
  if (s.status)
    return [
      { text: ' ' + s.status.text, style: { bold: true, tone: s.status.tone === 'error' ? 'danger' : s.status.tone === 'success' ? 'success' : 'accent' } },
    ];
  const help: [string, string] = ['?', hint.help];
  switch (s.view) {
    case 'list':
      if (s.focus === 'facets') return hints([['Space', hint.toggle], ['↑↓', hint.move], ['x', ui.clear], ['Tab', hint.list], help], width);
      return hints([['Enter', ui.open], ['/', hint.search], ['Tab', ui.filter], ['s', hint.scenarios], ['p', ui.pdf], ['q', ui.quit], help], width);
    case 'scenarios':
      return hints([['Enter', ui.open], ['1-9', hint.cases], ['q', ui.back], help], width);
    case 'scenario':
      return hints([['↑↓', hint.scroll], ['1-9', hint.cases], ['q', ui.back], ['p', ui.pdf], help], width);
    default:
      return hints([['↑↓', hint.scroll], ['q', ui.back], ['p', ui.pdf], ['PgUp PgDn', hint.page], help], width);
  }
}
