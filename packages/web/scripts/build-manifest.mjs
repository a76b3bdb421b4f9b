// Writes custom-elements.json (Custom Elements Manifest 1.0). The elements are created by a
// factory (so they can be registered under any prefix), which static analyzers cannot follow;
// this generator takes attributes, parts and CSS properties from the source and fails when one
// of them has no description below, so the manifest cannot drift from the code.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

import { importSource, root } from './bundle-options.mjs';

const { OBSERVED_ATTRIBUTES, STYLES } = await importSource();

const ATTRIBUTES = {
  src: 'URL of the data: the kit\'s paged index (`index.json`, whose page files `index/<n>.json` load after the first paint), or any export JSON (`cases export`). Fetched once per URL and shared by every element on the page. Ignored when the element has a `<script type="application/json">` child or its `data` property is set.',
  lang: 'UI language of labels (zh or en; other values fall back to English). Inherited from the closest ancestor with `lang`, then the document.',
  theme: '`light` or `dark`; by default the element follows `prefers-color-scheme`.',
  locale: 'Only use cases (and scenarios) in this content locale, e.g. `zh`.',
  'case-id': 'Id of the case to show (the file name of its source). Defaults to the first case in `locale`.',
  'scenario-id': 'Id of the scenario to show (a taxonomy scenario id). Defaults to the first scenario in `locale`.',
  'case-href':
    'Link template for a case, `{id}` replaced by the case id (e.g. `/cases/{id}/`). Without it, “read more” is a button that only fires `cases-select`. Only http(s), mailto and relative URLs are used.',
  'scenario-href': 'Link template for a scenario, `{id}` replaced by the scenario id.',
  'page-size': 'Cards per page. Default 6, at most 100.',
  facets:
    'Facet groups offered as filters, space or comma separated, from `industry cloud-type feature challenge scenario` (the facet names of core; `cloudType` and the plural forms also work). Default `industry cloud-type feature`; empty for none.',
  industry: 'Preset filter: only cases with one of these industry ids (comma separated).',
  'cloud-type': 'Preset filter: only cases with one of these cloud type ids.',
  feature: 'Preset filter: only cases with one of these feature ids.',
  challenge: 'Preset filter: only cases with one of these challenge ids.',
  scenario: 'Preset filter: only cases linked to one of these scenario ids.',
  'quote-index': 'Which of the case’s quotes to show. Default 0.',
  'heading-level':
    'Level of the element’s top heading (1–6), so it fits the host page’s outline. Default 3 for cards and lists, 2 for detail and scenario; inner headings follow.',
};

const COMMON = ['src', 'lang', 'theme', 'locale', 'heading-level'];
const STATE_PARTS = ['error', 'loading'];
const CARD_PARTS = ['card', 'avatar', 'title', 'summary', 'chip', 'more'];
const BLOCK_PARTS = ['image', 'highlights', 'quote'];
const SELECT_EVENT = {
  name: 'cases-select',
  type: { text: "CustomEvent<{ kind: 'case' | 'scenario'; id: string; href: string | null }>" },
  description:
    'A reader chose a case or scenario (“read more” or a scenario link). Bubbles and crosses the shadow root; cancelable: `preventDefault()` stops the link so the host can route itself.',
};
const FILTER_EVENT = {
  name: 'cases-filter',
  type: { text: 'CustomEvent<{ filters: Record<string, string[]>; search: string; page: number; total: number }>' },
  description: 'The reader changed filters, search or page. `total` is the number of matching cases.',
};

const ELEMENTS = {
  card: {
    description: 'A case card: logo or monogram, company, industry and location, summary, facets as chips and a “read more” link or button.',
    attributes: ['case-id', 'case-href'],
    parts: CARD_PARTS,
    events: [SELECT_EVENT],
  },
  list: {
    description:
      'A grid of case cards with search, facet filters with live counts (OR within a group, AND across groups) and numbered pages. Without `case-href`, “read more” opens the case in place (focus on its heading; “back” or Escape returns to the card).',
    attributes: ['case-href', 'page-size', 'facets', 'industry', 'cloud-type', 'feature', 'challenge', 'scenario'],
    parts: ['list', 'search', 'count', 'filters', 'filter', 'grid', 'pager', 'empty', 'back', 'detail', 'facts', 'content', ...CARD_PARTS, ...BLOCK_PARTS],
    events: [SELECT_EVENT, FILTER_EVENT],
  },
  detail: {
    description:
      'Everything the model holds about a case, in document order: facts, highlights, the pull quote and sections with images, lists, tables and code.',
    attributes: ['case-id', 'scenario-href'],
    parts: ['detail', 'avatar', 'title', 'chip', 'facts', 'content', ...BLOCK_PARTS],
    events: [SELECT_EVENT],
  },
  quote: {
    description: 'A testimonial: a case’s pull quote with its author and company.',
    attributes: ['case-id', 'quote-index'],
    parts: ['quote', 'avatar'],
    events: [],
  },
  scenario: {
    description: 'A solution scenario: summary, aspects, features, and cards of the cases that prove it.',
    attributes: ['scenario-id', 'case-href'],
    parts: ['scenario', 'title', 'aspect', 'chip', 'grid', ...CARD_PARTS, ...BLOCK_PARTS],
    events: [SELECT_EVENT],
  },
};

