import { BASE_STYLES } from './base.js';
import { CONTENT_STYLES } from './content.js';
import { QUOTE_STYLES } from './quote.js';

/** The case page: hero, facts and content. */
export const DETAIL_STYLES = /* css */ `
.detail{overflow:hidden}
.hero{display:grid;gap:14px;padding:24px;background:linear-gradient(135deg,var(--_chip),var(--_bg) 70%);border-bottom:1px solid var(--_border)}
.hero h2{font-size:clamp(22px,5cqi,30px);line-height:1.25;overflow-wrap:anywhere}
.hero .lead{font-size:16px;color:var(--_muted);max-width:70ch}
.body{display:grid;gap:24px;padding:24px}
@container (max-width:420px){.hero,.body{padding:18px}}
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
`;

/** The stylesheet parts `<cases-detail>` adopts, in cascade order. */
export const DETAIL_SHEETS: readonly string[] = [BASE_STYLES, DETAIL_STYLES, CONTENT_STYLES, QUOTE_STYLES];
