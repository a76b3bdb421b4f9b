/**
 * The browser-safe part of `@cases/core`: types, labels, the facet engine and helpers with no
 * parsers and no Node.js APIs. The web widgets import only this entry.
 * @module
 */
export { EXPORT_SCHEMA_VERSION } from './model/export-version.js';
export { checkExportData, MAX_EXPORT_DEPTH } from './export/check-export.js';
export type { DroppedEntry, ExportCheck } from './export/check-export.js';
export { LABELS, labelsFor, termLabel } from './model/labels.js';
export { DEFAULT_SETTINGS, PAPER_SIZES, SETTINGS_FILE } from './model/settings.js';
export type { Brand, Settings } from './model/settings.js';
export type { Labels, TermKind } from './model/labels.js';
export { inlineToText, richInline } from './model/inline-to-text.js';
export { rewriteImageUrls } from './model/rewrite-image-urls.js';
export type { ImageUrlSite } from './model/rewrite-image-urls.js';
export { FACETS, facetCounts, facetNamed, filterByFacets, hasSelection, matchesFacets, toggleFacet } from './query/facets.js';
export { documentKey, facetValues, findDocument } from './query/facet-values.js';
export type { FacetCount, FacetDefinition, FacetKey, FacetSelection } from './query/facets.js';
export type { DocumentKey } from './query/facet-values.js';
export type {
  Block,
  Case,
  CodeBlock,
  Company,
  Diagnostic,
  ExportData,
  Facets,
  Facts,
  FeatureTerm,
  HeadingBlock,
  HighlightsBlock,
  ImageBlock,
  Inline,
  ListBlock,
  ListItem,
  ParagraphBlock,
  Position,
  Quote,
  QuoteBlock,
  RichText,
  RuleBlock,
  Scenario,
  ScenarioSection,
  Section,
  Source,
  TableBlock,
  Taxonomy,
  Term,
} from './model/model.js';
