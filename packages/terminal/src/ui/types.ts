import { documentKey } from '@cases/core/browser';
import type { Case, DocumentKey, Scenario, Taxonomy } from '@cases/core/browser';

/** A search result as `@cases/core`'s search index returns it. */
export interface BrowserSearchHit {
  id: string;
  kind: string;
  /** Locale of the hit; ids are unique per locale only. */
  locale: string;
  score: number;
  snippet?: string;
  /** The words that matched, for highlighting. */
  terms?: readonly string[];
}

/** The key of a case in the browser: its locale and id (core's `documentKey`; ids are unique per locale). */
export function caseKey(item: DocumentKey): string {
  return documentKey(item);
}

/** Progress of a PDF rendering. */
export interface PdfProgress {
  done: number;
  total: number;
  /** The case being rendered, when known. */
  id?: string;
}

/**
 * Renders cases (named by locale and id) to a PDF; handed in by the CLI (the terminal package
 * does not depend on the PDF package). Resolves to the written file.
 */
export type RenderPdf = (keys: DocumentKey[], onProgress: (progress: PdfProgress) => void) => Promise<{ path: string }>;

/** What the browser shows: the model of a loaded collection. */
export interface BrowserData {
  cases: readonly Case[];
  scenarios: readonly Scenario[];
  taxonomy: Taxonomy;
  /** Full-text search over the collection (core's `createSearchIndex(collection).search`). */
  search?: (query: string) => readonly BrowserSearchHit[];
  /** The brand name shown in the title bar (settings.yaml `brand.name`). @default 'cases' */
  brand?: string | null;
}
