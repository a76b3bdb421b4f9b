// ../../tmp/pdfdev/dev.ts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";

// packages/core/src/labels.ts
var LABELS = {
  zh: {
    industry: "\u884C\u4E1A",
    location: "\u5730\u70B9",
    cloudType: "\u4E91\u7C7B\u578B",
    challenges: "\u6311\u6218",
    features: "\u91C7\u7528\u529F\u80FD",
    author: "\u4F5C\u8005",
    highlights: "\u4EAE\u70B9",
    quote: "\u5BA2\u6237\u8BC4\u4EF7",
    scenarios: "\u5E94\u7528\u573A\u666F",
    scenario: "\u573A\u666F",
    cases: "\u6848\u4F8B",
    case: "\u6848\u4F8B",
    company: "\u516C\u53F8",
    readMore: "\u9605\u8BFB\u5168\u6587",
    search: "\u641C\u7D22",
    page: "\u9875",
    contents: "\u76EE\u5F55",
    published: "\u53D1\u5E03\u65E5\u671F",
    locale: "\u8BED\u8A00",
    provenBy: "\u76F8\u5173\u6848\u4F8B",
    noResults: "\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u6848\u4F8B"
  },
  en: {
    industry: "Industry",
    location: "Location",
    cloudType: "Cloud type",
    challenges: "Challenges",
    features: "Adopted features",
    author: "Author",
    highlights: "Highlights",
    quote: "Testimonial",
    scenarios: "Scenarios",
    scenario: "Scenario",
    cases: "Cases",
    case: "Case",
    company: "Company",
    readMore: "Read more",
    search: "Search",
    page: "Page",
    contents: "Contents",
    published: "Published",
    locale: "Language",
    provenBy: "Proven by",
    noResults: "No cases match"
  }
};
function labelsFor(locale) {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === "zh" ? LABELS.zh : LABELS.en;
}
function termLabel(taxonomy, kind, id, locale) {
  const term = taxonomy[kind].find((t) => t.id === id);
  if (!term) return id;
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? "en";
  return term.labels[locale] ?? term.labels[base] ?? term.labels.en ?? term.labels.zh ?? id;
}

// packages/pdf/src/html/escape-html.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function cssString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\n\r]/g, " ")}"`;
}

// packages/pdf/src/html/inline-to-html.ts
var SAFE_URL = /^(https?:|mailto:)/i;
function inlineToHtml(nodes) {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out += escapeHtml(node.value);
        break;
      case "code":
        out += `<code>${escapeHtml(node.value)}</code>`;
        break;
      case "break":
        out += "<br>";
        break;
      case "strong":
        out += `<strong>${inlineToHtml(node.children)}</strong>`;
        break;
      case "emphasis":
        out += `<em>${inlineToHtml(node.children)}</em>`;
        break;
      case "link": {
        const body = inlineToHtml(node.children);
        out += SAFE_URL.test(node.url) ? `<a href="${escapeHtml(node.url)}">${body}</a>` : body;
        break;
      }
    }
  }
  return out;
}

