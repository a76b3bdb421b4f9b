import { filterByFacets, findDocument, hasSelection, toggleFacet } from '@cases/core/browser';
import type { Case, DocumentKey, FacetSelection, Scenario } from '@cases/core/browser';

import { caseToLines } from '../text/case-to-lines.js';
import { graphemes } from '../text/display-width.js';
import { sanitizeText } from '../text/sanitize-text.js';
import { scenarioToLines } from '../text/scenario-to-lines.js';
import type { StyledLine } from '../text/styled-line.js';
import type { ListHit } from './case-list-lines.js';
import { followCursor } from './compose.js';
import { maxScroll } from './document-lines.js';
import { helpLineCount } from './help-lines.js';
import { facetRows, type FacetRow } from './facets.js';
import { caseKey, type BrowserData, type BrowserSearchHit } from './types.js';

/** A screen of the browser; the browser keeps a stack of them (`q` pops). */
export type BrowserView =
  | { name: 'list' }
  | { name: 'case'; id: string; locale: string; scroll: number; terms: readonly string[] }
  | { name: 'scenarios'; cursor: number }
  | { name: 'scenario'; id: string; locale: string; scroll: number };

/** A message in the status line. */
export type BrowserStatus = { tone: 'info' | 'error' | 'success'; text: string } | null;

/** Everything the browser remembers between key presses. */
export interface BrowserState {
  stack: BrowserView[];
  selection: FacetSelection;
  query: string;
  searching: boolean;
  focus: 'list' | 'facets';
  cursor: number;
  top: number;
  facetCursor: number;
  facetTop: number;
  help: boolean;
  helpScroll: number;
  status: BrowserStatus;
  pdfBusy: boolean;
}

/** The state a browser starts in: the case list, nothing filtered. */
export const INITIAL_STATE: BrowserState = {
  stack: [{ name: 'list' }],
  selection: {},
  query: '',
  searching: false,
  focus: 'list',
  cursor: 0,
  top: 0,
  facetCursor: 1,
  facetTop: 0,
  help: false,
  helpScroll: 0,
  status: null,
  pdfBusy: false,
};

/** A key press, as Ink's `useInput` reports it. */
export interface KeyEvent {
  input: string;
  key: Partial<
    Record<
      | 'upArrow'
      | 'downArrow'
      | 'leftArrow'
      | 'rightArrow'
      | 'pageUp'
      | 'pageDown'
      | 'home'
      | 'end'
      | 'return'
      | 'escape'
      | 'ctrl'
      | 'meta'
      | 'tab'
      | 'backspace'
      | 'delete',
      boolean
    >
  >;
}

/** The screen size and layout the keys act on. */
export interface BrowserLayout {
  width: number;
  height: number;
  bodyHeight: number;
  sidePanel: boolean;
  panelWidth: number;
  listWidth: number;
  listRows: number;
  docWidth: number;
}

/** Layout of a browser `width` × `height` (height without the terminal's last row). */
export function browserLayout(width: number, height: number): BrowserLayout {
  const bodyHeight = height - 2;
  const sidePanel = width >= 80;
  const panelWidth = sidePanel ? Math.min(34, Math.floor(width * 0.32)) : width;
  return {
    width,
    height,
    bodyHeight,
    sidePanel,
    panelWidth,
    listWidth: sidePanel ? width - panelWidth - 1 : width,
    listRows: bodyHeight - 1,
    docWidth: Math.min(width - 3, 100),
  };
}

/** The case with a locale and id (ids repeat across locales: both are needed). */
export function findCase(data: Pick<BrowserData, 'cases'>, key: DocumentKey): Case | undefined {
  return findDocument(data.cases, key);
}

/** The scenario with a locale and id. */
export function findScenario(data: Pick<BrowserData, 'scenarios'>, key: DocumentKey): Scenario | undefined {
  return findDocument(data.scenarios, key);
}

/** The cases a scenario is proven by, found in the scenario's locale. */
function provingCases(data: Pick<BrowserData, 'cases'>, scenario: Scenario | undefined): Case[] {
  return (scenario?.cases ?? []).flatMap((id) => findCase(data, { locale: scenario!.locale, id }) ?? []);
}

/** What a state shows, computed from the data. */
export interface Derived {
  visible: Case[];
  hits: ReadonlyMap<string, ListHit> | undefined;
  rows: FacetRow[];
  docLines: StyledLine[];
  /** Lines of the help text in the browser's locale at the layout's width (laid out when first read: only the help needs it). */
  readonly helpLineCount: number;
}

