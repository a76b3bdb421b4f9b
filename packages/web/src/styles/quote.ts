import { BASE_STYLES } from './base.js';

/** Pull quotes (quote, and quote blocks in detail and scenario content). */
export const QUOTE_STYLES = /* css */ `
.qbox{height:100%}
.quote{position:relative;padding:24px 24px 20px 56px;display:grid;gap:14px}
.quote::before{content:"“";position:absolute;left:18px;top:4px;font:700 56px/1 Georgia,serif;color:var(--_accent)}
.quote blockquote{font-size:17px;line-height:1.65;display:grid;gap:8px}
.quote figcaption{display:flex;align-items:center;gap:10px;font-size:14px;color:var(--_muted)}
.quote figcaption .avatar{width:36px;height:36px;font-size:15px;border-radius:50%}
.quote cite{font-style:normal;font-weight:600;color:var(--_fg);display:block}
`;

/** The stylesheet parts `<cases-quote>` adopts, in cascade order. */
export const QUOTE_SHEETS: readonly string[] = [BASE_STYLES, QUOTE_STYLES];