// packages/pdf/src/html/blocks-to-html.ts
function blocksToHtml(blocks, options) {
  return blocks.map((b) => blockToHtml(b, options)).join("\n");
}
function blockToHtml(block, options) {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineToHtml(block.inline)}</p>`;
    case "heading": {
      const level = Math.min(6, Math.max(3, block.level));
      return `<h${level}>${inlineToHtml(block.inline)}</h${level}>`;
    }
    case "image": {
      const url = options.imageUrl(block.src);
      if (!url) return "";
      const caption = block.alt.trim() ? `<figcaption>${escapeHtml(block.alt)}</figcaption>` : "";
      return `<figure class="figure"><img src="${escapeHtml(url)}" alt="${escapeHtml(block.alt)}">${caption}</figure>`;
    }
    case "code":
      return `<pre class="code"${block.lang ? ` data-lang="${escapeHtml(block.lang)}"` : ""}><code>${escapeHtml(block.value.replace(/\s+$/, ""))}</code></pre>`;
    case "table":
      return tableToHtml(block);
    case "highlights":
      if (options.omitHighlights || block.items.length === 0) return "";
      return `<ul class="highlights">${block.items.map((i) => `<li>${inlineToHtml(i.inline)}</li>`).join("")}</ul>`;
    case "list":
      return listToHtml(block, options);
    case "quote":
      return quoteToHtml(block, options);
  }
}
function listToHtml(list, options) {
  const tag = list.ordered ? "ol" : "ul";
  const start = list.ordered && list.start !== null && list.start !== 1 ? ` start="${list.start}"` : "";
  const items = list.items.map((item) => {
    const nested = item.blocks.length ? blocksToHtml(item.blocks, options) : "";
    return `<li>${inlineToHtml(item.inline)}${nested}</li>`;
  }).join("");
  return `<${tag}${start}>${items}</${tag}>`;
}
function quoteToHtml(quote, options) {
  if (quote.author !== null) {
    return `<figure class="pull-quote"><blockquote>${inlineToHtml(quote.inline)}</blockquote><figcaption>${escapeHtml(quote.author)}</figcaption></figure>`;
  }
  const body = quote.blocks.length ? blocksToHtml(quote.blocks, options) : `<p>${inlineToHtml(quote.inline)}</p>`;
  return `<blockquote class="blockquote">${body}</blockquote>`;
}
function tableToHtml(table) {
  const align = (i) => {
    const a = table.align[i];
    return a ? ` style="text-align:${a}"` : "";
  };
  const head = table.header.map((c, i) => `<th${align(i)}>${inlineToHtml(c.inline)}</th>`).join("");
  const rows = table.rows.map((r2) => `<tr>${r2.map((c, i) => `<td${align(i)}>${inlineToHtml(c.inline)}</td>`).join("")}</tr>`).join("");
  return `<table class="table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

// packages/pdf/src/html/monogram.ts
var PALETTE = ["#1f4e8c", "#0f766e", "#7c3aed", "#b45309", "#be123c", "#0e7490", "#4d7c0f", "#1f2a44"];
var CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
var NOISE = /^(inc|ltd|llc|co|corp|corporation|company|the|group|gmbh|sa|ag)\.?$/i;
function monogramText(name) {
  const trimmed = name.trim();
  if (CJK.test(trimmed.charAt(0))) return [...trimmed.replace(/[^\u3400-\u9fff\uf900-\ufaff]/gu, "")].slice(0, 2).join("");
  const words = trimmed.split(/[\s\-_/&,.]+/).filter((w) => w && !NOISE.test(w));
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? "");
  const text = letters.join("").toUpperCase();
  return text || [...trimmed][0]?.toUpperCase() || "?";
}
function monogramColor(name) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return PALETTE[(h >>> 0) % PALETTE.length] ?? "#1f2a44";
}
function monogramHtml(name) {
  const text = monogramText(name);
  const cjk = CJK.test(text) ? " cjk" : "";
  return `<div class="monogram${cjk}" style="background:${monogramColor(name)}" aria-hidden="true">${escapeHtml(text)}</div>`;
}