function fallbackSearch(cases: readonly Case[], query: string): BrowserSearchHit[] {
  const q = query.toLowerCase();
  return cases
    .filter((c) =>
      [c.company.name, c.title, c.company.summary, ...c.sections.flatMap((s) => [s.title ?? '', ...s.blocks.map((b) => ('text' in b ? b.text : ''))])].some(
        (t) => t.toLowerCase().includes(q),
      ),
    )
    .map((c) => ({ id: c.id, kind: 'case', locale: c.locale, score: 1, snippet: c.company.summary, terms: [query] }));
}

function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, k) => a !== last![k])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

/**
 * A memoising function from state to what it shows: filtering, search and layout run again
 * only when their inputs change, so a key press that moves the cursor costs nothing.
 */
export function createDeriver(data: BrowserData, locale: string): (state: BrowserState, layout: BrowserLayout) => Derived {
  const filtered = memo((selection: FacetSelection) => filterByFacets(data.cases, selection));
  const searched = memo((query: string) => (query ? (data.search ? data.search(query) : fallbackSearch(data.cases, query)) : null));
  const visible = memo((list: Case[], hits: readonly BrowserSearchHit[] | null): Case[] => {
    if (!hits) return list;
    const byKey = new Map(list.map((c) => [caseKey(c), c]));
    const out: Case[] = [];
    const seen = new Set<Case>();
    for (const hit of hits) {
      if (hit.kind !== 'case') continue;
      const found = byKey.get(caseKey(hit));
      if (found && !seen.has(found)) {
        seen.add(found);
        out.push(found);
      }
    }
    return out;
  });
  const hitMap = memo((hits: readonly BrowserSearchHit[] | null, query: string) =>
    hits
      ? new Map<string, ListHit>(
          hits.filter((h) => h.kind === 'case').map((h) => [caseKey(h), { snippet: h.snippet ?? '', terms: [...(h.terms ?? []), query] }]),
        )
      : undefined,
  );
  const rows = memo((selection: FacetSelection) => facetRows(data.cases, selection, data.taxonomy, locale));
  const helpCount = memo((width: number) => helpLineCount(locale, width));
  // Scrolling replaces the view object: key the layout by what it shows, not by identity.
  const doc = memo((name: string, id: string, locale: string, terms: string, width: number): StyledLine[] => {
    if (name === 'case') {
      const item = findCase(data, { locale, id });
      return item ? caseToLines(item, { width, taxonomy: data.taxonomy, highlight: terms ? terms.split('\u0000') : [] }) : [];
    }
    if (name === 'scenario') {
      const item = findScenario(data, { locale, id });
      return item ? scenarioToLines(item, { width, cases: data.cases, taxonomy: data.taxonomy, numberCases: true }) : [];
    }
    return [];
  });
  return (state, layout) => {
    const query = state.query.trim();
    const hits = searched(query);
    const view = state.stack[state.stack.length - 1]!;
    const docLines =
      view.name === 'case'
        ? doc('case', view.id, view.locale, view.terms.join('\u0000'), layout.docWidth)
        : view.name === 'scenario'
          ? doc('scenario', view.id, view.locale, '', layout.docWidth)
          : [];
    return {
      visible: visible(filtered(state.selection), hits),
      hits: hitMap(hits, query),
      rows: rows(state.selection),
      docLines,
      get helpLineCount() {
        return helpCount(layout.width);
      },
    };
  };
}

const keyOf = (d: DocumentKey): DocumentKey => ({ locale: d.locale, id: d.id });

/** A side effect a key asks for; the component carries it out. */
export type BrowserEffect = { type: 'quit' } | { type: 'pdf'; keys: DocumentKey[] } | null;

/**
 * The browser's key handling as a pure function: the next state and the effect to run.
 * Every key press goes through here, so fast typing and key repeat never act on a stale
 * state.
 */
