import { labelsFor } from '@cases/core/browser';
import type { Case, Scenario, ScenarioSection, Taxonomy } from '@cases/core/browser';

import { blocksToHtml, type BlockRenderOptions } from './html/blocks-to-html.js';
import { caseSheetHtml } from './html/case-sheet-html.js';
import { brandMarkHtml, NO_BRAND, type PdfBrand } from './html/brand-html.js';
import { documentHtml } from './html/document-html.js';
import { escapeHtml } from './html/escape-html.js';
import { monogramHtml } from './html/monogram.js';
import { imageOwner } from './image-owner.js';
import type { Paper } from './styles.js';

/** What a brochure is made of: core's collection has this shape. */
export interface BrochureInput {
  cases: readonly Case[];
  scenarios: readonly Scenario[];
  taxonomy?: Taxonomy;
}

/** Options of {@link brochureToHtml}. */
export interface BrochureHtmlOptions {
  /** Paper size. @default 'a4' */
  paper?: Paper;
  /** Language of the cover, contents and labels. @default the first case's locale, else 'zh' */
  locale?: string;
  /** Cover title. @default '客户案例集' (zh) or 'Customer Case Studies' */
  title?: string;
  /** Publisher printed on the cover and written as the PDF author. @default the brand's name, else none */
  publisher?: string;
  /** The brand (settings.yaml) with `logo` as the URL the page loads: cover, colours, legal line. @default no brand */
  brand?: PdfBrand;
  /**
   * Maps an image `src` to the page URL, or `null` to leave it out. `owner` is the case's
   * `<locale>/<id>`, or `scenario:<locale>/<id>` for a scenario's images (what `LoadedImages.urlFor` takes). @default unchanged
   */
  imageUrl?: (src: string, owner: string) => string | null;
  /**
   * Page numbers of the contents entries, in contents order (cases, the scenarios chapter, then
   * each scenario). The renderer fills these from a first pass; without them the contents shows
   * blank numbers of the same width.
   */
  pageNumbers?: readonly number[];
  /** Date printed on the cover (YYYY-MM-DD). @default the newest `publishedAt`, else none */
  date?: string;
}

/** Text for the brochure in a locale. */
function words(locale: string) {
  const zh = locale.toLowerCase().startsWith('zh');
  return {
    title: zh ? '客户案例集' : 'Customer Case Studies',
    eyebrow: zh ? '客户案例' : 'Customer stories',
    count: (c: number, s: number) => (zh ? `${c} 个客户案例 · ${s} 个应用场景` : `${c} customer cases · ${s} scenarios`),
    lang: zh ? 'zh-CN' : locale,
  };
}

/** The brochure's locale: the option, else its first case's, else zh. */
function brochureLocale(options: Pick<BrochureHtmlOptions, 'locale'>, input: BrochureInput): string {
  return options.locale ?? input.cases[0]?.locale ?? 'zh';
}

/** Room on the cover for this many companies (4 rows of 2); more would run into the title. */
const COVER_COMPANIES = 8;

/** The companies on the cover: each once, at most {@link COVER_COMPANIES}, then "+N". */
function coverCompanies(cases: readonly Case[]): string {
  const names = [...new Set(cases.map((c) => c.company.name))];
  const shown = names.length > COVER_COMPANIES ? names.slice(0, COVER_COMPANIES - 1) : names;
  const rest = names.length - shown.length;
  return (
    shown.map((name) => `<div class="cover-company">${monogramHtml(name)}<span>${escapeHtml(name)}</span></div>`).join('') +
    (rest ? `<div class="cover-company cover-more">+${rest}</div>` : '')
  );
}

/** The brochure's title for a locale, as used on the cover and in the PDF metadata. */
export function brochureTitle(options: Pick<BrochureHtmlOptions, 'title' | 'locale'>, input: BrochureInput): string {
  return options.title ?? words(brochureLocale(options, input)).title;
}

/**
 * Render the brochure: cover, contents, one chapter per case and the scenarios with the cases
 * that prove each (pure: no I/O). Headings become the PDF's bookmarks.
 */
