import { BASE_STYLES } from './base.js';
import { GRID_STYLES } from './grid.js';

/** Search bar, facet filters and pager. */
export const LIST_STYLES = /* css */ `
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
`;

/**
 * The stylesheet parts `<cases-list>` adopts, in cascade order. A list opens a case in place
 * (decision 038): the list entry adopts the detail's parts (`list-detail.ts`) with the detail
 * view, when the first case opens (decision 049).
 */
export const LIST_SHEETS: readonly string[] = [BASE_STYLES, GRID_STYLES, LIST_STYLES];
