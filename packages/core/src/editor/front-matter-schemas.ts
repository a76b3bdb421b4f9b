import {
  BLOCK_KEYS,
  FACT_KEYS,
  HUGO_KEYS,
  ITEM_KEYS,
  RIGHT_KEYS,
  ROOT_KEYS,
  SECTION1_KEYS,
  SECTION2_KEYS,
  SPECIAL_KEYS,
} from '../formats/case-page/case-page-blocks.js';
import { SETTING_PATTERNS, SETTINGS_FIELDS, type SettingField } from '../formats/settings/settings-fields.js';
import type { Taxonomy } from '../model/model.js';
import { ARTICLE_IGNORED_KEYS, ARTICLE_KEYS } from '../formats/case-article/parse-case-article.js';

/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** The editor schemas `cases schema --content` writes, by name. */
export type EditorSchemaName = 'case' | 'case-page' | 'case-article' | 'scenario-page' | 'taxonomy' | 'settings';

/**
 * Where each schema applies in a content folder (globs relative to it), for yaml-language-server's
 * `yaml.schemas`. Case pages and articles share `cases/`: the `case` schema accepts either (the
 * loader tells them apart by their `section1`/`section2` keys), so one mapping serves both.
 */
export const EDITOR_SCHEMA_GLOBS: Readonly<Record<EditorSchemaName, readonly string[]>> = {
  case: ['cases/**/*.md'],
  'case-page': [],
  'case-article': [],
  'scenario-page': ['scenarios/**/*.md'],
  taxonomy: ['taxonomy.yaml'],
  settings: ['settings.yaml'],
};

const SCALAR = ['string', 'number', 'boolean', 'null'];
const text = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: SCALAR, description, markdownDescription: description, ...extra });
const textOrList = (description: string, examples?: readonly string[]): JsonSchema => ({
  description,
  markdownDescription: description,
  anyOf: [{ type: SCALAR }, { type: 'array', items: { type: SCALAR } }],
  ...(examples?.length ? { examples: [...examples] } : {}),
});
const object = (description: string, properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  description,
  markdownDescription: description,
  properties,
  additionalProperties: false,
  ...extra,
});
const ignored = (keys: readonly string[]): Record<string, JsonSchema> =>
  Object.fromEntries(keys.map((k) => [k, { description: `Site (Hugo) key "${k}": accepted and ignored by cases.` }]));
/** Only the keys the reader knows: so a misspelled key is an error in the editor, at the key. */
const only = (known: readonly string[], schema: Record<string, JsonSchema>) => {
  for (const k of known) if (!schema[k]) throw new Error(`schema lacks ${k}`);
  return schema;
};

const labelsOf = (taxonomy: Taxonomy, kind: keyof Taxonomy, locales = ['zh', 'en']) => [
  ...new Set(taxonomy[kind].flatMap((t) => locales.map((l) => t.labels[l]).filter((x): x is string => !!x))),
];

const FACT_LABELS = ['行业', '地点', '云类型', '挑战', '采用功能', '作者', 'INDUSTRY', 'LOCATION', 'CLOUD TYPE', 'CHALLENGES', 'ADOPTED FEATURES', 'AUTHOR'];