const PARTS = {
  card: 'The card box.',
  avatar: 'The logo, or the monogram when there is no logo.',
  title: 'The company (or scenario) name heading.',
  summary: 'The one-line company summary.',
  chip: 'A facet chip.',
  more: 'The “read more” link or button.',
  list: 'The whole list.',
  search: 'The search input.',
  count: 'The “N cases” status line.',
  filters: 'The facet filter panel.',
  filter: 'A facet filter toggle button (`aria-pressed`).',
  grid: 'The grid of cards.',
  pager: 'The paging controls.',
  empty: 'The “no cases match” message, with a button that clears search and filters.',
  back: 'The button that closes a case opened in a list.',
  detail: 'The detail article.',
  facts: 'The facts panel (industry, location, …).',
  content: 'The sections column.',
  image: 'A figure with an image.',
  highlights: 'A highlight list.',
  quote: 'A pull quote or block quote.',
  scenario: 'The scenario box.',
  aspect: 'One aspect of a scenario.',
  error: 'The polite error state.',
  loading: 'The loading placeholder.',
};

const CSS_PROPERTIES = {
  '--cases-accent': 'Accent colour: links, “read more”, selected filters, highlight marks.',
  '--cases-on-accent': 'Text on the accent colour.',
  '--cases-bg': 'Background of boxes (cards, detail, filters).',
  '--cases-fg': 'Text colour.',
  '--cases-muted': 'Secondary text colour.',
  '--cases-border': 'Border colour.',
  '--cases-surface': 'Background of inset areas (facts, aspects, table headers).',
  '--cases-chip-bg': 'Background of facet chips.',
  '--cases-chip-fg': 'Text colour of facet chips.',
  '--cases-radius': 'Corner radius of boxes.',
  '--cases-shadow': 'Box shadow of boxes.',
  '--cases-focus': 'Focus ring colour.',
  '--cases-font': 'Font family.',
};

// Cross-check with the source.
const problems = [];
const usedProps = [...new Set(STYLES.match(/--cases-[a-z-]+/g))];
for (const p of usedProps) if (!CSS_PROPERTIES[p]) problems.push(`CSS property ${p} has no description`);
for (const p of Object.keys(CSS_PROPERTIES)) if (!usedProps.includes(p)) problems.push(`CSS property ${p} is documented but unused`);
const source = readdirSync(`${root}src`)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`${root}src/${f}`, 'utf8'))
  .join('\n');
const usedParts = [...new Set([...source.matchAll(/part: ['`](?:\$\{[^}]+\}|)([a-z-]+)['`]/g)].map((m) => m[1]))];
for (const p of [...usedParts, 'error', 'empty']) if (!PARTS[p]) problems.push(`part "${p}" has no description`);
for (const a of OBSERVED_ATTRIBUTES) if (!ATTRIBUTES[a]) problems.push(`attribute ${a} has no description`);
if (problems.length) {
  console.error(`custom-elements.json: ${problems.join('; ')}`);
  process.exit(1);
}

const defaults = Object.fromEntries([...STYLES.matchAll(/var\((--cases-[a-z-]+),([^;]*?)\)(?=[;}])/g)].map((m) => [m[1], m[2]]).reverse());
const className = (name) => `Cases${name[0].toUpperCase()}${name.slice(1)}Element`;
const module = 'dist/cases-web.js';
const declarations = Object.entries(ELEMENTS).map(([name, el]) => ({
  kind: 'class',
  name: className(name),
  tagName: `cases-${name}`,
  customElement: true,
  description: `${el.description} Registered as \`<cases-${name}>\` by the bundles, or \`<prefix-${name}>\` with \`define(prefix)\`.`,
  superclass: { name: 'HTMLElement', package: 'global:' },
  attributes: [...COMMON, ...el.attributes].map((a) => ({
    name: a,
    type: { text: a === 'page-size' || a === 'quote-index' ? 'number' : 'string' },
    description: ATTRIBUTES[a],
  })),
  members: [
    {
      kind: 'field',
      name: 'data',
      type: { text: 'ExportData | null' },
      description:
        'The export the element renders. Setting it validates it (schema version and shape) and takes precedence over `src` and an inline JSON child; `null` goes back to them.',
    },
  ],
  events: el.events,
  cssParts: [...new Set([...el.parts, ...STATE_PARTS])].map((p) => ({ name: p, description: PARTS[p] })),
  cssProperties: Object.entries(CSS_PROPERTIES).map(([p, description]) => ({ name: p, description, ...(defaults[p] ? { default: defaults[p] } : {}) })),
}));

const manifest = {
  schemaVersion: '1.0.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: module,
      description:
        'ES module bundle: registers every element under `cases-` on import (`?prefix=acme` in its URL for another prefix, `?prefix=none` for none). dist/cases-web.iife.js is the same as a classic script (global `CasesWeb`, `data-prefix` on the script tag).',
      declarations: [
        ...declarations,
        {
          kind: 'function',
          name: 'define',
          description: 'Register the elements under another prefix: define("acme") gives <acme-card> etc. Names already taken are skipped.',
          parameters: [
            { name: 'prefix', type: { text: 'string' }, default: "'cases'" },
            { name: 'registry', optional: true, type: { text: 'CustomElementRegistry' } },
          ],
          return: { type: { text: 'string[]' } },
        },
      ],
      exports: [
        ...declarations.map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module } })),
        { kind: 'js', name: 'define', declaration: { name: 'define', module } },
      ],
    },
  ],
};
writeFileSync(process.argv[2] ?? `${root}custom-elements.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `custom-elements.json: ${declarations.length} elements, ${Object.keys(ATTRIBUTES).length} attributes, ${Object.keys(PARTS).length} parts, ${usedProps.length} CSS properties`,
);
