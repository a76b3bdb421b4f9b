/** The grid of cards (list, scenario). */
export const GRID_STYLES = /* css */ `
.grid{display:grid;gap:16px;grid-template-columns:1fr;padding:0;margin:0;list-style:none}
@container (min-width:540px){.grid{grid-template-columns:repeat(auto-fill,minmax(250px,1fr))}}
`;
