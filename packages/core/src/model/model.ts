import { z } from 'zod';

import { EXPORT_SCHEMA_VERSION } from './export-version.js';

/** Where a node came from: `[line, column]`, 1-based, in the document's `source.path`. */
export const PositionSchema = z
  .tuple([z.number().int().min(1).describe('1-based line'), z.number().int().min(1).describe('1-based column')])
  .describe('Source position of a node in its document file: [line, column], 1-based');

/** Inline rich text: structured, never raw HTML. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'break' }
  | { type: 'image'; src: string; alt: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] };

/** zod schema of {@link Inline}. */
export const InlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({ type: z.literal('code'), value: z.string() }),
    z.object({ type: z.literal('break') }),
    z.object({ type: z.literal('image'), src: z.string(), alt: z.string() }),
    z.object({ type: z.literal('strong'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('emphasis'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('delete'), children: z.array(InlineSchema).describe('Struck-through text (GFM ~~…~~)') }),
    z.object({ type: z.literal('link'), url: z.string(), children: z.array(InlineSchema) }),
  ]),
);

/**
 * A run of text: its flattened plain form, and its structured inline form only when it has any
 * formatting or links (plain text is not written twice; `richInline` gives the inline form either way).
 */
export const RichTextSchema = z.object({
  text: z.string().describe('Flattened plain text, for search and plain readers'),
  inline: z.array(InlineSchema).optional().describe('Structured inline rich text; absent when the text is plain'),
});

export const ParagraphBlockSchema = RichTextSchema.extend({
  type: z.literal('paragraph'),
  position: PositionSchema.optional(),
});

export const HeadingBlockSchema = RichTextSchema.extend({
  type: z.literal('heading'),
  level: z.number().int().min(1).max(6),
  position: PositionSchema.optional(),
});

export const ImageBlockSchema = z.object({
  type: z.literal('image'),
  src: z
    .string()
    .describe(
      'Image URL as written (absolute http(s) or a site/content-relative path); empty when the source gives only a caption, as plain-text scenario pages do',
    ),
  alt: z.string().describe('Alternative text; empty when the source gives none'),
  link: z.string().optional().describe('Where the image links to, as written (`[![alt](src)](link)`); absent when it links nowhere'),
  position: PositionSchema.optional(),
});

export const CodeBlockSchema = z.object({
  type: z.literal('code'),
  lang: z.string().nullable(),
  value: z.string(),
  position: PositionSchema.optional(),
});

export const TableCellSchema = RichTextSchema;

export const TableBlockSchema = z.object({
  type: z.literal('table'),
  align: z.array(z.enum(['left', 'center', 'right']).nullable()),
  header: z.array(TableCellSchema),
  rows: z.array(z.array(TableCellSchema)),
  position: PositionSchema.optional(),
});

export const RuleBlockSchema = z
  .object({
    type: z.literal('rule'),
    position: PositionSchema.optional(),
  })
  .describe('A thematic break (--- or *** in Markdown)');

export const HighlightsBlockSchema = z.object({
  type: z.literal('highlights'),
  items: z.array(RichTextSchema),
  position: PositionSchema.optional(),
});

/** A block of a section body. */
export type Block =
  | z.infer<typeof ParagraphBlockSchema>
  | z.infer<typeof HeadingBlockSchema>
  | z.infer<typeof ImageBlockSchema>
  | z.infer<typeof CodeBlockSchema>
  | z.infer<typeof TableBlockSchema>
  | z.infer<typeof HighlightsBlockSchema>
  | z.infer<typeof RuleBlockSchema>
  | ListBlock
  | QuoteBlock;

/** A list item: its own text, plus nested blocks (sub-lists, code) when the source has them. */
export interface ListItem {
  text: string;
  inline?: Inline[] | undefined;
  blocks: Block[];
}

/** An ordered or bullet list. */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number | null;
  items: ListItem[];
  position?: Position | undefined;
}

/**
 * A quote: a case page's pull quote (text and `author`) or a Markdown blockquote, whose
 * nested content (paragraphs, lists) is in `blocks`; `text`/`inline` hold its flattened form.
 */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  inline?: Inline[] | undefined;
  author: string | null;
  blocks: Block[];
  position?: Position | undefined;
}

/** zod schema of {@link Block}. */
export const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    ParagraphBlockSchema,
    HeadingBlockSchema,
    ImageBlockSchema,
    CodeBlockSchema,
    TableBlockSchema,
    HighlightsBlockSchema,
    RuleBlockSchema,
    ListBlockSchema,
    QuoteBlockSchema,
  ]),
) as z.ZodType<Block>;

export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() => RichTextSchema.extend({ blocks: z.array(BlockSchema) }));

export const ListBlockSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.number().int().nullable(),
  items: z.array(ListItemSchema),
  position: PositionSchema.optional(),
});

export const QuoteBlockSchema = RichTextSchema.extend({
  type: z.literal('quote'),
  author: z.string().nullable(),
  blocks: z.array(BlockSchema),
  position: PositionSchema.optional(),
});

/** A titled part of a case, in document order. `title` is null for an untitled lead-in. */
export const SectionSchema = z.object({
  title: z.string().nullable(),
  blocks: z.array(BlockSchema),
  position: PositionSchema.optional(),
});