export function brochureToHtml(input: BrochureInput, options: BrochureHtmlOptions = {}): string {
  const locale = brochureLocale(options, input);
  const w = words(locale);
  const labels = labelsFor(locale);
  const title = brochureTitle(options, input);
  const brand = options.brand ?? NO_BRAND;
  const publisher = options.publisher ?? brand.name ?? '';
  const imageUrl = options.imageUrl ?? ((src: string) => src);
  const date =
    options.date ??
    input.cases
      .map((c) => c.publishedAt ?? '')
      .sort()
      .at(-1) ??
    '';
  const foot = [publisher, brand.website, brand.contact.email, brand.contact.phone, date]
    .filter(Boolean)
    .map((x) => escapeHtml(x!))
    .join(' · ');
  // Every scenario with something to read: the cover counts what the CLI and widgets count.
  const scenarios = input.scenarios.filter((s) => s.cases.length > 0 || s.sections.length > 0 || s.blocks.length > 0);
  const numbers = options.pageNumbers ?? [];
  let n = 0;
  const num = () => {
    const v = numbers[n++];
    return `<span class="toc-page">${v ? String(v) : ''}</span>`;
  };

  const cover = `<section class="cover">
<div class="cover-band"></div>
${brandMarkHtml({ ...brand, name: null })}
<div class="cover-body">
<p class="cover-eyebrow">${[publisher, w.eyebrow].filter(Boolean).map(escapeHtml).join(' · ')}</p>
<div class="cover-title">${escapeHtml(title)}</div>
<p class="cover-sub">${escapeHtml(w.count(input.cases.length, scenarios.length))}</p>
</div>
<div class="cover-grid">${coverCompanies(input.cases)}</div>
<p class="cover-foot">${foot}${brand.legal ? `<br>${escapeHtml(brand.legal)}` : ''}</p>
</section>`;

  const tocCases = input.cases
    .map(
      (c) =>
        `<li class="toc-case"><a href="#case-${escapeHtml(c.id)}"><span class="toc-name">${escapeHtml(c.company.name)}</span><span class="toc-summary">${escapeHtml(c.company.summary)}</span></a>${num()}</li>`,
    )
    .join('');
  const scenarioEntry = scenarios.length
    ? `<li class="toc-part"><a href="#scenarios"><span class="toc-name">${escapeHtml(labels.scenarios)}</span></a>${num()}</li>`
    : '';
  const tocScenarios = scenarios
    .map((s) => `<li class="toc-sub"><a href="#scenario-${escapeHtml(s.id)}"><span class="toc-name">${escapeHtml(s.title)}</span></a>${num()}</li>`)
    .join('');
  const toc = `<section class="toc"><h1 class="toc-title">${escapeHtml(labels.contents)}</h1>
<p class="toc-part-label">${escapeHtml(labels.cases)}</p>
<ol class="toc-list">${tocCases}</ol>
${scenarios.length ? `<ol class="toc-list">${scenarioEntry}${tocScenarios}</ol>` : ''}
</section>`;

  const chapters = input.cases
    .map((c) => `<div class="chapter">${caseSheetHtml(c, { imageUrl: (src) => imageUrl(src, imageOwner(c)), taxonomy: input.taxonomy })}</div>`)
    .join('\n');

  const byId = new Map(input.cases.map((c) => [c.id, c]));
  const aspect = (s: ScenarioSection, depth: number, blockOpts: BlockRenderOptions): string => {
    const h = Math.min(6, 3 + depth);
    return `<h${h}>${escapeHtml(s.title)}</h${h}>${blocksToHtml(s.blocks, blockOpts)}${s.sections.map((x) => aspect(x, depth + 1, blockOpts)).join('')}`;
  };
  const scenarioHtml = scenarios
    .map((s) => {
      const blockOpts: BlockRenderOptions = { imageUrl: (src) => imageUrl(src, imageOwner(s)), omitHighlights: false };
      const proven = s.cases
        .map((id) => byId.get(id))
        .filter((c): c is Case => c !== undefined)
        .map(
          (c) =>
            `<li><a href="#case-${escapeHtml(c.id)}">${monogramHtml(c.company.name)}<span><strong>${escapeHtml(c.company.name)}</strong><br>${escapeHtml(c.company.summary)}</span></a></li>`,
        )
        .join('');
      const lead = s.blocks.length ? blocksToHtml(s.blocks, blockOpts) : `<p>${escapeHtml(s.summary)}</p>`;
      return `<section class="scenario" id="scenario-${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>
<div class="scenario-lead">${lead}</div>
${proven ? `<div class="proven"><p class="callout-title">${escapeHtml(labels.provenBy)}</p><ul>${proven}</ul></div>` : ''}
${s.sections.map((x) => aspect(x, 0, blockOpts)).join('')}
</section>`;
    })
    .join('\n');
  const scenarioChapter = scenarios.length
    ? `<section class="chapter scenarios" id="scenarios"><header class="part-head">${publisher ? `<p class="eyebrow">${escapeHtml(publisher)}</p>` : ''}<h1 class="company">${escapeHtml(labels.scenarios)}</h1></header>${scenarioHtml}</section>`
    : '';

  const keywords = [...new Set(input.cases.flatMap((c) => [c.company.name, ...c.facts.features]))];
  return documentHtml({
    lang: w.lang,
    title,
    paper: options.paper ?? 'a4',
    footerLeft: [publisher, title].filter(Boolean).join('  ·  '),
    footerRight: '',
    brand,
    meta: { author: publisher || undefined, subject: w.count(input.cases.length, scenarios.length), keywords },
    body: `${cover}\n${toc}\n${chapters}\n${scenarioChapter}`,
    extraCss: brochureCss(options.paper ?? 'a4'),
  });
}