function casePageSchema(taxonomy: Taxonomy): JsonSchema {
  const special = object(
    'A sub-heading inside a block.',
    only(SPECIAL_KEYS, {
      text: text('The sub-heading text.'),
      level: text('Heading level 1–6.', { examples: [3, 4] }),
      link: text('A link the heading points to (the site renders it as a link).'),
      bold: text('The heading drawn bold (the site’s variant).'),
    }),
  );
  const item = object(
    'One item of a block: a Markdown paragraph (`content`) or a sub-heading (`specialContent`).',
    only(ITEM_KEYS, {
      content: text('A paragraph of Markdown (bold, links, inline code).'),
      specialContent: { description: 'A sub-heading: text, or {text, level}.', anyOf: [{ type: SCALAR }, special] },
    }),
  );
  const block = object(
    'A body block. A block with a title starts a section; one with an empty title continues the section before it.',
    only(BLOCK_KEYS, {
      title: text('Section title; empty or null continues the previous section (often only an image).'),
      contentList: {
        type: ['array', 'null'],
        description: 'Paragraphs and sub-headings in order (for type: 1, the highlight lines).',
        items: { anyOf: [item, { type: SCALAR }] },
      },
      image: text('An image shown after the text: a path in the content folder or an http(s) URL; may be empty.'),
      type: text('1: a highlight list (contentList lines); 2: a pull quote (content and author). Leave out for an ordinary block.', {
        enum: [1, 2, '1', '2', null],
      }),
      content: text('The quote text (type: 2).'),
      author: text('Who said the quote (type: 2).'),
    }),
  );
  const fact = object(
    'One fact: a label and its value(s).',
    only(FACT_KEYS, {
      title: {
        description: `The fact label. Known: ${FACT_LABELS.join(', ')}; others are kept under facts.extra.`,
        anyOf: [{ enum: FACT_LABELS }, { type: SCALAR }],
      },
      content: textOrList(
        'The value as written; lists separated by 、 ， , or ; . Industries, cloud types, challenges and features are matched against the taxonomy.',
        [...labelsOf(taxonomy, 'industries'), ...labelsOf(taxonomy, 'cloudTypes'), ...labelsOf(taxonomy, 'features')],
      ),
    }),
  );
  return object('Front matter of a case page (Hugo "case-detail" layout).', {
    ...ignored(HUGO_KEYS),
    ...only(ROOT_KEYS, {
      title: text('The page key; the company name comes from section1.title.'),
      description: text('Page description (search engines).'),
      css: text('Site stylesheet (ignored by cases).'),
      section1: object(
        'The company and its one-line summary.',
        only(SECTION1_KEYS, {
          title: text('Company name (required).'),
          content: text('One-line summary of the company.'),
          image: text('Company logo: a path in the content folder or an http(s) URL.'),
        }),
      ),
      section2: object(
        'The body and the facts.',
        only(SECTION2_KEYS, {
          listLeft: { type: ['array', 'null'], description: 'The body, block by block, in order.', items: block },
          rightPart: object(
            'The facts panel.',
            only(RIGHT_KEYS, {
              icon: text('An icon for the panel (ignored by cases).'),
              list: { type: ['array', 'null'], description: 'The facts: industry, location, cloud type, challenges, features, author.', items: fact },
            }),
          ),
        }),
      ),
    }),
  });
}

function caseArticleSchema(taxonomy: Taxonomy): JsonSchema {
  return object('Front matter of a case article (Markdown body below it; each ## heading starts a section).', {
    ...ignored(ARTICLE_IGNORED_KEYS),
    ...only(ARTICLE_KEYS, {
      title: text('Article title (required).'),
      tag: textOrList('Tags; facets are derived from them when the article has no facts.', labelsOf(taxonomy, 'features')),
      tags: textOrList('Same as tag.', labelsOf(taxonomy, 'features')),
      keywords: textOrList('Keywords (search, PDF metadata).'),
      keyword: textOrList('Same as keywords.'),
      description: text('One-paragraph summary.'),
      createTime: text('Publication date, YYYY-MM-DD.', { examples: ['2026-01-31'] }),
      date: text('Same as createTime.'),
      author: text('Author of the article.'),
      snapshot: text('Cover image: a path in the content folder or an http(s) URL.'),
      cover: text('Same as snapshot.'),
      company: text('Customer name (otherwise taken from the title).'),
      logo: text('Customer logo.'),
      industry: text('Industry, matched against the taxonomy.', { examples: labelsOf(taxonomy, 'industries') }),
      location: text('Where the customer is.'),
      cloudType: textOrList('Cloud type(s), matched against the taxonomy.', labelsOf(taxonomy, 'cloudTypes')),
      challenges: textOrList('Challenges, matched against the taxonomy.', labelsOf(taxonomy, 'challenges')),
      features: textOrList('Features adopted, matched against the taxonomy (they link the scenarios).', labelsOf(taxonomy, 'features')),
    }),
  });
}