export const SourceSchema = z.object({
  path: z.string().describe('Path of the source file, relative to the content folder'),
  format: z.enum(['case-page', 'case-article', 'scenario-markdown', 'scenario-text']),
});

export const FactsSchema = z.object({
  industry: z.string().nullable(),
  location: z.string().nullable(),
  cloudType: z.array(z.string()),
  challenges: z.array(z.string()),
  features: z.array(z.string()),
  author: z.string().nullable(),
  extra: z.record(z.string(), z.string()).describe('Facts with labels the model does not know, kept as written'),
  positions: z.record(z.string(), PositionSchema).describe('Source position of each fact, keyed by field name'),
});

export const FacetsSchema = z.object({
  industry: z.array(z.string()),
  cloudType: z.array(z.string()),
  features: z.array(z.string()),
  challenges: z.array(z.string()),
});

export const QuoteSchema = RichTextSchema.extend({
  author: z.string().nullable(),
});

export const CompanySchema = z.object({
  name: z.string().min(1),
  summary: z.string().describe('One-line summary of the company, plain text'),
  logo: z.string().nullable(),
});

export const LocaleSchema = z.string().min(2).describe('BCP 47 language tag, e.g. "zh" or "en"');

export const CaseSchema = z.object({
  kind: z.literal('case'),
  id: z.string().min(1),
  locale: LocaleSchema,
  title: z.string(),
  company: CompanySchema,
  description: z.string().nullable(),
  facts: FactsSchema,
  facets: FacetsSchema,
  highlights: z.array(RichTextSchema),
  quotes: z.array(QuoteSchema),
  sections: z.array(SectionSchema),
  scenarios: z.array(z.string()),
  tags: z.array(z.string()),
  keywords: z.array(z.string()),
  publishedAt: z.string().nullable().describe('ISO date (YYYY-MM-DD) when known'),
  cover: z.string().nullable(),
  source: SourceSchema,
});

export interface ScenarioSection {
  title: string;
  blocks: Block[];
  sections: ScenarioSection[];
  position?: Position | undefined;
}

export const ScenarioSectionSchema: z.ZodType<ScenarioSection> = z.lazy(() =>
  z.object({
    title: z.string(),
    blocks: z.array(BlockSchema),
    sections: z.array(ScenarioSectionSchema),
    position: PositionSchema.optional(),
  }),
);

export const ScenarioSchema = z.object({
  kind: z.literal('scenario'),
  id: z.string().min(1).describe('Taxonomy scenario id (or a slug of the title when unknown)'),
  locale: LocaleSchema,
  title: z.string(),
  summary: z.string().describe('The opening paragraph, plain text'),
  blocks: z.array(BlockSchema).describe('Content before the first aspect, summary included'),
  sections: z.array(ScenarioSectionSchema),
  features: z.array(z.string()),
  cases: z.array(z.string()),
  page: z.object({ id: z.string(), title: z.string(), summary: z.string() }),
  position: PositionSchema.optional(),
  source: SourceSchema,
});

export const TermSchema = z.object({
  id: z.string(),
  labels: z.record(z.string(), z.string()).describe('Label per locale, e.g. { zh: "金融", en: "Finance" }'),
  synonyms: z.array(z.string()),
});

export const FeatureTermSchema = TermSchema.extend({
  scenarios: z.array(z.string()).describe('Scenario ids this feature proves'),
});

export const TaxonomySchema = z.object({
  industries: z.array(TermSchema),
  cloudTypes: z.array(TermSchema),
  challenges: z.array(TermSchema),
  features: z.array(FeatureTermSchema),
  scenarios: z.array(TermSchema),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  hint: z.string().nullable(),
});

export const ExportSchema = z.object({
  $schema: z.string().optional(),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  cases: z.array(CaseSchema),
  scenarios: z.array(ScenarioSchema),
  taxonomy: TaxonomySchema,
});

/** Source position of a node. */
export type Position = z.infer<typeof PositionSchema>;
/** Text with its structured inline form. */
export type RichText = z.infer<typeof RichTextSchema>;
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type HeadingBlock = z.infer<typeof HeadingBlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type CodeBlock = z.infer<typeof CodeBlockSchema>;
export type TableBlock = z.infer<typeof TableBlockSchema>;
export type HighlightsBlock = z.infer<typeof HighlightsBlockSchema>;
export type RuleBlock = z.infer<typeof RuleBlockSchema>;
/** A section of a case. */
export type Section = z.infer<typeof SectionSchema>;
/** Where a document came from. */
export type Source = z.infer<typeof SourceSchema>;
/** Facts of a case, kept as written. */
export type Facts = z.infer<typeof FactsSchema>;
/** Facts as canonical taxonomy ids. */
export type Facets = z.infer<typeof FacetsSchema>;
/** A pull quote. */
export type Quote = z.infer<typeof QuoteSchema>;
export type Company = z.infer<typeof CompanySchema>;
/** A customer case (from a case page or a case article). */
export type Case = z.infer<typeof CaseSchema>;
/** A solution scenario (one top-level section of a scenarios page). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A taxonomy term. */
export type Term = z.infer<typeof TermSchema>;
export type FeatureTerm = z.infer<typeof FeatureTermSchema>;
/** The canonical facets. */
export type Taxonomy = z.infer<typeof TaxonomySchema>;
/** A problem found in content. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
/** The versioned JSON export. */
export type ExportData = z.infer<typeof ExportSchema>;