/** Cover, contents and chapter styles of the brochure. */
function brochureCss(paper: Paper): string {
  const h = paper === 'letter' ? '11in' : '297mm';
  return `
.cover { page: cover; height: ${h}; position: relative; background: var(--navy); color: #fff; overflow: hidden; break-after: page; }
.cover .brand-mark { left: 26mm; right: auto; top: 30mm; }
.cover .brand-mark img { height: 14mm; max-width: 70mm; border-radius: 6px; padding: 2mm 3mm; }
.cover-band { position: absolute; left: 0; top: 0; bottom: 0; width: 9mm; background: var(--accent); }
.cover-body { position: absolute; left: 26mm; right: 22mm; top: 70mm; }
.cover-eyebrow { font-size: 10pt; font-weight: 700; letter-spacing: 0.18em; text-transform: uppercase; color: var(--accent); margin: 0 0 8mm; }
.cover-title { text-wrap: balance; font-size: 38pt; line-height: 1.2; font-weight: 700; margin: 0; }
.cover-sub { font-size: 13pt; color: #c6cedd; margin: 6mm 0 0; }
.cover-grid { position: absolute; left: 26mm; right: 22mm; bottom: 38mm; display: grid; grid-template-columns: 1fr 1fr; gap: 5mm 8mm; }
.cover-company { display: flex; align-items: center; gap: 10px; font-size: 11pt; font-weight: 700; }
.cover-company .monogram { width: 34px; height: 34px; font-size: 11pt; border-radius: 7px; box-shadow: 0 0 0 1.5px rgba(255,255,255,0.25); }
.cover-more { padding-left: 44px; color: #c6cedd; }
.cover-foot { position: absolute; left: 26mm; bottom: 16mm; margin: 0; font-size: 9pt; color: #8f9bb3; }
.toc { page: toc; break-after: page; }
.toc-title { font-size: 22pt; margin: 6mm 0 8mm; padding-bottom: 4mm; border-bottom: 2px solid var(--accent); }
.toc-part-label { font-size: 8pt; font-weight: 700; letter-spacing: 0.14em; text-transform: uppercase; color: var(--accent-ink); margin: 0 0 2mm; }
.toc-list { list-style: none; padding: 0; margin: 0 0 8mm; }
.toc-list li { display: flex; align-items: baseline; gap: 8px; padding: 3mm 0; border-bottom: 1px solid var(--rule); break-inside: avoid; }
.toc-list a { flex: 1; min-width: 0; color: inherit; display: flex; flex-direction: column; }
.toc-name { text-wrap: balance; font-size: 11.5pt; font-weight: 700; color: var(--navy); }
.toc-summary { font-size: 8.6pt; color: var(--muted); line-height: 1.5; margin-top: 1px; }
.toc-part .toc-name { text-wrap: balance; font-size: 11.5pt; }
.toc-sub { padding-left: 6mm !important; }
.toc-sub .toc-name { font-size: 10pt; font-weight: 400; color: var(--ink); }
.toc-page { flex: none; width: 12mm; text-align: right; font-variant-numeric: tabular-nums; font-weight: 700; color: var(--accent-ink); }
.chapter { break-before: page; }
.part-head { border-bottom: 1px solid var(--rule); padding-bottom: 10px; margin-bottom: 14px; }
.scenario { margin-bottom: 8mm; }
.scenario + .scenario { break-before: page; }
.scenario h2 { font-size: 15pt; }
.scenario-lead p { font-size: 10.4pt; color: var(--muted); }
.proven { background: var(--accent-tint); border-radius: 6px; padding: 10px 12px 8px; margin: 4mm 0 5mm; break-inside: avoid; }
.proven ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14px; }
.proven li { margin: 0; }
.proven a { display: flex; gap: 9px; align-items: flex-start; color: var(--ink); font-size: 8.6pt; line-height: 1.45; }
.proven .monogram { width: 28px; height: 28px; font-size: 9pt; border-radius: 6px; }
`;
}