export function reduceKey(
  state: BrowserState,
  event: KeyEvent,
  data: BrowserData,
  layout: BrowserLayout,
  derived: Derived,
): { state: BrowserState; effect: BrowserEffect } {
  const { input, key } = event;
  const same = (s: BrowserState, effect: BrowserEffect = null) => ({ state: s, effect });
  if (state.help) {
    const max = Math.max(0, derived.helpLineCount - layout.bodyHeight);
    const scrollHelp = (n: number) => same({ ...state, helpScroll: Math.max(0, Math.min(max, n)) });
    if (key.upArrow || input === 'k') return scrollHelp(state.helpScroll - 1);
    if (key.downArrow || input === 'j') return scrollHelp(state.helpScroll + 1);
    if (key.pageUp) return scrollHelp(state.helpScroll - layout.bodyHeight + 1);
    if (key.pageDown || input === ' ') return scrollHelp(state.helpScroll + layout.bodyHeight - 1);
    return same({ ...state, help: false, helpScroll: 0 });
  }
  const s: BrowserState = state.pdfBusy ? state : { ...state, status: null };
  const list = { cursor: 0, top: 0 };
  if (s.searching) {
    if (key.escape) return same({ ...s, query: '', searching: false, ...list });
    if (key.return) return same({ ...s, searching: false });
    if (key.backspace || key.delete) return same({ ...s, query: graphemes(s.query).slice(0, -1).join(''), ...list });
    if (key.upArrow || key.downArrow) {
      const cursor = Math.max(0, Math.min(derived.visible.length - 1, s.cursor + (key.upArrow ? -1 : 1)));
      return same({ ...s, cursor, top: followCursor(cursor, s.top, layout.listRows, derived.visible.length) });
    }
    if (input && !key.ctrl && !key.meta && !key.tab) return same({ ...s, query: s.query + sanitizeText(input, { keepNewlines: false }), ...list });
    return same(s);
  }
  if (input === '?') return same({ ...s, help: true });
  const view = s.stack[s.stack.length - 1]!;
  const push = (next: BrowserView) => same({ ...s, stack: [...s.stack, next] });
  const pop = () => same({ ...s, stack: s.stack.length > 1 ? s.stack.slice(0, -1) : s.stack });
  const replace = (next: BrowserView) => same({ ...s, stack: [...s.stack.slice(0, -1), next] });
  const page = (n: number) => Math.max(1, n - 1);
  const openProving = (scenario: Scenario | undefined, digit: number) => {
    const id = scenario?.cases[digit - 1];
    const item = id ? findCase(data, { locale: scenario!.locale, id }) : undefined;
    return item ? push({ name: 'case', id: item.id, locale: item.locale, scroll: 0, terms: [] }) : same(s);
  };

  if (view.name === 'list' && s.focus === 'facets') {
    const values = derived.rows.map((r, k) => (r.kind === 'value' ? k : -1)).filter((k) => k >= 0);
    const moveFacet = (delta: number) => {
      if (values.length === 0) return same(s);
      const at = Math.max(0, values.indexOf(s.facetCursor));
      const next = values[Math.max(0, Math.min(values.length - 1, at + delta))]!;
      // Keep the group heading above the first value in view.
      return same({ ...s, facetCursor: next, facetTop: followCursor(next === values[0] ? 0 : next, s.facetTop, layout.bodyHeight, derived.rows.length) });
    };
    if (key.upArrow || input === 'k') return moveFacet(-1);
    if (key.downArrow || input === 'j') return moveFacet(1);
    if (key.pageUp) return moveFacet(-page(layout.bodyHeight));
    if (key.pageDown) return moveFacet(page(layout.bodyHeight));
    if (input === ' ' || key.return) {
      const row = derived.rows[s.facetCursor];
      return row?.kind === 'value' ? same({ ...s, selection: toggleFacet(s.selection, row.group, row.id), ...list }) : same(s);
    }
    if (input === 'x') return same({ ...s, selection: {}, ...list });
    if (input === '/') return same({ ...s, focus: 'list', searching: true });
    if (key.tab || input === 'f' || key.escape || key.leftArrow || key.rightArrow || input === 'q') return same({ ...s, focus: 'list' });
    return same(s);
  }

  switch (view.name) {
    case 'list': {
      const total = derived.visible.length;
      const cursor = Math.min(s.cursor, Math.max(0, total - 1));
      const move = (n: number) => {
        const c = Math.max(0, Math.min(total - 1, n));
        return same({ ...s, cursor: c, top: followCursor(c, s.top, layout.listRows, total) });
      };
      if (key.upArrow || input === 'k') return move(cursor - 1);
      if (key.downArrow || input === 'j') return move(cursor + 1);
      if (key.pageUp) return move(cursor - page(layout.listRows));
      if (key.pageDown) return move(cursor + page(layout.listRows));
      if (key.home || input === 'g') return move(0);
      if (key.end || input === 'G') return move(total - 1);
      if (key.return) {
        const item = derived.visible[cursor];
        return item ? push({ name: 'case', id: item.id, locale: item.locale, scroll: 0, terms: derived.hits?.get(caseKey(item))?.terms ?? [] }) : same(s);
      }
      if (input === '/') return same({ ...s, searching: true });
      if (key.tab || input === 'f' || (layout.sidePanel && key.leftArrow)) {
        const first = derived.rows.findIndex((r) => r.kind === 'value');
        const facetCursor = derived.rows[s.facetCursor]?.kind === 'value' ? s.facetCursor : Math.max(0, first);
        return same({ ...s, focus: 'facets', facetCursor });
      }
      if (input === 's') return push({ name: 'scenarios', cursor: 0 });
      if (input === 'p') return same(s, { type: 'pdf', keys: derived.visible.map(keyOf) });
      if (input === 'x') return same({ ...s, selection: {}, query: '', ...list });
      if (input === 'q') return same(s, { type: 'quit' });
      if (key.escape) return s.query.trim() || hasSelection(s.selection) ? same({ ...s, selection: {}, query: '', ...list }) : same(s, { type: 'quit' });
      return same(s);
    }
    case 'case':
    case 'scenario': {
      const max = maxScroll(derived.docLines.length, layout.bodyHeight);
      const scroll = Math.min(view.scroll, max);
      const to = (n: number) => replace({ ...view, scroll: Math.max(0, Math.min(max, n)) });
      if (key.upArrow || input === 'k') return to(scroll - 1);
      if (key.downArrow || input === 'j' || key.return) return to(scroll + 1);
      if (key.pageUp || input === 'b') return to(scroll - page(layout.bodyHeight));
      if (key.pageDown || input === ' ') return to(scroll + page(layout.bodyHeight));
      if (key.home || input === 'g') return to(0);
      if (key.end || input === 'G') return to(max);
      if (input === 'q' || key.escape || key.leftArrow) return pop();
      if (input === 'p' && view.name === 'case') return same(s, { type: 'pdf', keys: [keyOf(view)] });
      if (input === 'p' && view.name === 'scenario') return same(s, { type: 'pdf', keys: provingCases(data, findScenario(data, view)).map(keyOf) });
      if (view.name === 'scenario' && /^[1-9]$/.test(input)) return openProving(findScenario(data, view), Number(input));
      return same(s);
    }
    case 'scenarios': {
      const total = data.scenarios.length;
      const to = (n: number) => replace({ name: 'scenarios', cursor: Math.max(0, Math.min(total - 1, n)) });
      if (key.upArrow || input === 'k') return to(view.cursor - 1);
      if (key.downArrow || input === 'j') return to(view.cursor + 1);
      if (key.home || input === 'g') return to(0);
      if (key.end || input === 'G') return to(total - 1);
      if (key.return || key.rightArrow) {
        const scenario = data.scenarios[view.cursor];
        return scenario ? push({ name: 'scenario', id: scenario.id, locale: scenario.locale, scroll: 0 }) : same(s);
      }
      if (/^[1-9]$/.test(input)) return openProving(data.scenarios[view.cursor], Number(input));
      if (input === 'q' || key.escape || key.leftArrow) return pop();
      return same(s);
    }
  }
}

const CONTROL_KEYS: Record<string, KeyEvent['key']> = {
  '\t': { tab: true },
  '\r': { return: true },
  '\n': { return: true },
  '\u007f': { backspace: true },
  '\b': { backspace: true },
  '\u001b': { escape: true },
};

/**
 * Split a chunk of typed text into key presses. A terminal delivers keys typed faster than
 * they are read (or a paste, or `tmux send-keys`) as one chunk, which would otherwise be
 * taken as one unknown key.
 */
export function splitKeyChunk(event: KeyEvent): KeyEvent[] {
  const { input, key } = event;
  const special = Object.values(key).some(Boolean);
  const parts = graphemes(input);
  if (special || parts.length <= 1) return [event];
  return parts.map((g) => (CONTROL_KEYS[g] ? { input: '', key: CONTROL_KEYS[g]! } : { input: g, key: {} }));
}
