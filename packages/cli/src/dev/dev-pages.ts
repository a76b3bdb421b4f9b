import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Case, Diagnostic, Scenario } from '@cases/core';

/** Escape text for HTML content and attributes. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The editor link of a position: VS Code opens the file at the line and column. */
export function editorLink(file: string, line: number, column: number): string {
  return `vscode://file${pathToFileURL(resolve(file)).pathname}:${line}:${column}`;
}

const CSS = `body{font:14px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f5f6f8}
header{display:flex;gap:16px;align-items:center;padding:10px 20px;background:var(--dark);color:#fff}
header a{color:#fff}header b{font-size:16px}main{padding:16px 20px;max-width:1400px}
.diags{list-style:none;padding:0;margin:0 0 12px}.diags li{padding:6px 10px;margin:4px 0;border-radius:6px;background:#fff;border-left:4px solid #999}
.diags .error{border-color:#d1242f}.diags .warning{border-color:#d4a72c}.diags .info{border-color:#3b82f6}
.diags code{font-size:12px}.ok{color:#1a7f37}.files{border-collapse:collapse;width:100%;background:#fff}
.files td,.files th{padding:6px 10px;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
.grid{display:grid;grid-template-columns:minmax(0,auto) minmax(360px,1fr);gap:20px;align-items:start}
.paper{background:#fff;box-shadow:0 2px 12px #0002}iframe.sheet{border:0;display:block}
h2{font-size:15px;margin:16px 0 8px}`;

/** The page frame: header with the brand, the live-update script, the body. */
export function devPage(title: string, brand: { name: string | null; dark: string }, body: string, scripts = ''): string {
  const dark = /^#[0-9a-fA-F]{6}$/.test(brand.dark) ? brand.dark : '#1f2a44';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)} · cases dev</title>
<style>:root{--dark:${dark}}${CSS}</style>
<script type="module" src="/_dev/live.js"></script>${scripts}</head>
<body><header><b>${esc(brand.name ?? 'cases')}</b><a href="/">All files</a><span id="status" data-version=""></span></header><main>${body}</main></body></html>`;
}

/** Diagnostics as a list, each with file:line:column and an editor link. */
export function diagnosticsHtml(list: readonly Diagnostic[]): string {
  if (!list.length) return '<p class="ok" data-diagnostics="0">No problems.</p>';
  return `<ul class="diags" data-diagnostics="${list.length}">${list
    .map(
      (d) =>
        `<li class="${d.severity}" data-code="${esc(d.code)}"><a href="${esc(editorLink(d.file, d.line, d.column))}"><code>${esc(`${d.file}:${d.line}:${d.column}`)}</code></a> <b>${d.severity}</b> ${esc(d.code)}: ${esc(d.message)}${d.hint ? `<br><small>${esc(d.hint)}</small>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** The dashboard: every content file with its diagnostics, and links to its documents. */
export function dashboardHtml(
  report: ReadonlyArray<{ path: string; file: string; diagnostics: Diagnostic[] }>,
  cases: readonly Case[],
  scenarios: readonly Scenario[],
): string {
  const docs = new Map<string, string[]>();
  for (const c of cases)
    docs.set(c.source.path, [...(docs.get(c.source.path) ?? []), `<a href="/case/${esc(c.locale)}/${esc(c.id)}">${esc(c.company.name || c.title)}</a>`]);
  for (const s of scenarios)
    docs.set(s.source.path, [...(docs.get(s.source.path) ?? []), `<a href="/scenario/${esc(s.locale)}/${esc(s.id)}">${esc(s.title)}</a>`]);
  const rows = report
    .map(
      (r) =>
        `<tr data-file="${esc(r.path)}"><td><code>${esc(r.path)}</code><br>${(docs.get(r.path) ?? []).join(' · ')}</td><td>${diagnosticsHtml(r.diagnostics)}</td></tr>`,
    )
    .join('');
  return `<h1>Content</h1><p>${cases.length} cases, ${scenarios.length} scenarios, ${report.length} files</p><table class="files"><tr><th>File</th><th>Problems</th></tr>${rows}</table>`;
}
