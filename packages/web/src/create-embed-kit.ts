import type { Case, ExportData } from '@cases/core/browser';

import { DEMO_CSS, DEMO_JS, HOSTILE_JS } from './demo-assets.js';
import { createHostileExport } from './hostile-export.js';
import { renderToString } from './render-to-string.js';
import { assertPrefix } from './prefix.js';
import { parseExport } from './validate-export.js';
import { escapeHtml as e } from './vnode.js';
import { toExportIndex } from './export-index.js';
import type { ExportIndex } from './export-index.js';

/** File names of the browser bundle files the kit's pages load (copied beside them by the CLI). */
export const BUNDLE_FILES = ['cases-web.js', 'cases-web.iife.js', 'cases-web.css'] as const;

/** The Content-Security-Policy the demo page runs under: no inline script or style, no eval. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

function snippet(code: string): string {
  return `<div class="snippet"><button type="button">Copy</button><pre tabindex="0"><code>${e(code.trim())}</code></pre></div>`;
}

function demo(id: string, title: string, tag: string, text: string, stage: string, code: string): string {
  return `<section class="demo" id="${id}" aria-labelledby="${id}-h"><header><h2 id="${id}-h">${e(title)} <code>${e(tag)}</code></h2><p>${text}</p></header>
<div class="stage">${stage}</div>
<details class="code" open><summary>Code</summary>${snippet(code)}</details></section>`;
}

const attr = (name: string, value: string) => ` ${name}="${e(value)}"`;

/** Pick the seed examples the demo shows, from whatever the export holds. */
function pick(data: ExportData) {
  const locale = data.cases[0]?.locale ?? 'en';
  const local = data.cases.filter((c) => c.locale === locale);
  // The detail shows off the most kinds of blocks, in the shortest case that has them.
  const kinds = (c: Case) => new Set(c.sections.flatMap((s) => s.blocks.map((b) => b.type))).size + c.quotes.length + c.highlights.length;
  const size = (c: Case) => c.sections.reduce((n, s) => n + s.blocks.length, 0);
  const detail = [...local].sort((a, b) => kinds(b) - kinds(a) || size(a) - size(b))[0];
  const quoted = local.filter((c) => c.quotes.length > 0).slice(0, 2);
  const scenario = [...data.scenarios].sort((a, b) => b.cases.length - a.cases.length)[0];
  return { locale, cards: local.slice(0, 3), detail, quoted, scenario };
}

/** Options of {@link createEmbedKit}. */
export interface EmbedKitOptions {
  /** Tag prefix the pages use (`acme` → `<acme-card>`). @default 'cases' */
  prefix?: string;
  /** Also write `hostile.html` (+ `.js`, `.json`): hostile data that must stay inert, for testing a host page. @default false */
  hostile?: boolean;
  /**
   * The brand (from the content's settings.yaml): its name and logo head the demo page, and its
   * accent becomes the default `--cases-*` theme of every element on the page (`brand.css`).
   * `logo` is the logo's file name in the kit (the caller copies the file). @default no brand
   */
  brand?: { name: string | null; logo: string | null; accent: string };
}

/** The `--cases-*` defaults a brand's accent gives (light; dark mode lightens it). */
function brandCss(accent: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(accent)) return '';
  return `:root{--cases-accent:${accent};--cases-chip-bg:color-mix(in srgb,${accent} 12%,#fff);--cases-chip-fg:color-mix(in srgb,${accent} 70%,#000)}
@media (prefers-color-scheme:dark){:root{--cases-accent:color-mix(in srgb,${accent} 65%,#fff);--cases-chip-bg:color-mix(in srgb,${accent} 30%,#111);--cases-chip-fg:color-mix(in srgb,${accent} 40%,#fff)}}
.brand i{background:${accent}}
`;
}

/** The data files of an index (see {@link toExportIndex}) by path, under `dir`. */
function indexFiles({ index, pages, details }: ExportIndex, dir = ''): Record<string, string> {
  const files: Record<string, string> = { [`${dir}index.json`]: JSON.stringify(index) };
  for (const [path, data] of [...Object.entries(pages), ...Object.entries(details)]) files[`${dir}${path}`] = JSON.stringify(data);
  return files;
}

