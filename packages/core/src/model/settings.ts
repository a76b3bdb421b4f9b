/** The file name of a content folder's settings, at its root. */
export const SETTINGS_FILE = 'settings.yaml';

/** Paper sizes the PDF renderer knows. */
export const PAPER_SIZES = ['a4', 'letter'] as const;

/** The brand a content folder publishes under: printed on PDFs, themed into widgets, shown in the terminal. */
export interface Brand {
  /** Brand name (PDF cover, footer and author; the terminal's title; the embed kit's header). Null prints none. */
  name: string | null;
  /** Logo: a path in the content folder (PNG, JPEG, WebP or SVG), or null for none. */
  logo: string | null;
  /** Colours as `#rrggbb`. */
  colors: {
    /** The accent: rules, markers, chips, links, buttons. */
    accent: string;
    /** The dark colour of mastheads, covers and headings. */
    dark: string;
  };
  /** Website (http or https URL). */
  website: string | null;
  /** How readers reach the brand. */
  contact: { email: string | null; phone: string | null };
  /** The footer (legal) line printed at the foot of PDFs and pages, e.g. "© 2026 Acme Inc." */
  legal: string | null;
}

/** A content folder's settings (`settings.yaml`): the brand and the defaults of its outputs. */
export interface Settings {
  brand: Brand;
  /** Locale used when none is named (new pages, the brochure, the dev preview). */
  locale: string;
  pdf: {
    /** Paper size of PDFs. */
    paper: (typeof PAPER_SIZES)[number];
  };
}

/** Settings of a content folder without a settings file: no brand name, neutral defaults. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  brand: Object.freeze({
    name: null,
    logo: null,
    colors: Object.freeze({ accent: '#00a971', dark: '#1f2a44' }),
    website: null,
    contact: Object.freeze({ email: null, phone: null }),
    legal: null,
  }),
  locale: 'en',
  pdf: Object.freeze({ paper: 'a4' as const }),
}) as Settings;
