/** Images, highlight lists, quote blocks, code and tables in content (detail, scenario). */
export const CONTENT_STYLES = /* css */ `
figure.img img{display:block;width:100%;max-width:760px;height:auto;aspect-ratio:16/9;object-fit:contain;background:var(--_surface);border-radius:10px}
figure.img{position:relative}
figure.img.broken img{opacity:0}
figure.img .ph{display:none}
figure.img.broken .ph{position:absolute;inset:0 0 auto;aspect-ratio:16/9;max-width:760px;display:grid;place-items:center;border-radius:10px;background:var(--_surface);color:var(--_muted);font-size:13px}
figure.img figcaption{font-size:13px;color:var(--_muted);margin-top:6px;text-align:center}
.hl{display:grid;gap:8px;padding:16px;list-style:none;background:var(--_chip);border-radius:12px}
.hl li{position:relative;padding-left:26px;margin:0}
.hl li::before{content:"✓";position:absolute;left:0;top:0;width:18px;height:18px;margin-top:3px;border-radius:50%;display:grid;place-items:center;font-size:11px;background:var(--_accent);color:var(--_on-accent)}
.content .quote{background:var(--_surface);border-radius:12px}
pre{margin:0;overflow:auto;padding:14px 16px;border-radius:10px;background:#0f172a;color:#e2e8f0;font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
:not(pre)>code{background:var(--_surface);padding:1px 5px;border-radius:5px}
.table{overflow-x:auto;border:1px solid var(--_border);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:8px 12px;text-align:start;border-bottom:1px solid var(--_border)}
th{background:var(--_surface);font-weight:600}
tr:last-child td{border:0}
.r{text-align:end}.c{text-align:center}
`;
