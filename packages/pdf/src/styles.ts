/** Paper sizes the renderer supports. */
export type Paper = 'a4' | 'letter';

/** The shared print stylesheet of case sheets and the brochure. */
export function baseCss(paper: Paper): string {
  const size = paper === 'letter' ? '8.5in 11in' : '210mm 297mm';
  return `
@page { size: ${size}; margin: 18mm 17mm 20mm 17mm; }
@page :first { margin-top: 13mm; }
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } @top-right { content: none; } }
@page toc { @top-right { content: none; } }
:root {
  --ink: #1c2434; --muted: #5b6475; --faint: #8b93a3; --rule: #dfe3ea;
  --accent: #00a971; --accent-ink: #007a53; --accent-tint: #eaf7f1;
  --panel: #f4f6f9; --navy: #1f2a44;
}
* { box-sizing: border-box; }
html { font-family: "Cases Sans", "Cases CJK", sans-serif; font-size: 9.8pt; line-height: 1.72; color: var(--ink);
  font-synthesis: none; -webkit-print-color-adjust: exact; print-color-adjust: exact;
  text-autospace: normal; hanging-punctuation: none; }
html:lang(zh) { line-break: strict; word-break: normal; overflow-wrap: anywhere; }
/* Latin text in a narrow column justifies badly without hyphenation: set it ragged-right. */
.sheet:not(:lang(zh)) p { text-align: left; }
body { margin: 0; }
p { margin: 0 0 0.62em; text-align: justify; orphans: 2; widows: 2; text-wrap: pretty; }
a { color: var(--accent-ink); text-decoration: none; }
strong { font-weight: 700; color: #111827; }
code { font-family: "Cases Mono", "Cases CJK", monospace; font-size: 0.88em; background: var(--panel); border-radius: 3px; padding: 0.05em 0.3em; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; color: var(--navy); line-height: 1.35; text-wrap: balance; }
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
.pull-quote::before { content: "\\201C"; font-family: "Cases Display"; font-weight: 700; position: absolute; left: 0.35em; top: 0.05em; font-size: 34pt; line-height: 1; color: var(--accent); }
.pull-quote blockquote { margin: 0; font-size: 11.5pt; line-height: 1.65; font-weight: 400; }
.pull-quote figcaption { margin-top: 0.5em; font-size: 8.6pt; color: #b9c2d3; text-align: right; }
.pull-quote figcaption::before { content: "\\2014\\2002"; }
.highlights { list-style: none; padding: 0; margin: 0.4em 0 1em; }
.highlights li { position: relative; padding-left: 1.5em; margin: 0.35em 0; font-weight: 700; color: var(--navy); }
.highlights li::before { content: ""; position: absolute; left: 0.1em; top: 0.42em; width: 0.8em; height: 0.8em; border-radius: 50%; background: var(--accent); }
.highlights li::after { content: ""; position: absolute; left: 0.36em; top: 0.58em; width: 0.2em; height: 0.36em; border: solid #fff; border-width: 0 0.12em 0.12em 0; transform: rotate(45deg); }

/* case sheet */
.sheet + .sheet { break-before: page; }
/* no border-radius: Chromium paints a stray line on the page before a rounded, clipped box that starts a page */
.masthead { display: flex; align-items: center; gap: 16px; margin: 0 0 16px; padding: 8.5mm 8mm 9.5mm; background: var(--navy); color: #fff; position: relative; overflow: hidden; break-inside: avoid; }
.masthead::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: 2.2mm; background: var(--accent); }
.monogram { flex: none; width: 54px; height: 54px; border-radius: 11px; display: flex; align-items: center; justify-content: center;
  color: #fff; font-weight: 700; font-size: 18pt; letter-spacing: 0.02em; line-height: 1; }
.masthead .monogram { box-shadow: 0 0 0 2px rgba(255,255,255,0.9); }
.monogram.cjk { font-size: 15pt; letter-spacing: 0; }
.logo { flex: none; width: 54px; height: 54px; object-fit: contain; background: #fff; border-radius: 11px; padding: 5px; }
.masthead-text { flex: 1; min-width: 0; }
.eyebrow { font-size: 7.6pt; font-weight: 700; letter-spacing: 0.16em; text-transform: uppercase; color: var(--accent); margin: 0 0 2px; }
.company { font-size: 21pt; line-height: 1.25; margin: 0; font-weight: 700; color: inherit; break-after: auto; }
.summary { margin: 5px 0 0; color: #c6cedd; font-size: 9.6pt; line-height: 1.6; text-align: left; }
.part-head .company { color: var(--navy); }
.part-head .eyebrow { color: var(--accent-ink); }
.aside { margin: 0 0 16px; break-inside: avoid; }
.facts { background: var(--panel); border-radius: 6px; padding: 11px 14px 3px; }
.facts dl { margin: 0; display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0 18px; }
.fact { margin: 0 0 8px; min-width: 0; }
.facts dt { font-size: 7.2pt; font-weight: 700; letter-spacing: 0.1em; text-transform: uppercase; color: var(--faint); margin: 0; }
.facts dd { margin: 1px 0 0; font-size: 9pt; line-height: 1.5; color: var(--ink); }
.chips { display: flex; flex-wrap: wrap; gap: 3px 4px; padding-top: 1px; }
.chip { display: inline-block; font-size: 8pt; line-height: 1.45; padding: 0 7px; border-radius: 9px; background: #fff; border: 1px solid var(--rule); color: var(--ink); }
.callout { margin-top: 8px; border-radius: 6px; background: var(--accent-tint); padding: 9px 14px 5px; break-inside: avoid; }
.callout-title { font-size: 7.2pt; font-weight: 700; letter-spacing: 0.1em; text-transform: uppercase; color: var(--accent-ink); margin: 0 0 1px; }
.callout .highlights { margin: 0 0 0.2em; font-size: 9.4pt; }
.callout .highlights li { display: inline-block; margin: 0.1em 1.8em 0.2em 0; }
.main > h2:first-child, .main > section:first-child > h2:first-child { margin-top: 0.1em; }
.section { break-before: auto; }
.article-lead { color: var(--muted); }
.end-clear { clear: both; }
`;
}
