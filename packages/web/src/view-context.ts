import type { ExportData, FacetSelection } from '@cases/core/browser';

import type { ElementLabels } from './element-labels.js';

/** Filter, search and paging state of a case list. */
export interface ListState {
  /** Selected taxonomy ids per facet (`industry`, `cloudType`, `features`, `challenges`, `scenarios`). */
  /** The reader's chosen ids per facet (core's facet keys). */
  filters: FacetSelection;
  /** The search text. */
  search: string;
  /** 1-based page. */
  page: number;
  /** Which facet groups the reader opened or closed (kept across re-renders). */
  open: Record<string, boolean>;
  /** The case the reader opened inside the list, if any. */
  opened?: { id: string; locale: string } | null;
}

/** What a view reads to render: the export, the element's attributes, its language and state. */
export interface ViewContext {
  data: ExportData;
  /**
   * While `data` is only the first file of a paged index (the rest loading), its `paging` as
   * written; a list reads the first page, totals and facet counts from it (`readHeadViews`).
   */
  paging?: unknown;
  /** UI language (the element's `lang`, inherited). */
  lang: string;
  t: ElementLabels;
  /** An attribute of the element, or `null`. */
  attr(name: string): string | null;
  state: ListState;
  /**
   * Merge into the state and re-render (DOM only; static markup renders nothing); returns the
   * new state.
   */
  update(patch: Partial<ListState>): ListState;
  /**
   * Dispatch a bubbling, composed, cancelable event from the element; returns false when the
   * host called `preventDefault()`. A no-op returning true in static markup.
   */
  emit(type: 'cases-select' | 'cases-filter', detail: object): boolean;
  /**
   * The URL the data came from (the `src` attribute, resolved), or `null` when it was given
   * another way: a case read from an index has its detail file beside it (`wholeCase`).
   */
  source: string | null;
  /**
   * Say `text` through the element's one live region (results after a change, an error). Calls
   * in one render replace each other; a render without a call leaves the region empty.
   */
  announce(text: string): void;
  /** Move focus, after this render, to the node whose `data-k` is `key` (once it exists). */
  focus(key: string): void;
}