/**
 * The embed kit's pages for an export: `index.html` (the demo of every element with copy-paste
 * snippets, under a strict CSP), with `hostile` also `hostile.html` (hostile content that must stay inert), their
 * scripts and styles, and the data: `cases.json` (the full export, for apps), `index.json`
 * (the first page of a paged index of what lists and cards need; the demo's elements load it),
 * `index/<n>.json` (the whole index, in pages, loaded after the first paint), one
 * `cases/<locale>/<id>.json` per case, fetched when a case is opened, and `hostile.json` with
 * `hostile/index.json` and its pages. Names may contain `/`. The bundles themselves
 * ({@link BUNDLE_FILES} and `custom-elements.json`) are copied beside them by the caller.
 * @returns file name → contents.
 */
export function createEmbedKit(data: ExportData, options: EmbedKitOptions = {}): Record<string, string> {
  const checked = parseExport(data);
  const prefix = options.prefix ?? 'cases';
  assertPrefix(prefix, 'createEmbedKit');
  /** A live element under the kit's prefix; `attrs` is printed as is. */
  const widget = (name: string, attrs: string) => `<${prefix}-${name} ${attrs}></${prefix}-${name}>`;
  const { locale, cards, detail, quoted, scenario } = pick(checked);
  const split = toExportIndex(checked);
  // The logo alone when there is one (it is nearly always the wordmark: decision 043), else the name.
  const brandName = e(options.brand?.name ?? 'Cases');
  const brandLogo = options.brand?.logo ? `<img src="${e(options.brand.logo)}" alt="${brandName}" height="28">` : `<i aria-hidden="true"></i>${brandName}`;
  const lang = attr('lang', locale);
  const common = `src="index.json"${lang}`;
  const sections: string[] = [];

  sections.push(
    demo(
      'list',
      'Case library',
      '<cases-list>',
      'Search, facet filters with live counts, and paging. Filters combine with OR inside a group and AND across groups.',
      widget('list', `data-widget ${common} page-size="6"`),
      `<cases-list src="index.json"${lang} page-size="6"></cases-list>`,
    ),
  );
  if (cards.length) {
    const tags = cards.map((c) => widget('card', `data-widget ${common}${attr('case-id', c.id)}`)).join('\n');
    sections.push(
      demo(
        'card',
        'Case card',
        '<cases-card>',
        'One case: logo or monogram, company, summary, facets as chips and a “read more” that fires <code>cases-select</code> (or follows <code>case-href</code>).',
        `<div class="cols">${tags}</div>`,
        `<cases-card src="index.json"${lang}${attr('case-id', cards[0]!.id)} case-href="/cases/{id}/"></cases-card>`,
      ),
    );
  }
  if (detail) {
    sections.push(
      demo(
        'detail-demo',
        'Case detail',
        '<cases-detail>',
        'Everything the model holds, in document order: facts, highlights, the pull quote, sections with images, lists, tables and code. Press “Read more” on any card to show it here.',
        widget('detail', `id="detail" data-widget ${common}${attr('case-id', detail.id)}`),
        `<cases-detail src="index.json"${lang}${attr('case-id', detail.id)}></cases-detail>`,
      ),
    );
  }
  if (quoted.length) {
    sections.push(
      demo(
        'quote',
        'Testimonial',
        '<cases-quote>',
        'A customer’s own words, with the company.',
        `<div class="cols">${quoted.map((c) => widget('quote', `data-widget ${common}${attr('case-id', c.id)}`)).join('')}</div>`,
        `<cases-quote src="index.json"${lang}${attr('case-id', quoted[0]!.id)}></cases-quote>`,
      ),
    );
  }
  if (scenario) {
    sections.push(
      demo(
        'scenario',
        'Scenario',
        '<cases-scenario>',
        'A solution scenario, its aspects, and the cases that prove it.',
        widget('scenario', `data-widget ${common}${attr('scenario-id', scenario.id)}`),
        `<cases-scenario src="index.json"${lang}${attr('scenario-id', scenario.id)}></cases-scenario>`,
      ),
    );
  }
  const first = cards[0];
  if (first) {
    const attributes = { 'data-widget': '', src: 'index.json', lang: locale, 'case-id': first.id };
    const staticHtml = renderToString('card', checked, { attributes, stylesheet: 'cases-web.css', prefix });
    sections.push(
      demo(
        'static',
        'Static HTML',
        'renderToString()',
        'Server-rendered with declarative shadow DOM: it shows before (and without) JavaScript and upgrades in place when the script loads.',
        `<div class="cols">${staticHtml}<div></div></div>`,
        `import { renderToString } from '@cases/web';\nconst html = renderToString('card', data, {\n  attributes: { src: 'index.json', lang: '${locale}', 'case-id': '${first.id}' },\n  stylesheet: 'cases-web.css',\n});`,
      ),
      demo(
        'theming',
        'Theming',
        '--cases-* and ::part()',
        'Custom properties and parts style the inside of the shadow root without reaching into it; light and dark follow the system, or the <code>theme</code> attribute.',
        `<div class="cols">${widget('card', `class="themed" data-widget ${common}${attr('case-id', first.id)}`)}<div></div></div>`,
        `<style>\n  .themed { --cases-accent: #6d28d9; --cases-chip-bg: #f1e8ff; --cases-chip-fg: #5b21b6; --cases-radius: 6px; }\n  .themed[theme=dark] { --cases-accent: #c4b5fd; --cases-chip-bg: #2e1065; --cases-chip-fg: #ddd6fe; }\n  .themed::part(card) { border-top: 4px solid var(--cases-accent); }\n</style>\n<cases-card class="themed" theme="dark" src="index.json"${attr('case-id', first.id)}></cases-card>`,
      ),
    );
  }
  sections.push(
    `<section class="demo" id="events" aria-labelledby="events-h"><header><h2 id="events-h">Events <code>cases-select · cases-filter</code></h2><p>Both bubble out of the shadow root. Call <code>preventDefault()</code> on <code>cases-select</code> to handle navigation yourself.</p></header><ol class="log" id="log" aria-live="polite"></ol>${snippet(`document.addEventListener('cases-select', (e) => {\n  e.preventDefault();\n  router.go('/cases/' + e.detail.id);\n});\ndocument.addEventListener('cases-filter', (e) => analytics.track('filter', e.detail));`)}</section>`,
  );
  const nginx = `location /cases/ {\n  alias /srv/out/web/;\n  types { text/javascript js mjs; application/json json; text/css css; }\n  add_header Access-Control-Allow-Origin * always;\n  add_header Cross-Origin-Resource-Policy cross-origin always;\n  add_header X-Content-Type-Options nosniff always;\n  gzip on; gzip_types text/javascript application/json text/css image/svg+xml;\n  location ~ \\.[0-9a-f]{8,}\\.\\w+$ { add_header Access-Control-Allow-Origin * always; add_header Cache-Control "public, max-age=31536000, immutable"; }\n  location ~ \\.json$ { add_header Access-Control-Allow-Origin * always; add_header Cache-Control "no-cache"; }\n}`;
  sections.push(
    `<section class="demo" id="hosting" aria-labelledby="hosting-h"><header><h2 id="hosting-h">Hosting <code>cases serve</code></h2><p>Serve this folder to partner pages on other origins with <code>npx cases serve out/web</code>. Any other host needs: <code>Access-Control-Allow-Origin: *</code> and <code>Cross-Origin-Resource-Policy: cross-origin</code> on every file; <code>text/javascript</code> for <code>.js</code>; <code>application/json</code> and <code>Cache-Control: no-cache</code> for <code>.json</code>; a year (<code>immutable</code>) for hashed names under <code>assets/</code>; gzip or brotli. For nginx:</p></header>${snippet(nginx)}</section>`,
  );

  const quickStart = `<script type="module" src="https://your.cdn/cases-web.js"></script>\n<cases-list src="/index.json" lang="${locale}"></cases-list>\n\n<!-- classic script, under another tag prefix -->\n<script src="https://your.cdn/cases-web.iife.js" data-prefix="acme"></script>\n<acme-card src="/index.json" case-id="${first?.id ?? 'id'}"></acme-card>`;

  const index = `<!doctype html>
<html lang="en" data-theme="auto">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(DEMO_CSP)}">
<title>${options.brand?.name ? `${e(options.brand.name)} customer cases` : 'Customer cases'} · embed kit</title>
<link rel="icon" href="favicon.svg">
<link rel="stylesheet" href="demo.css">
${options.brand ? '<link rel="stylesheet" href="brand.css">' : ''}
<script type="module" src="cases-web.js${prefix === 'cases' ? '' : `?prefix=${prefix}`}"></script>
<script type="module" src="demo.js"></script>
</head>
<body>
<header class="top"><div class="wrap"><a class="brand" href="#top">${brandLogo} <span>embed kit</span></a>
<div class="controls"><div class="seg" id="theme" role="group" aria-label="Theme"><button type="button" data-value="auto" aria-pressed="true">Auto</button><button type="button" data-value="light" aria-pressed="false">Light</button><button type="button" data-value="dark" aria-pressed="false">Dark</button></div>
<div class="seg" id="lang" role="group" aria-label="Language"><button type="button" data-value="zh" aria-pressed="${locale === 'zh'}">中文</button><button type="button" data-value="en" aria-pressed="${locale !== 'zh'}">English</button></div></div></div></header>
<main class="wrap" id="top">
<section class="intro"><h1>Customer stories, on any page</h1>
<p>Five web components that render your case studies from one JSON file. One script tag, no dependencies, Shadow DOM isolation, light and dark, and a strict Content-Security-Policy: this page runs under one.</p>
<ul class="facts"><li>${checked.cases.length} cases</li><li>${checked.scenarios.length} scenarios</li><li>ES module + classic script</li><li>16 KB gzipped; cards alone 10 KB</li></ul>
${snippet(quickStart)}
<ul class="nav"><li><a href="#list">List</a></li><li><a href="#card">Card</a></li><li><a href="#detail-demo">Detail</a></li><li><a href="#quote">Quote</a></li><li><a href="#scenario">Scenario</a></li><li><a href="#static">Static HTML</a></li><li><a href="#theming">Theming</a></li><li><a href="#events">Events</a></li><li><a href="#hosting">Hosting</a></li>${options.hostile ? '<li><a href="hostile.html">Hostile content</a></li>' : ''}<li><a href="custom-elements.json">custom-elements.json</a></li></ul>
</section>
${sections.join('\n')}
</main>
<footer><div class="wrap">Data: <a href="cases.json">cases.json</a> (export schema v${checked.schemaVersion}) · Bundles: <a href="cases-web.js">cases-web.js</a>, <a href="cases-web.iife.js">cases-web.iife.js</a> · <a href="custom-elements.json">Custom Elements Manifest</a></div></footer>
</body>
</html>
`;

  // The list reads the hostile data as a paged index (first file, then its page files).
  const hostileTags = ['list', 'card', 'detail', 'quote', 'scenario']
    .map((n) =>
      widget(
        n,
        `src="${n === 'list' ? 'hostile/index.json' : 'hostile.json'}" case-href="javascript:window.__pwned='template'" scenario-href="javascript:window.__pwned='template'"`,
      ),
    )
    .join('\n');
  const hostile = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hostile content · cases embed kit</title>
<link rel="icon" href="favicon.svg">
<link rel="stylesheet" href="demo.css">
<script src="hostile.js" defer></script>
<script src="cases-web.iife.js" data-prefix="${prefix}" defer></script>
</head>
<body>
<main class="wrap"><section class="intro"><h1>Hostile content</h1>
<p>Every text field, label, id and URL of <a href="hostile.json">hostile.json</a> holds script tags, event-handler attributes, or <code>javascript:</code> and <code>data:</code> URLs. This page has no Content-Security-Policy, so only the widgets stand between the data and the page.</p>
<p id="verdict" role="status">Checking…</p></section>
<div class="stage">
${hostileTags}
</div></main>
</body>
</html>
`;
  // The pages' own icon: without one, every visit logs a 404 for /favicon.ico on the console.
  const accent = /^#[0-9a-fA-F]{6}$/.test(options.brand?.accent ?? '') ? options.brand!.accent : '#0a7d5a';
  return {
    'index.html': index,
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${accent}"/></svg>\n`,
    'demo.css': DEMO_CSS.trimStart(),
    'demo.js': DEMO_JS.trimStart(),
    ...(options.hostile
      ? {
          'hostile.html': hostile,
          'hostile.js': HOSTILE_JS.trimStart(),
          'hostile.json': JSON.stringify(createHostileExport(), null, 2),
          ...indexFiles(toExportIndex(createHostileExport()), 'hostile/'),
        }
      : {}),
    'cases.json': JSON.stringify(checked, null, 2),
    ...indexFiles(split),
    ...(options.brand ? { 'brand.css': brandCss(options.brand.accent) } : {}),
  };
}
