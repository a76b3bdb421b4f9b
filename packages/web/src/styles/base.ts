// The stylesheet parts live one per file: esbuild splits the element entries by file, so a
// card-only page loads this part and not the list's or the detail's rules.

/** What every element needs: custom properties, resets, boxes, chips, the avatar, the card and the empty, error and loading states. */
export const BASE_STYLES = /* css */ `
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
@container (max-width:420px){.card{padding:16px}}
.head{display:flex;gap:12px;align-items:center;min-width:0}
.head>div{min-width:0}
.head h2,.head h3{font-size:17px;line-height:1.35;font-weight:650;overflow-wrap:anywhere}
.summary{color:var(--_muted);display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden;overflow-wrap:anywhere}
.card .chips{margin-top:auto}
.more{align-self:flex-start;display:inline-flex;align-items:center;gap:6px;font-weight:600;font-size:14px;color:var(--_accent);text-decoration:none;background:none;border:0;padding:4px 0;cursor:pointer}
.more:hover{text-decoration:underline}
.more::after{content:"→";transition:transform .15s}
.more:hover::after{transform:translateX(3px)}
.empty,.state{padding:32px 20px;text-align:center;color:var(--_muted)}
.state strong{display:block;color:var(--_fg);margin-bottom:4px}
.state.error{border-style:dashed}
.skeleton{height:140px;background:linear-gradient(90deg,var(--_surface),var(--_border),var(--_surface));background-size:200% 100%;animation:sh 1.4s infinite linear;border-radius:var(--_radius)}
@keyframes sh{to{background-position:-200% 0}}
@media (prefers-reduced-motion:reduce){.skeleton{animation:none}}
`;
