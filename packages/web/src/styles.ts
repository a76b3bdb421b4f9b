/**
 * The one stylesheet every element adopts (constructable stylesheet in the DOM, a `<style>` or
 * `<link>` in static markup). Theme it from outside with the `--cases-*` custom properties and
 * `::part()`; see custom-elements.json for the list.
 */
export const STYLES = /* css */ `
:host{--_accent:var(--cases-accent,#0a7d5a);--_on-accent:var(--cases-on-accent,#fff);--_bg:var(--cases-bg,#fff);--_fg:var(--cases-fg,#1b1f24);--_muted:var(--cases-muted,#5b6470);--_border:var(--cases-border,#e3e6ea);--_surface:var(--cases-surface,#f5f7f8);--_chip:var(--cases-chip-bg,#eaf4ef);--_chip-fg:var(--cases-chip-fg,#0a6247);--_radius:var(--cases-radius,14px);--_shadow:var(--cases-shadow,0 1px 2px #10182810,0 4px 16px #1018280d);--_focus:var(--cases-focus,#2563eb);
display:block;container-type:inline-size;color:var(--_fg);font:15px/1.6 var(--cases-font,system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif);-webkit-font-smoothing:antialiased}
:host([theme=dark]){color-scheme:dark;--_accent:var(--cases-accent,#3fd39b);--_on-accent:var(--cases-on-accent,#062b1e);--_bg:var(--cases-bg,#171a1f);--_fg:var(--cases-fg,#e8eaed);--_muted:var(--cases-muted,#a1a9b3);--_border:var(--cases-border,#2b3038);--_surface:var(--cases-surface,#1f232a);--_chip:var(--cases-chip-bg,#173a2e);--_chip-fg:var(--cases-chip-fg,#8ff0c6);--_shadow:var(--cases-shadow,0 1px 2px #0006);--_focus:var(--cases-focus,#8ab4ff)}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){color-scheme:dark;--_accent:var(--cases-accent,#3fd39b);--_on-accent:var(--cases-on-accent,#062b1e);--_bg:var(--cases-bg,#171a1f);--_fg:var(--cases-fg,#e8eaed);--_muted:var(--cases-muted,#a1a9b3);--_border:var(--cases-border,#2b3038);--_surface:var(--cases-surface,#1f232a);--_chip:var(--cases-chip-bg,#173a2e);--_chip-fg:var(--cases-chip-fg,#8ff0c6);--_shadow:var(--cases-shadow,0 1px 2px #0006);--_focus:var(--cases-focus,#8ab4ff)}}
:host([hidden]){display:none}
*{box-sizing:border-box}
h2,h3,h4,h5,h6,p,ul,ol,dl,dd,figure,blockquote{margin:0}
a{color:var(--_accent);text-underline-offset:2px}
:focus-visible{outline:2px solid var(--_focus);outline-offset:2px}
button,input{font:inherit;color:inherit}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.box{background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:var(--_shadow)}
.muted{color:var(--_muted)}
.eyebrow{overflow-wrap:anywhere;font-size:12px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--_muted)}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:0;list-style:none}
.chip{max-width:100%;overflow-wrap:anywhere;text-align:start;display:inline-flex;align-items:center;gap:6px;border-radius:999px;padding:2px 10px;font-size:12.5px;line-height:20px;background:var(--_chip);color:var(--_chip-fg);border:1px solid transparent}
.chip.alt{background:var(--_surface);color:var(--_muted);border-color:var(--_border)}
.avatar{position:relative;flex:none;display:grid;place-items:center;width:48px;height:48px;border-radius:12px;overflow:hidden;font-weight:700;font-size:20px;color:#fff;background:#0a7d5a}
.avatar img{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;padding:4px}
.avatar.ok{background:#fff;color:transparent;box-shadow:inset 0 0 0 1px var(--_border)}
.avatar.broken img{display:none}
.m1{background:#2563eb}.m2{background:#9333ea}.m3{background:#db2777}.m4{background:#d97706}.m5{background:#0891b2}
.card{display:flex;flex-direction:column;gap:12px;height:100%;padding:20px}
.head{display:flex;gap:12px;align-items:center;min-width:0}
.head>div{min-width:0}
.head h2,.head h3{font-size:17px;line-height:1.35;font-weight:650;overflow-wrap:anywhere}
.summary{color:var(--_muted);display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden;overflow-wrap:anywhere}
.card .chips{margin-top:auto}
.more{align-self:flex-start;display:inline-flex;align-items:center;gap:6px;font-weight:600;font-size:14px;color:var(--_accent);text-decoration:none;background:none;border:0;padding:4px 0;cursor:pointer}
.more:hover{text-decoration:underline}
.more::after{content:"→";transition:transform .15s}
.more:hover::after{transform:translateX(3px)}
.grid{display:grid;gap:16px;grid-template-columns:1fr;padding:0;margin:0;list-style:none}
@container (min-width:540px){.grid{grid-template-columns:repeat(auto-fill,minmax(250px,1fr))}}
.list{display:grid;gap:16px}
.bar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;justify-content:space-between}
.search{position:relative;flex:1 1 240px}
.search input{width:100%;height:42px;border:1px solid var(--_border);border-radius:999px;background:var(--_bg);padding:0 16px 0 40px}
.search::before{content:"";position:absolute;left:16px;top:13px;width:11px;height:11px;border:2px solid var(--_muted);border-radius:50%}
.search::after{content:"";position:absolute;left:28px;top:26px;width:2px;height:7px;background:var(--_muted);transform:rotate(-45deg);border-radius:1px}
.count{font-size:14px;color:var(--_muted)}
.layout{display:grid;gap:16px}
@container (min-width:760px){.layout{grid-template-columns:220px 1fr;align-items:start}}
.filters{display:grid;gap:4px;padding:8px 14px}
.facet{border-bottom:1px solid var(--_border)}
.facet:last-of-type{border:0}
.facet summary{cursor:pointer;padding:8px 0;font-weight:600;font-size:14px;list-style:none;display:flex;justify-content:space-between}
.facet summary::after{content:"+";color:var(--_muted)}
.facet[open] summary::after{content:"−"}
.facet .chips{padding:0 0 12px}
.toggle{cursor:pointer;background:var(--_surface);color:var(--_fg);border-color:var(--_border)}
.toggle:hover{border-color:var(--_accent)}
.toggle[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent);border-color:var(--_accent)}
.toggle small{font-size:11.5px;opacity:.75}
.clear{justify-self:start;background:none;border:0;color:var(--_accent);cursor:pointer;font-size:13.5px;padding:6px 0}
.pager{display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:6px;margin-top:16px;font-size:14px}
.pager button{min-width:36px;height:36px;padding:0 10px;border-radius:999px;border:1px solid var(--_border);background:var(--_bg);cursor:pointer}
.pager button:disabled{opacity:.45;cursor:default}
.pager [aria-current=page]{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent);font-weight:650;cursor:default}
.pager .gap{min-width:20px;text-align:center;color:var(--_muted)}
.reset,.back{border:1px solid var(--_border);border-radius:999px;background:var(--_bg);color:var(--_accent);cursor:pointer;font-size:14px;font-weight:600;padding:6px 16px}
.reset{display:block;margin:12px auto 0}
.back{justify-self:start}
.back::before{content:"← "}
.empty,.state{padding:32px 20px;text-align:center;color:var(--_muted)}
.state strong{display:block;color:var(--_fg);margin-bottom:4px}
.state.error{border-style:dashed}
.skeleton{height:140px;background:linear-gradient(90deg,var(--_surface),var(--_border),var(--_surface));background-size:200% 100%;animation:sh 1.4s infinite linear;border-radius:var(--_radius)}
@keyframes sh{to{background-position:-200% 0}}
@media (prefers-reduced-motion:reduce){.skeleton{animation:none}}
.detail{overflow:hidden}
.hero{display:grid;gap:14px;padding:24px;background:linear-gradient(135deg,var(--_chip),var(--_bg) 70%);border-bottom:1px solid var(--_border)}
.hero h2{font-size:clamp(22px,5cqi,30px);line-height:1.25;overflow-wrap:anywhere}
.hero .lead{font-size:16px;color:var(--_muted);max-width:70ch}
.body{display:grid;gap:24px;padding:24px}
@container (max-width:420px){.hero,.body,.scenario{padding:18px}.card{padding:16px}}
@container (min-width:760px){.body{grid-template-columns:minmax(0,1fr) 260px}.facts{grid-column:2;grid-row:1}.content{grid-row:1}}
.facts{align-self:start;background:var(--_surface);border-radius:12px;padding:16px;display:grid;gap:12px}
.facts dl{display:grid;gap:10px 16px;grid-template-columns:repeat(auto-fill,minmax(130px,1fr))}
@container (min-width:760px){.facts dl{grid-template-columns:1fr}}
.facts dt{font-size:12px;font-weight:600;color:var(--_muted)}
.facts dd{font-size:14px;overflow-wrap:anywhere}
.content{display:grid;gap:28px;min-width:0}
.content section{display:grid;gap:12px}
.content h3{font-size:20px;line-height:1.35}
.content h4,.content h5,.content h6{font-size:16px}
.content li{margin:4px 0}
figure.img img{display:block;width:100%;max-width:760px;height:auto;aspect-ratio:16/9;object-fit:contain;background:var(--_surface);border-radius:10px}
figure.img{position:relative}
figure.img.broken img{opacity:0}
figure.img .ph{display:none}
figure.img.broken .ph{position:absolute;inset:0 0 auto;aspect-ratio:16/9;max-width:760px;display:grid;place-items:center;border-radius:10px;background:var(--_surface);color:var(--_muted);font-size:13px}
figure.img figcaption{font-size:13px;color:var(--_muted);margin-top:6px;text-align:center}
.hl{display:grid;gap:8px;padding:16px;list-style:none;background:var(--_chip);border-radius:12px}
.hl li{position:relative;padding-left:26px;margin:0}
.hl li::before{content:"✓";position:absolute;left:0;top:0;width:18px;height:18px;margin-top:3px;border-radius:50%;display:grid;place-items:center;font-size:11px;background:var(--_accent);color:var(--_on-accent)}
.qbox{height:100%}
.quote{position:relative;padding:24px 24px 20px 56px;display:grid;gap:14px}
.quote::before{content:"“";position:absolute;left:18px;top:4px;font:700 56px/1 Georgia,serif;color:var(--_accent)}
.quote blockquote{font-size:17px;line-height:1.65;display:grid;gap:8px}
.quote figcaption{display:flex;align-items:center;gap:10px;font-size:14px;color:var(--_muted)}
.quote figcaption .avatar{width:36px;height:36px;font-size:15px;border-radius:50%}
.quote cite{font-style:normal;font-weight:600;color:var(--_fg);display:block}
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
.scenario{padding:24px;display:grid;gap:20px}
.scenario>header{display:grid;gap:8px}
.scenario h2{font-size:clamp(20px,4.5cqi,26px);line-height:1.3}
.aspects{display:grid;gap:12px;grid-template-columns:1fr}
@container (min-width:600px){.aspects{grid-template-columns:repeat(auto-fit,minmax(200px,1fr))}}
.aspect{padding:16px;border-radius:12px;background:var(--_surface);display:grid;gap:6px;align-content:start}
.aspect h3{font-size:15px}
.aspect p{font-size:14px;color:var(--_muted)}
.scenario h3.sub{font-size:15px}
.scenario .grid .card{box-shadow:none}
`;
