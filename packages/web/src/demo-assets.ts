/** Stylesheet of the demo page (served as demo.css; the page allows no inline styles). */
export const DEMO_CSS = `
:root{--bg:#f5f6f8;--fg:#14171c;--muted:#5d6673;--panel:#fff;--line:#e2e5ea;--accent:#0a7d5a;--code:#0f172a;color-scheme:light}
:root[data-theme=dark]{--bg:#0d0f13;--fg:#e8eaed;--muted:#9aa3ad;--panel:#14171c;--line:#262b33;--accent:#3fd39b;color-scheme:dark}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#0d0f13;--fg:#e8eaed;--muted:#9aa3ad;--panel:#14171c;--line:#262b33;--accent:#3fd39b;color-scheme:dark}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif}
body{margin:0}
.intro>*,section.demo>*,.stage>*,.cols>*{min-width:0}
a{color:var(--accent)}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px}
.top{position:sticky;top:0;z-index:5;background:color-mix(in srgb,var(--bg) 85%,transparent);backdrop-filter:blur(8px);border-bottom:1px solid var(--line)}
.top .wrap{display:flex;flex-wrap:wrap;gap:10px 20px;align-items:center;justify-content:space-between;min-height:60px;padding-block:8px}
.brand{display:flex;align-items:center;gap:10px;font-weight:700;color:var(--fg);text-decoration:none}
.brand i{width:28px;height:28px;border-radius:8px;background:linear-gradient(135deg,#0a7d5a,#3fd39b);display:inline-block}
.brand span{font-weight:500;color:var(--muted)}
.controls{display:flex;gap:10px;flex-wrap:wrap}
.seg{display:inline-flex;border:1px solid var(--line);border-radius:999px;padding:3px;background:var(--panel)}
.seg button{border:0;background:none;color:var(--muted);font:inherit;font-size:13px;padding:4px 12px;border-radius:999px;cursor:pointer}
.seg button[aria-pressed=true]{background:var(--fg);color:var(--bg)}
.intro{padding:56px 0 24px;display:grid;gap:16px;max-width:760px}
.intro h1{font-size:clamp(30px,6vw,46px);line-height:1.1;margin:0;letter-spacing:-.02em}
.intro p{margin:0;font-size:18px;color:var(--muted)}
.facts{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0;list-style:none}
.facts li{border:1px solid var(--line);background:var(--panel);border-radius:999px;padding:4px 12px;font-size:14px}
.nav{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:14px;padding:0;margin:8px 0 0;list-style:none}
section.demo{padding:40px 0;border-top:1px solid var(--line);display:grid;gap:16px}
section.demo>header{display:grid;gap:6px;max-width:760px}
section.demo h2{margin:0;font-size:24px;line-height:1.3;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline}
section.demo h2 code{font-size:15px;color:var(--accent);font-weight:600}
section.demo p{margin:0;color:var(--muted)}
.stage{display:grid;gap:20px}
.cols{display:grid;gap:20px;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr))}
.snippet{position:relative;border-radius:12px;background:var(--code);color:#e2e8f0}
.snippet pre{margin:0;padding:16px 72px 16px 18px;overflow:auto;font:13px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.snippet button{position:absolute;top:8px;right:8px;border:1px solid #334155;background:#1e293b;color:#e2e8f0;border-radius:8px;font:inherit;font-size:12px;padding:4px 10px;cursor:pointer}
details.code>summary{cursor:pointer;font-size:14px;color:var(--muted);margin-bottom:8px}
.log{margin:0;padding:12px 16px;min-height:88px;max-height:180px;overflow:auto;border:1px dashed var(--line);border-radius:12px;background:var(--panel);font:12.5px/1.6 ui-monospace,Menlo,monospace;list-style:none}
.log:empty::before{content:"Events appear here: filter the list or press Read more.";color:var(--muted)}
.themed{--cases-accent:#6d28d9;--cases-chip-bg:#f1e8ff;--cases-chip-fg:#5b21b6;--cases-radius:6px}
.themed[theme=dark]{--cases-accent:#c4b5fd;--cases-chip-bg:#2e1065;--cases-chip-fg:#ddd6fe}
@media (prefers-color-scheme:dark){.themed:not([theme=light]){--cases-accent:#c4b5fd;--cases-chip-bg:#2e1065;--cases-chip-fg:#ddd6fe}}
.themed::part(card){border-top:4px solid var(--cases-accent)}
#verdict{font-weight:600}#verdict.ok{color:#0a7d5a}#verdict.bad{color:#c62828}
footer{border-top:1px solid var(--line);padding:28px 0 48px;color:var(--muted);font-size:14px}
`;

/** Script of the demo page (demo.js): theme and language switches, copy buttons, event log. */
export const DEMO_JS = `
const widgets = () => document.querySelectorAll('[data-widget]');
const log = document.getElementById('log');
function press(group, button) {
  for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
}
document.getElementById('theme').addEventListener('click', (e) => {
  const b = e.target.closest('button'); if (!b) return;
  press(e.currentTarget, b);
  const theme = b.dataset.value;
  document.documentElement.dataset.theme = theme;
  for (const w of widgets()) theme === 'auto' ? w.removeAttribute('theme') : w.setAttribute('theme', theme);
});
document.getElementById('lang').addEventListener('click', (e) => {
  const b = e.target.closest('button'); if (!b) return;
  press(e.currentTarget, b);
  for (const w of widgets()) w.setAttribute('lang', b.dataset.value);
});
for (const button of document.querySelectorAll('.snippet button')) {
  button.addEventListener('click', async () => {
    const code = button.parentElement.querySelector('code').textContent;
    try { await navigator.clipboard.writeText(code); button.textContent = 'Copied'; }
    catch { button.textContent = 'Select and copy'; }
    setTimeout(() => (button.textContent = 'Copy'), 1600);
  });
}
function note(e) {
  const li = document.createElement('li');
  li.textContent = e.type + ' ' + JSON.stringify(e.detail);
  log.prepend(li);
}
document.addEventListener('cases-filter', note);
document.addEventListener('cases-select', (e) => {
  note(e);
  const detail = document.getElementById('detail');
  // A list opens the case in place; only cards and scenarios show it in the detail below.
  if (e.detail.kind === 'case' && !e.detail.href && detail && !/-list$/.test(e.target.localName)) {
    detail.setAttribute('locale', e.detail.locale);
    detail.setAttribute('case-id', e.detail.id);
    detail.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
});
`;

/** Script of the hostile-content page (hostile.js): reports whether anything ran. */
export const HOSTILE_JS = `
const out = document.getElementById('verdict');
let alerted = false;
window.alert = window.confirm = window.prompt = () => { alerted = true; };
setTimeout(() => {
  const ran = window.__pwned !== undefined || alerted;
  out.textContent = ran ? 'FAILED: hostile content ran script (' + String(window.__pwned) + ')' : 'Nothing ran: every payload below is inert text.';
  out.className = ran ? 'bad' : 'ok';
  document.documentElement.dataset.verdict = ran ? 'ran' : 'inert';
}, 1500);
`;
