/**
 * Every diagnostic code core emits, with a one-line explanation (`cases validate --explain`).
 * Codes are stable: tools and tests may match on them.
 */
export const DIAGNOSTIC_CODES = {
  'yaml-syntax': 'The front matter (or taxonomy) is not valid YAML; the file is skipped.',
  'yaml-alias-limit': 'YAML aliases expand beyond the safety limit (an alias bomb); the file is skipped.',
  'yaml-warning': 'The YAML parser warned about this construct.',
  'duplicate-key': 'A key appears twice in one mapping; repeatable fields keep every value, others keep the last.',
  'unknown-key': 'A key the format does not define; it is ignored.',
  'misspelled-key': 'A key that looks like a misspelling of a known key; it was read as that key.',
  'wrong-shape': 'A value has the wrong shape (e.g. a string where a mapping belongs).',
  'missing-company': 'A case page has no company name (section1.title).',
  'missing-title': 'A document has no title.',
  'missing-front-matter': 'A Markdown file has no front matter block.',
  'unclosed-front-matter': 'The front matter starts with --- but never ends with ---; it is read to the end of the file.',
  'title-mismatch': 'The front-matter title does not name the company; the company name is used.',
  'empty-file': 'The file is empty; it is skipped.',
  encoding: 'The file is not valid UTF-8: recovered as GB18030 or with � (a warning), or not text at all (an error; skipped).',
  bom: 'The file starts with a byte-order mark (UTF-8 or UTF-16); it was read and removed.',
  'tab-indentation': 'Tabs are used for indentation, which YAML forbids; they were expanded to spaces.',
  'unknown-fact': 'A fact label the model does not know; it is kept under facts.extra.',
  'unknown-term': 'A fact value the taxonomy does not know; it is kept as written.',
  'unknown-scenario': 'A scenario heading the taxonomy does not know; a slug of the title is its id.',
  'duplicate-id': 'Two files claim the same locale and id; both are named, and only the first is used.',
  'empty-block': 'A block has no content at all; it is skipped.',
  'ignored-body': 'A case page has text after its front matter, which the site never shows.',
  'locale-mismatch': "The language of the text differs from its folder's locale; the folder's locale is used.",
  'unsafe-key': 'A key such as __proto__ that could pollute prototypes; it is ignored.',
  unreadable: 'The file or folder could not be read.',
  'derived-facts': 'An article has no facts; facets were derived from its tags and keywords.',
  'no-scenarios': 'A scenarios page has no top-level sections.',
  'too-deep': 'Nesting deeper than the documented limit: deeper Markdown is kept as text, deeper YAML skips the file.',
  'too-large': 'The file is bigger than the size limit (--max-file-size); it is skipped.',
  'internal-error': 'Reading the file failed unexpectedly (a bug in cases); the file is skipped. Please report it.',
  'link-outside': 'A symbolic link points outside the content folder; it is not followed.',
  'link-loop': 'A symbolic link leads back into a folder being read (a loop), or nowhere; it is not followed.',
  'missing-image': 'A local image the content references cannot be found.',
  'more-diagnostics': 'A file has more diagnostics than are shown (the first 200 are); the most severe of the rest sets its severity.',
  'invalid-setting': 'A setting in settings.yaml has a value it cannot take (a colour that is not #rrggbb, an unknown paper size); its default is used.',
  'unknown-file': 'A file in a content folder that no format reads (by its extension); it is ignored.',
} as const;

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
