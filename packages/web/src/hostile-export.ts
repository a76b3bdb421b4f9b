import { EXPORT_SCHEMA_VERSION } from '@cases/core/browser';
import type { Block, Case, ExportData, Inline, Scenario } from '@cases/core/browser';

/** Markup that would run script if any widget parsed text as HTML. Each sets `window.__pwned`. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'">',
  "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
  '<a href="javascript:window.__pwned=\'a\'">click</a>',
  '</style><style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
] as const;

/** URLs that must never reach an `href` or `src`. */
export const HOSTILE_URLS = [
  'javascript:window.__pwned="href"',
  ' JaVaScRiPt:window.__pwned="href2"',
  'java\tscript:window.__pwned="href3"',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
] as const;

const bad = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;
const rich = (i: number) => ({ text: bad(i), inline: [{ type: 'text', value: bad(i) } as Inline] });

function blocks(seed: number): Block[] {
  const links: Inline[] = HOSTILE_URLS.map((url, i) => ({ type: 'link', url, children: [{ type: 'text', value: `${bad(seed + i)} link ${i}` }] }));
  return [
    {
      type: 'paragraph',
      text: bad(seed),
      inline: [{ type: 'strong', children: [{ type: 'text', value: bad(seed) }] }, ...links, { type: 'code', value: bad(seed + 1) }],
    },
    { type: 'heading', level: 3, ...rich(seed + 2) },
    ...HOSTILE_URLS.map((src, i): Block => ({ type: 'image', src, alt: bad(seed + i) })),
    ...HOSTILE_URLS.map((link, i): Block => ({ type: 'image', src: 'https://example.com/figure.png', alt: bad(seed + i), link })),
    { type: 'list', ordered: true, start: 3, items: [{ ...rich(seed + 3), blocks: [{ type: 'paragraph', ...rich(seed + 4) }] }] },
    { type: 'quote', ...rich(seed + 5), author: bad(seed + 6), blocks: [] },
    { type: 'highlights', items: [rich(seed), rich(seed + 1)] },
    { type: 'table', align: ['left', null], header: [rich(seed + 2), rich(seed + 3)], rows: [[rich(seed + 4), rich(seed + 5)]] },
    { type: 'code', lang: bad(seed + 6), value: bad(seed) },
  ];
}

function hostileCase(n: number): Case {
  return {
    kind: 'case',
    id: `hostile-${n}"><script>window.__pwned="id"</script>`,
    locale: 'en',
    title: bad(n),
    company: { name: `${bad(n + 1)} Evil Corp ${n}`, summary: bad(n + 2), logo: HOSTILE_URLS[n % HOSTILE_URLS.length]! },
    description: bad(n + 3),
    facts: {
      industry: bad(n),
      location: bad(n + 1),
      cloudType: [bad(n + 2)],
      challenges: [bad(n + 3)],
      features: [bad(n + 4)],
      author: bad(n + 5),
      extra: { [bad(n + 6)]: bad(n) },
      positions: {},
    },
    facets: { industry: [bad(n)], cloudType: ['evil-cloud'], features: [bad(n + 1)], challenges: [bad(n + 2)] },
    highlights: [rich(n), rich(n + 1)],
    quotes: [{ ...rich(n + 2), author: bad(n + 3) }],
    sections: [{ title: bad(n + 4), blocks: blocks(n) }],
    scenarios: ['evil-scenario'],
    tags: [bad(n)],
    keywords: [bad(n + 1)],
    publishedAt: bad(n + 2),
    cover: HOSTILE_URLS[0],
    source: { path: bad(n), format: 'case-page' },
  };
}

/**
 * An export whose every text field, id, label and URL is hostile markup or a script URL, for
 * the hostile-content page and tests: rendered by the widgets it must show as inert text.
 */
export function createHostileExport(): ExportData {
  const scenario: Scenario = {
    kind: 'scenario',
    id: 'evil-scenario',
    locale: 'en',
    title: bad(0),
    summary: bad(1),
    blocks: [{ type: 'paragraph', ...rich(1) }, ...blocks(2)],
    sections: [{ title: bad(3), blocks: blocks(4), sections: [] }],
    features: [bad(5)],
    cases: [],
    page: { id: 'p', title: bad(6), summary: bad(0) },
    source: { path: bad(1), format: 'scenario-text' },
  };
  const cases = [0, 1, 2].map(hostileCase);
  scenario.cases = cases.map((c) => c.id);
  const term = (id: string, i: number) => ({ id, labels: { en: bad(i), zh: bad(i + 1) }, synonyms: [bad(i)] });
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    cases,
    scenarios: [scenario],
    taxonomy: {
      industries: [term(bad(0), 1)],
      cloudTypes: [term('evil-cloud', 2)],
      challenges: [term(bad(2), 3)],
      features: [{ ...term(bad(1), 4), scenarios: ['evil-scenario'] }],
      scenarios: [term('evil-scenario', 5)],
    },
  };
}
