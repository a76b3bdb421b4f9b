import type { Diagnostic } from '../../model/model.js';
import type { FrontMatterParts } from './split-front-matter.js';

/** Options for the document parsers. */
export interface ParseOptions {
  /** Path of the file relative to the content folder; its last segment gives the id. */
  path: string;
  /** Path shown in diagnostics. @default options.path */
  file?: string;
  /** Locale from the folder, if any: it is the document's locale (the text's language only warns). */
  locale?: string | null;
  /** The text already split into front matter and body (saves splitting it twice). */
  parts?: FrontMatterParts;
  /** The brand the content is published under (settings.yaml): an article title starting with it does not name the customer. */
  publisher?: string | null;
}

/** What a parser returns: the document (null when unreadable) and its diagnostics. */
export interface ParseResult<T> {
  value: T | null;
  diagnostics: Diagnostic[];
}