// packages/pdf/src/html/case-sheet-html.ts
function caseSheetHtml(c, ctx) {
  const labels = labelsFor(c.locale);
  const opts = { imageUrl: ctx.imageUrl, omitHighlights: c.highlights.length > 0 };
  const logoUrl = c.company.logo ? ctx.imageUrl(c.company.logo) : null;
  const badge = logoUrl ? `<img class="logo" src="${escapeHtml(logoUrl)}" alt="${escapeHtml(c.company.name)}">` : monogramHtml(c.company.name);
  const isArticle = c.source.format === "case-article";
  const heading = isArticle ? c.title : c.company.name;
  const summary = isArticle ? c.description ?? c.company.summary : c.company.summary;
  const eyebrow = [labels.case === "\u6848\u4F8B" ? "\u5BA2\u6237\u6848\u4F8B" : "Customer case study", isArticle ? c.company.name : null].filter(Boolean).join(" \xB7 ");
  const sections = c.sections.map((s) => {
    const body = blocksToHtml(s.blocks, opts);
    const title = s.title ? `<h2>${escapeHtml(s.title)}</h2>` : "";
    return title || body.trim() ? `<section class="section">${title}${body}</section>` : "";
  }).filter(Boolean).join("\n");
  return `<article class="sheet" id="case-${escapeHtml(c.id)}" lang="${escapeHtml(c.locale)}">
<header class="masthead">${badge}<div class="masthead-text"><p class="eyebrow">${escapeHtml(eyebrow)}</p><h1 class="company">${escapeHtml(heading)}</h1>${summary ? `<p class="summary">${escapeHtml(summary)}</p>` : ""}</div></header>
<aside class="aside">${factsHtml(c, labels, ctx.taxonomy)}${highlightsHtml(c, labels)}</aside>
<div class="main">
${sections}
</div>
<div class="end-clear"></div>
</article>`;
}
function factsHtml(c, labels, taxonomy) {
  const rows = [];
  const text = (label, value) => {
    if (value && value.trim()) rows.push(`<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
  };
  const chips = (label, values) => {
    const v = values.filter((x) => x.trim());
    if (v.length) rows.push(`<dt>${escapeHtml(label)}</dt><dd class="chips">${v.map((x) => `<span class="chip">${escapeHtml(x)}</span>`).join("")}</dd>`);
  };
  const list = (label, values) => {
    const v = values.filter((x) => x.trim());
    if (v.length) rows.push(`<dt>${escapeHtml(label)}</dt><dd>${v.map(escapeHtml).join("<br>")}</dd>`);
  };
  text(labels.industry, c.facts.industry);
  text(labels.location, c.facts.location);
  chips(labels.cloudType, c.facts.cloudType);
  list(labels.challenges, c.facts.challenges);
  chips(labels.features, c.facts.features);
  if (taxonomy && c.scenarios.length) {
    chips(labels.scenarios, c.scenarios.map((id) => termLabel(taxonomy, "scenarios", id, c.locale)));
  }
  text(labels.author, c.facts.author);
  for (const [k, v] of Object.entries(c.facts.extra)) text(k, v);
  text(labels.published, c.publishedAt);
  return rows.length ? `<div class="facts"><dl>${rows.join("")}</dl></div>` : "";
}
function highlightsHtml(c, labels) {
  if (!c.highlights.length) return "";
  const items = c.highlights.map((h) => `<li>${inlineToHtml(h.inline)}</li>`).join("");
  return `<div class="callout"><p class="callout-title">${escapeHtml(labels.highlights)}</p><ul class="highlights">${items}</ul></div>`;
}

// packages/pdf/src/fonts.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var FONT_PATH = "/_fonts/";
var FONT_FILES = [
  "noto-sans-sc-400.woff2",
  "noto-sans-sc-700.woff2",
  "inter-400.woff2",
  "inter-400-italic.woff2",
  "inter-600.woff2",
  "inter-700.woff2",
  "jetbrains-mono-400.woff2"
];
var LATIN_RANGE_ZH = "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-2013, U+2016-2017, U+201E-2025, U+2027-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215";
function fontFaceCss(locale) {
  const zh = locale.toLowerCase().startsWith("zh");
  const range = zh ? `unicode-range: ${LATIN_RANGE_ZH};` : "";
  const face = (family, file, weight, style = "normal", extra = "") => `@font-face{font-family:"${family}";src:url("${FONT_PATH}${file}") format("woff2");font-weight:${weight};font-style:${style};font-display:block;${extra}}`;
  return [
    face("Cases Sans", "inter-400.woff2", 400, "normal", range),
    face("Cases Sans", "inter-400-italic.woff2", 400, "italic", range),
    face("Cases Sans", "inter-600.woff2", 600, "normal", range),
    face("Cases Sans", "inter-700.woff2", 700, "normal", range),
    face("Cases CJK", "noto-sans-sc-400.woff2", 400),
    face("Cases CJK", "noto-sans-sc-700.woff2", 700),
    face("Cases Mono", "jetbrains-mono-400.woff2", 400)
  ].join("\n");
}
var fontDir;
function fontsDir() {
  fontDir ??= join(dirname(fileURLToPath(import.meta.url)), "..", "fonts");
  return fontDir;
}
var cache = /* @__PURE__ */ new Map();
function readFont(name) {
  if (!FONT_FILES.includes(name)) return void 0;
  let buf = cache.get(name);
  if (!buf) {
    buf = readFileSync(join(fontsDir(), name));
    cache.set(name, buf);
  }
  return buf;
}

// packages/pdf/src/styles.ts
function baseCss(paper) {
  const size = paper === "letter" ? "8.5in 11in" : "210mm 297mm";
  return `
@page { size: ${size}; margin: 18mm 17mm 20mm 17mm; }
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } @top-right { content: none; } }
@page toc { @top-right { content: none; } }
:root {
  --ink: #1c2434; --muted: #5b6475; --faint: #8b93a3; --rule: #dfe3ea;
  --accent: #00a971; --accent-ink: #007a53; --accent-tint: #eaf7f1;
  --panel: #f4f6f9; --navy: #1f2a44;
}
* { box-sizing: border-box; }
html { font-family: "Cases Sans", "Cases CJK", sans-serif; font-size: 9.6pt; line-height: 1.72; color: var(--ink);
  font-synthesis: none; -webkit-print-color-adjust: exact; print-color-adjust: exact;
  text-autospace: normal; hanging-punctuation: none; }
html:lang(zh) { line-break: strict; word-break: normal; overflow-wrap: anywhere; }
body { margin: 0; }
p { margin: 0 0 0.62em; text-align: justify; orphans: 2; widows: 2; }
a { color: var(--accent-ink); text-decoration: none; }
strong { font-weight: 700; color: #111827; }
code { font-family: "Cases Mono", "Cases CJK", monospace; font-size: 0.88em; background: var(--panel); border-radius: 3px; padding: 0.05em 0.3em; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; color: var(--navy); line-height: 1.35; }
h2 { font-size: 13pt; font-weight: 700; margin: 1.25em 0 0.5em; padding-left: 9px; border-left: 3.5px solid var(--accent); }
h3 { font-size: 10.8pt; font-weight: 700; margin: 1em 0 0.35em; }
h4, h5, h6 { font-size: 9.8pt; font-weight: 700; margin: 0.9em 0 0.3em; color: var(--ink); }
ul, ol { margin: 0 0 0.7em; padding-left: 1.4em; }
li { margin: 0.15em 0; }
li::marker { color: var(--accent); }
.figure { margin: 0.6em 0 1em; break-inside: avoid; text-align: center; }
.figure img { max-width: 100%; max-height: 95mm; object-fit: contain; border: 1px solid var(--rule); border-radius: 4px; }
.figure figcaption { font-size: 8pt; color: var(--faint); margin-top: 0.3em; }
.code { font-family: "Cases Mono", "Cases CJK", monospace; font-size: 8pt; line-height: 1.5; background: var(--panel);
  border: 1px solid var(--rule); border-radius: 4px; padding: 0.7em 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; margin: 0 0 0.9em; }
.code code { background: none; padding: 0; font-size: inherit; }
.table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1em; font-size: 8.8pt; break-inside: avoid; }
.table th { text-align: left; background: var(--panel); color: var(--navy); font-weight: 700; }
.table th, .table td { border-bottom: 1px solid var(--rule); padding: 0.35em 0.6em; vertical-align: top; }
.table tr { break-inside: avoid; }
.blockquote { margin: 0.6em 0 1em; padding: 0.2em 0 0.2em 1em; border-left: 3px solid var(--rule); color: var(--muted); }
.pull-quote { margin: 1.2em 0 1.3em; padding: 1em 1.3em 0.9em 3.2em; background: var(--navy); color: #fff; border-radius: 6px; position: relative; break-inside: avoid; }
.pull-quote::before { content: "\\201C"; font-family: "Cases Sans"; font-weight: 700; position: absolute; left: 0.35em; top: 0.05em; font-size: 34pt; line-height: 1; color: var(--accent); }
.pull-quote blockquote { margin: 0; font-size: 11.5pt; line-height: 1.65; font-weight: 400; }
.pull-quote figcaption { margin-top: 0.5em; font-size: 8.6pt; color: #b9c2d3; text-align: right; }
.pull-quote figcaption::before { content: "\\2014\\2002"; }
.highlights { list-style: none; padding: 0; margin: 0.4em 0 1em; }
.highlights li { position: relative; padding-left: 1.5em; margin: 0.35em 0; font-weight: 700; color: var(--navy); }
.highlights li::before { content: ""; position: absolute; left: 0.1em; top: 0.42em; width: 0.8em; height: 0.8em; border-radius: 50%; background: var(--accent); }
.highlights li::after { content: ""; position: absolute; left: 0.36em; top: 0.58em; width: 0.2em; height: 0.36em; border: solid #fff; border-width: 0 0.12em 0.12em 0; transform: rotate(45deg); }

/* case sheet */
.sheet + .sheet { break-before: page; }
.masthead { display: flex; align-items: center; gap: 14px; padding-bottom: 12px; border-bottom: 1px solid var(--rule); margin-bottom: 14px; }
.monogram { flex: none; width: 52px; height: 52px; border-radius: 10px; display: flex; align-items: center; justify-content: center;
  color: #fff; font-weight: 700; font-size: 17pt; letter-spacing: 0.02em; line-height: 1; }
.monogram.cjk { font-size: 15pt; letter-spacing: 0; }
.logo { flex: none; width: 52px; height: 52px; object-fit: contain; }
.masthead-text { flex: 1; min-width: 0; }
.eyebrow { font-size: 7.6pt; font-weight: 700; letter-spacing: 0.14em; text-transform: uppercase; color: var(--accent-ink); margin: 0 0 1px; }
.company { font-size: 20pt; line-height: 1.25; margin: 0; font-weight: 700; color: var(--navy); break-after: auto; }
.summary { margin: 5px 0 0; color: var(--muted); font-size: 9.8pt; line-height: 1.6; text-align: left; }
.aside { float: right; width: 58mm; margin: 0 0 10px 16px; }
.facts { background: var(--panel); border-radius: 6px; padding: 10px 12px 4px; }
.facts dl { margin: 0; }
.facts dt { font-size: 7.4pt; font-weight: 700; letter-spacing: 0.1em; text-transform: uppercase; color: var(--faint); margin: 0; }
.facts dd { margin: 1px 0 8px; font-size: 9pt; line-height: 1.5; color: var(--ink); }
.chips { display: flex; flex-wrap: wrap; gap: 3px 4px; }
.chip { display: inline-block; font-size: 8pt; line-height: 1.45; padding: 1px 7px; border-radius: 9px; background: #fff; border: 1px solid var(--rule); color: var(--ink); }
.callout { margin-top: 10px; border-radius: 6px; background: var(--accent-tint); padding: 10px 12px 6px; break-inside: avoid; }
.callout-title { font-size: 7.4pt; font-weight: 700; letter-spacing: 0.1em; text-transform: uppercase; color: var(--accent-ink); margin: 0 0 2px; }
.callout .highlights { margin: 0.2em 0 0.4em; font-size: 9.2pt; }
.main > h2:first-child, .main > section:first-child > h2:first-child { margin-top: 0.1em; }
.section { break-before: auto; }
.article-lead { color: var(--muted); }
.end-clear { clear: both; }
`;
}

// packages/pdf/src/html/document-html.ts
function documentHtml(p) {
  const right = p.footerRight ? `${cssString(p.footerRight + "   ")} ` : "";
  const margin = `font-family: "Cases Sans", "Cases CJK", sans-serif; font-size: 7.4pt; color: #8b93a3;`;
  const pageCss = `@page {
  @bottom-left { content: ${cssString(p.footerLeft)}; ${margin} vertical-align: top; padding-top: 6mm; }
  @bottom-right { content: ${right}counter(page) " / " counter(pages); ${margin} vertical-align: top; padding-top: 6mm; }
}`;
  const meta = [
    p.meta.author ? `<meta name="author" content="${escapeHtml(p.meta.author)}">` : "",
    p.meta.subject ? `<meta name="description" content="${escapeHtml(p.meta.subject)}">` : "",
    p.meta.keywords?.length ? `<meta name="keywords" content="${escapeHtml(p.meta.keywords.join(", "))}">` : ""
  ].filter(Boolean).join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(p.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self'">
<title>${escapeHtml(p.title)}</title>
${meta}
<style>
${fontFaceCss(p.lang)}
${baseCss(p.paper)}
${pageCss}
${p.extraCss ?? ""}
</style>
</head>
<body>
${p.body}
</body>
</html>
`;
}

// packages/pdf/src/case-to-html.ts
function caseDocumentTitle(c) {
  return c.locale.toLowerCase().startsWith("zh") ? `${c.company.name} \xB7 \u5BA2\u6237\u6848\u4F8B` : `${c.company.name} \u2014 Customer case study`;
}
function caseToHtml(c, options = {}) {
  const labels = labelsFor(c.locale);
  const zh = labels === labelsFor("zh");
  return documentHtml({
    lang: c.locale.toLowerCase() === "zh" ? "zh-CN" : c.locale,
    title: caseDocumentTitle(c),
    paper: options.paper ?? "a4",
    footerLeft: `${c.company.name}  \xB7  ${zh ? "\u5BA2\u6237\u6848\u4F8B" : "Customer case study"}`,
    footerRight: [c.id, c.publishedAt].filter(Boolean).join("  \xB7  "),
    meta: {
      author: c.facts.author ?? c.company.name,
      subject: c.company.summary || c.description || c.title,
      keywords: [.../* @__PURE__ */ new Set([...c.keywords, ...c.tags, ...c.facts.features])]
    },
    body: caseSheetHtml(c, { imageUrl: options.imageUrl ?? ((src) => src), taxonomy: options.taxonomy })
  });
}

// packages/pdf/src/create-pdf-renderer.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// packages/pdf/src/find-chromium.ts
import { accessSync, constants } from "node:fs";

// packages/core/src/cases-error.ts
var CasesError = class extends Error {
  /** Machine-readable reason, e.g. `content-not-found`. */
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "CasesError";
    this.code = code;
  }
};

// packages/pdf/src/find-chromium.ts
var SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"
];
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
async function findChromium(explicit, env = process.env) {
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new CasesError("chromium-not-found", `--chromium ${explicit}: no executable browser at that path.`);
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new CasesError("chromium-not-found", `PUPPETEER_EXECUTABLE_PATH=${fromEnv}: no executable browser at that path.`);
  }
  for (const p of SYSTEM_BROWSERS) if (isExecutable(p)) return p;
  try {
    const name = "puppeteer";
    const mod = await import(name);
    const path = (mod.executablePath ?? mod.default?.executablePath)?.();
    if (path && isExecutable(path)) return path;
  } catch {
  }
  throw new CasesError(
    "chromium-not-found",
    "No Chromium or Chrome found. Install one (Debian/Ubuntu: `apt-get install chromium`; macOS: install Google Chrome), or point PUPPETEER_EXECUTABLE_PATH (or --chromium) at a Chrome/Chromium executable."
  );
}

// packages/pdf/src/create-pdf-renderer.ts
var PAGE_ORIGIN = "https://cases.invalid";
var ASSET_PATH = "/_assets/";
var CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
  "--mute-audio",
  "--font-render-hinting=none"
];
async function createPdfRenderer(options = {}) {
  const executablePath = await findChromium(options.executablePath);
  const { launch } = await import("puppeteer-core");
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const timeout = options.timeout ?? 6e4;
  const profile = await mkdtemp(join2(tmpdir(), "cases-pdf-"));
  let browser;
  let launching;
  let relaunches = 0;
  let closed = false;
  const idle = [];
  const waiters = [];
  let slots = 0;
  const start = async () => {
    const b = await launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      userDataDir: profile,
      pipe: true,
      protocolTimeout: timeout + 1e4
    });
    b.on("disconnected", () => {
      if (browser === b) browser = void 0;
    });
    return b;
  };
  const getBrowser = async () => {
    if (browser?.connected) return browser;
    if (!launching) {
      const isRelaunch = browser !== void 0 || slots > 0;
      launching = start().finally(() => launching = void 0);
      browser = await launching;
      idle.length = 0;
      slots = 0;
      if (isRelaunch) relaunches++;
      return browser;
    }
    return launching;
  };
  browser = await start();
  const newSlot = async () => {
    const b = await getBrowser();
    const page = await b.newPage();
    const slot = { page, job: void 0 };
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (req) => void serve(req, slot).catch(() => void 0));
    slots++;
    return slot;
  };
  const acquire = async () => {
    const free = idle.pop();
    if (free && !free.page.isClosed() && free.page.browser().connected) return free;
    if (slots < concurrency) return newSlot();
    return new Promise((resolve) => waiters.push(resolve));
  };
  const release = (slot, broken) => {
    slot.job = void 0;
    if (broken) {
      slots = Math.max(0, slots - 1);
      void slot.page.close().catch(() => void 0);
      const next2 = waiters.shift();
      if (next2) void newSlot().then(next2, () => waiters.unshift(next2));
      return;
    }
    const next = waiters.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const renderOnce = async (job) => {
    const slot = await acquire();
    slot.job = job;
    let broken = false;
    try {
      await slot.page.goto(`${PAGE_ORIGIN}/document.html`, { waitUntil: "load", timeout });
      const pdf = {
        preferCSSPageSize: true,
        printBackground: true,
        outline: options.outline ?? true,
        tagged: true,
        timeout,
        waitForFonts: false
      };
      return Buffer.from(await slot.page.pdf(pdf));
    } catch (err) {
      broken = true;
      throw err;
    } finally {
      release(slot, broken);
    }
  };
  return {
    get relaunches() {
      return relaunches;
    },
    browserPid: () => browser?.process()?.pid,
    async render(job) {
      if (closed) throw new Error("The PDF renderer is closed.");
      try {
        return await renderOnce(job);
      } catch (err) {
        if (browser?.connected) throw err;
        await getBrowser();
        return renderOnce(job);
      }
    },
    async close() {
      closed = true;
      const b = browser;
      browser = void 0;
      await b?.close().catch(() => void 0);
      await rm(profile, { recursive: true, force: true }).catch(() => void 0);
    }
  };
}
async function serve(req, slot) {
  const job = slot.job;
  let url;
  try {
    url = new URL(req.url());
  } catch {
    return req.abort("blockedbyclient");
  }
  if (!job || url.origin !== PAGE_ORIGIN) return req.abort("blockedbyclient");
  if (url.pathname === "/document.html") {
    return req.respond({ status: 200, contentType: "text/html; charset=utf-8", body: job.html });
  }
  if (url.pathname.startsWith(FONT_PATH)) {
    const font = readFont(url.pathname.slice(FONT_PATH.length));
    if (font) return req.respond({ status: 200, contentType: "font/woff2", body: font });
  }
  if (url.pathname.startsWith(ASSET_PATH)) {
    const asset = job.assets?.get(decodeURIComponent(url.pathname.slice(ASSET_PATH.length)));
    if (asset) return req.respond({ status: 200, contentType: asset.contentType, body: asset.body });
  }
  return req.abort("blockedbyclient");
}

// ../../tmp/pdfdev/dev.ts
var cases = JSON.parse(readFileSync2("/tmp/pdfdev/cases.json", "utf8"));
var r = await createPdfRenderer({ concurrency: 2 });
var t0 = Date.now();
await Promise.all(cases.map(async (c) => {
  const html = caseToHtml(c, { imageUrl: () => null });
  writeFileSync(`/tmp/pdfdev/${c.id}.html`, html);
  const pdf = await r.render({ html });
  writeFileSync(`/tmp/pdfdev/${c.id}.pdf`, pdf);
}));
console.log("ms", Date.now() - t0);
await r.close();