function scenarioPageSchema(): JsonSchema {
  return object('Front matter of a scenarios page (each ## heading below is a scenario, ### an aspect).', {
    ...ignored(['weight', 'version', 'linkTitle', 'layout', 'draft', 'aliases', 'css', 'tag', 'tags']),
    title: text('Page title.'),
    description: text('Page summary.'),
    keywords: textOrList('Keywords.'),
    keyword: textOrList('Same as keywords.'),
  });
}

function taxonomySchema(taxonomy: Taxonomy): JsonSchema {
  const scenarioIds = taxonomy.scenarios.map((s) => s.id);
  const term = (what: string, extra: Record<string, JsonSchema> = {}) =>
    object(
      `One ${what}: a stable id, a label per locale, and synonyms as authors write them.`,
      {
        id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Stable kebab-case id (used by filters, links and the export).' },
        zh: text('Chinese label.'),
        en: text('English label.'),
        labels: { type: 'object', description: 'Labels in further locales: locale → label.', additionalProperties: { type: SCALAR } },
        synonyms: {
          type: ['array', 'null'],
          description: 'Other ways authors write this term (case, spaces and hyphens do not count).',
          items: { type: SCALAR },
        },
        ...extra,
      },
      { required: ['id'] },
    );
  const list = (what: string, extra?: Record<string, JsonSchema>) => ({ type: ['array', 'null'], description: `The ${what} terms.`, items: term(what, extra) });
  return object('Canonical facets of a content folder.', {
    industries: list('industry'),
    cloudTypes: list('cloud type'),
    challenges: list('challenge'),
    features: list('feature', {
      scenarios: {
        type: ['array', 'null'],
        description: 'Scenarios this feature proves (ids from `scenarios:` below).',
        items: scenarioIds.length ? { enum: scenarioIds } : { type: 'string' },
      },
    }),
    scenarios: list('scenario'),
  });
}

function settingsSchema(): JsonSchema {
  const field = (f: SettingField): JsonSchema => {
    if (f.kind === 'group') return object(f.description, Object.fromEntries(Object.entries(f.fields).map(([k, v]) => [k, field(v)])));
    if (f.kind === 'enum') return { enum: [...f.values], description: f.description, markdownDescription: f.description, examples: [f.example] };
    return {
      type: 'string',
      pattern: SETTING_PATTERNS[f.kind].pattern.source,
      description: `${f.description} ${SETTING_PATTERNS[f.kind].hint}`,
      markdownDescription: f.description,
      examples: [f.example],
    };
  };
  return object(
    'Settings of a content folder: the brand and the defaults of its outputs.',
    Object.fromEntries(Object.entries(SETTINGS_FIELDS).map(([k, v]) => [k, field(v)])),
  );
}

/**
 * JSON Schemas (draft 2020-12) for what authors write: the front matter of case pages, case
 * articles and scenarios pages, `taxonomy.yaml` and `settings.yaml`. Keys are closed (a
 * misspelled key is flagged at the key), every key has a description for hover, and the
 * folder's taxonomy gives the labels offered for facts and the scenario ids features may name.
 * @example const { settings } = editorSchemas(collection.taxonomy)
 */
export function editorSchemas(taxonomy: Taxonomy): Record<EditorSchemaName, JsonSchema> {
  const withId = (name: EditorSchemaName, title: string, s: JsonSchema): JsonSchema => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://cases.dev/schema/${name}.json`,
    title,
    ...s,
  });
  const page = casePageSchema(taxonomy);
  const article = caseArticleSchema(taxonomy);
  return {
    // Case pages and articles live side by side in cases/: an editor gets one schema for both.
    case: withId('case', 'cases: case page or case article front matter', { anyOf: [page, article] }),
    'case-page': withId('case-page', 'cases: case page front matter', page),
    'case-article': withId('case-article', 'cases: case article front matter', article),
    'scenario-page': withId('scenario-page', 'cases: scenarios page front matter', scenarioPageSchema()),
    taxonomy: withId('taxonomy', 'cases: taxonomy.yaml', taxonomySchema(taxonomy)),
    settings: withId('settings', 'cases: settings.yaml', settingsSchema()),
  };
}
