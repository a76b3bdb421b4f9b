import { BASE_STYLES } from './base.js';
import { CONTENT_STYLES } from './content.js';
import { GRID_STYLES } from './grid.js';
import { QUOTE_STYLES } from './quote.js';

/** The scenario and its aspects. */
export const SCENARIO_STYLES = /* css */ `
.scenario{padding:24px;display:grid;gap:20px}
@container (max-width:420px){.scenario{padding:18px}}
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

/** The stylesheet parts `<cases-scenario>` adopts, in cascade order. */
export const SCENARIO_SHEETS: readonly string[] = [BASE_STYLES, GRID_STYLES, CONTENT_STYLES, QUOTE_STYLES, SCENARIO_STYLES];
